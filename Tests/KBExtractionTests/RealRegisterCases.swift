import Testing
import KBModel

/// Snippets in the registers of real wire copy (appositions, ranks, inflected names, purpose clauses,
/// founding texts, peace talks), written for these tests, with the facts each must and must not give.
enum RealRegisterCases {
    static func e(_ text: String, _ spec: String) -> FactCase { FactCase(.english, text, spec) }
    static func a(_ text: String, _ spec: String) -> FactCase { FactCase(.arabic, text, spec) }
    static func r(_ text: String, _ spec: String) -> FactCase { FactCase(.russian, text, spec) }

    static let all: [FactCase] = [
        // requests: the addressee is an actor; what the request is for did not happen
        e("Armenia asks the Moscow-led bloc for military assistance after the shelling.", "e request-assistance ARM"),
        e("Yerevan has formally requested military aid from the CSTO, officials said.", "e request-assistance ARM CSTO"),
        e("Armenia asked the CSTO for help in ensuring the withdrawal of Azerbaijani troops.", "e request-assistance ARM CSTO; !e withdraw-forces"),
        r("Армения ждет от ОДКБ помощи для вывода азербайджанских войск со своей земли.", "!e withdraw-forces"),
        a("طلبت أرمينيا مساعدة المنظمة لضمان انسحاب القوات الأذربيجانية من أراضيها.", "!e withdraw-forces"),
        // the arrival and the pull-out of a force, as Arabic wires tell them
        a("وبدأت قوات المنظمة الوصول إلى طاجيكستان يوم الاثنين بعد طلب من الحكومة.", "e deploy-forces TJK"),
        a("روسيا تسحب آخر قواتها من طاجيكستان بعد انتهاء المهمة.", "e withdraw-forces RUS TJK"),
        a("وقال العقيد الروسي فلاديمير سيمونوف إن المهمة انتهت.", "p فلاديمير سيمونوف"),
        // an operation announced by one state is an attack
        e("Azerbaijan launched what it called anti-terrorist measures in Karabakh on Tuesday.", "e attack AZE"),
        // the founding texts of an alliance are agreements even with no state named
        e("The charter of the CSTO was signed in Chisinau on October 7, 2002.", "e agreement CSTO"),
        e("The CSTO charter is often criticised by Yerevan.", "!e agreement"),
        // conflicts need their own evidence
        e("Armenia and Azerbaijan are negotiating a peace treaty after decades of hostility.", "c ARM AZE"),
        e("Russia has offered to mediate a peace treaty between Armenia and Azerbaijan.", "!c RUS ARM; !c RUS AZE"),
        e("Sweden applied to join NATO after the war in Ukraine began.", "!c SWE UKR"),
        e("Finland and Sweden applied to join NATO after the war in Ukraine began.", "!c FIN SWE; !c SWE UKR; !c FIN UKR"),
        // persons: ranks, patronymics, appositions, oblique cases
        e("The mission includes Colonel General Andrei Serdyukov, the commander of the force.", "p Andrei Serdyukov"),
        e("The statement was read by CSTO Secretary General Stanislav Vasilievich Zas in Minsk.", "p zas; !p Stanislav Vasilievich"),
        a("وقال الممثل الخاص لرئيس روسيا لشؤون منظمة شنغهاي للتعاون، بختيار سلطانوف، إن القرار نهائي.", "p بختيار سلطانوف"),
        a("وقال رئيس وزراء أرمينيا، معلنا تجميد مشاركة بلاده في المنظمة، إن القرار نهائي.", "!p معلنا"),
        r("Просьба президента Казахстана Касым-Жомарта Токаева поступила в секретариат.", "p tokayev KAZ"),
        r("Встреча с Токаевым прошла в Астане, сообщил пресс-секретарь.", "p tokayev KAZ"),
    ]
}

@Suite struct RealRegisterFactCases {
    @Test(arguments: RealRegisterCases.all)
    func realRegister(_ c: FactCase) {
        let problems = c.failures()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
