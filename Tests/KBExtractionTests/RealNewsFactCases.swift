import Testing
import KBModel

/// Memberships, conflicts and persons as real news writes them (renewals with exceptions, spans of
/// years, accessions under way, statuses in relative clauses, acts only members do, capitals and
/// governments standing for their states, names set off by commas), in sentences written for these
/// tests. Every case is published on 2022-11-27 (`FactCase.published`).
enum RealNewsCases {
    static func e(_ text: String, _ spec: String) -> FactCase { FactCase(.english, text, spec) }
    static func a(_ text: String, _ spec: String) -> FactCase { FactCase(.arabic, text, spec) }
    static func r(_ text: String, _ spec: String) -> FactCase { FactCase(.russian, text, spec) }

    /// Renewing the treaty is what members do: the states excepted from it left.
    static let renewals: [FactCase] = [
        e("In 1999 every signatory except Georgia and Azerbaijan agreed to renew the treaty of the CSTO.",
          "m CSTO GEO former-member; m CSTO AZE former-member; !m CSTO GEO member"),
        a("ووافقت الدول كلها، باستثناء أوزبكستان وجورجيا، على تجديد معاهدة الأمن الجماعي عام 1999.",
          "m CSTO UZB former-member; m CSTO GEO former-member; !m CSTO UZB non-member"),
        r("Все участники ОДКБ, кроме Грузии и Азербайджана, продлили договор в 1999 году.",
          "m CSTO GEO former-member; m CSTO AZE former-member"),
    ]

    /// A membership bounded by a past date ("until 2012", "in 2006-2012") has ended.
    static let spans: [FactCase] = [
        e("Until 2012, Uzbekistan was a full member of the CSTO.", "m CSTO UZB former-member; !m CSTO UZB member; e membership-change UZB CSTO"),
        e("Uzbekistan rejoined the CSTO in 2006-2012.", "m CSTO UZB former-member; e membership-change UZB CSTO"),
        e("Kazakhstan is a member of the CSTO with a mandate on its council until 2030.", "m CSTO KAZ member; !m CSTO KAZ former-member"),
        a("وظلت أذربيجان عضوا في منظمة معاهدة الأمن الجماعي حتى عام 1999.", "m CSTO AZE former-member"),
        r("Узбекистан был членом ОДКБ до 2012 года.", "m CSTO UZB former-member; !m CSTO UZB member"),
    ]

    /// A joining planned or under way makes an applicant; wishes and threats make nothing.
    static let applications: [FactCase] = [
        e("Iran will join the SCO at the summit in July.", "m SCO IRN applicant; !m SCO IRN member; !e membership-change"),
        e("Iran may join the SCO one day.", "!m SCO IRN"),
        e("Ukraine started accession talks with the EU in 2024.", "m EU UKR applicant"),
        e("Sweden completed the accession process to NATO in Washington.", "m NATO SWE member; !m NATO SWE applicant"),
        a("وبدأت إجراءات انضمام بيلاروسيا إلى منظمة شنغهاي للتعاون العام الماضي.", "m SCO BLR applicant; !m SCO BLR member"),
        a("ستنضم منغوليا إلى منظمة شنغهاي للتعاون في القمة المقبلة.", "m SCO MNG applicant"),
        a("وسيكون قبول منغوليا كعضو في منظمة شنغهاي للتعاون على جدول أعمال القمة.", "m SCO MNG applicant; !m SCO MNG member"),
        r("Иран станет членом ШОС на саммите в июле.", "m SCO IRN applicant; !m SCO IRN member"),
    ]

    /// Invitations, refusals, and an organisation acting on a state.
    static let invitations: [FactCase] = [
        e("Indonesia was invited to join BRICS at the Kazan summit.", "m BRICS IDN applicant"),
        e("Argentina turned down the invitation to BRICS in December.", "m BRICS ARG non-member"),
        a("ورفضت الأرجنتين دعوة الانضمام إلى مجموعة بريكس.", "m BRICS ARG non-member"),
        r("Аргентина отказалась вступать в БРИКС.", "m BRICS ARG non-member"),
        r("Индонезия приглашена вступить в БРИКС.", "m BRICS IDN applicant"),
        e("The African Union suspended Guinea after the coup.", "m AU GIN suspended"),
        e("Mali was suspended from the AU in 2021.", "m AU MLI suspended"),
        e("The African Union condemned Guinea after the coup.", "!m AU GIN"),
        r("Членами БРИКС стали Египет и Эфиопия, сообщил МИД России.", "m BRICS EGY member; m BRICS ETH member; !m BRICS RUS"),
        a("وتضم المجموعة الآن الإمارات والسعودية إلى جانب مصر.", "s ARE; s SAU"),
    ]

    /// A status in a relative clause belongs to the state before it, beside its main clause's claim.
    static let relativeClauses: [FactCase] = [
        r("Монголия подала заявку на вступление в ШОС, наблюдателем которой она остаётся с 2004 года.",
          "m SCO MNG applicant; m SCO MNG observer"),
        a("وتقدمت منغوليا، التي تعد مراقبا في منظمة شنغهاي للتعاون، بطلب الانضمام إليها.",
          "m SCO MNG applicant; m SCO MNG observer"),
    ]

    /// Polarity: a withdrawal not taken leaves a member; a state not even seeking observer status is outside.
    static let polarity: [FactCase] = [
        a("جمدت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي، لكنها لم تتخذ قرارا بالانسحاب منها.",
          "m CSTO ARM suspended; m CSTO ARM member"),
        a("علقت مولدوفا مشاركتها في رابطة الدول المستقلة، التي تضم أيضا أرمينيا وبيلاروسيا، لكنها لم تنسحب منها.",
          "m CIS MDA suspended; m CIS MDA member; m CIS ARM member; !m CIS ARM suspended"),
        e("Official Tbilisi has no intention to seek observer status in the CSTO.", "m CSTO GEO non-member"),
        e("Moldova, which became an EU candidate in 2022, has not yet left the CIS.", "m CIS MDA member; !m CIS MDA former-member"),
        r("Молдавия, которая стала кандидатом в ЕС в 2022 году, пока не вышла из СНГ.", "m CIS MDA member; !m CIS MDA former-member"),
        e("Serbia has not yet joined the CSTO.", "m CSTO SRB non-member"),
        r("Официальный Баку не намерен добиваться статуса наблюдателя в ОДКБ.", "m CSTO AZE non-member; !m CSTO AZE observer"),
    ]

    /// Acts and descriptions only members have; a place is not a member.
    static let membersByWhatTheyDo: [FactCase] = [
        e("Turkey and Hungary were the last NATO countries to ratify the protocols.", "m NATO TUR member; m NATO HUN member"),
        e("Russia and NATO countries traded accusations over the drills.", "!m NATO RUS"),
        e("NATO keeps the accession documents of new members in the United States.", "!m NATO USA"),
        e("Kyrgyzstan was among the founding countries of the CSTO.", "m CSTO KGZ member"),
        e("Tajikistan and other members of the CSTO sent observers.", "m CSTO TJK member"),
        a("ولن يتأثر أمن كازاخستان أو غيرها من دول منظمة معاهدة الأمن الجماعي بهذا القرار.", "m CSTO KAZ member"),
        r("Киргизия и другие страны-члены ОДКБ провели учения.", "m CSTO KGZ member"),
        e("In 2003, Azerbaijan and Georgia still participated in the treaty, the CSTO archive shows.", "m CSTO AZE member"),
    ]

    /// Reinstatement, governments standing for their states, changes long past.
    static let reinstatement: [FactCase] = [
        a("ووافق المجلس على عودة الحكومة الليبية إلى مقعدها في الاتحاد الأفريقي.", "m AU LBY member"),
        e("The African Union readmitted Mali after the elections.", "m AU MLI member"),
        a("وقال الأمين العام إن الوضع تغير بعد مرور سنوات على تعليق عضوية سوريا في الجامعة العربية.", "!m ARAB-LEAGUE SYR suspended"),
    ]

    /// Conflicts: aggression between two states, capitals as parties, who addresses the two sides.
    static let conflicts: [FactCase] = [
        e("Official Baku refuses to sit at one table with aggressor Armenia.", "c ARM AZE"),
        r("Ереван обвиняет Баку в агрессии против армянских сёл.", "c ARM AZE"),
        a("وتتهم يريفان باكو بالعدوان على أراضيها.", "c ARM AZE"),
        e("Azerbaijan's aggression worries the Moscow-led bloc.", "!c AZE RUS"),
        a("اندلعت اشتباكات بين أرمينيا وأذربيجان، ودعت فرنسا الجانبين إلى وقف التصعيد.", "c ARM AZE; !c FRA ARM; !c FRA AZE"),
        a("وأكد الوزير أن النزاع الحدودي ما زال قائما\". بين يريفان وباكو\".", "c ARM AZE"),
        e("Islamabad accused New Delhi of an unprovoked aggression.", "c IND PAK"),
        e("Pakistan welcomed the truce, while China offered to mediate.", "!c CHN PAK"),
        a("وتبادلت طهران وتل أبيب الاتهامات بالعدوان، فيما دعت قطر إلى ضبط النفس.", "c IRN ISR; !c IRN QAT; !c ISR QAT"),
        r("В Баку заявили, что это ответ на агрессию Еревана.", "c ARM AZE"),
        e("The two nuclear-armed neighbours, India and Pakistan, exchanged fire overnight.", "c IND PAK"),
    ]

    /// Persons: a name before its title, a long qualifier between a title and the name.
    static let persons: [FactCase] = [
        a("وقال سامر الخطيب، المتحدث باسم وزارة الخارجية الأردنية، إن الاجتماع أرجئ.", "p سامر الخطيب JOR"),
        e("Leyla Mammadova, the spokeswoman of the Azerbaijani Foreign Ministry, said the talks were over.", "p Leyla Mammadova AZE"),
        r("Ирина Волкова, официальный представитель МИД Армении, заявила о переносе встречи.", "p Ирина Волкова ARM"),
        a("وأعلن المتحدث باسم الحزب المعارض في جورجيا، ليفان غوغيا، أن المؤتمر تأجل.", "p ليفان غوغيا"),
        e("A spokesman for the ruling party in Georgia, Levan Gogia, said the congress was postponed.", "p Levan Gogia"),
        a("وقال المتحدث باسم الوزارة، في تصريح صحفي، إن الاجتماع أرجئ.", "!p"),
        e("The spokesman of the ministry, speaking on television, said the meeting was off.", "!p"),
        a("وقال المتحدث باسم وزارة الخارجية التونسية محمد أبو بكر إن الوفد وصل.", "p محمد أبو بكر TUN"),
        a("وأوضح الوزير الروسي أن أوزبكستان تضع شروطا كثيرة.", "!p تضع"),
    ]

    static let all = renewals + spans + applications + invitations + relativeClauses + polarity + membersByWhatTheyDo + reinstatement + conflicts + persons
}

@Suite struct RealNewsFactCases {
    @Test(arguments: RealNewsCases.all)
    func realNews(_ c: FactCase) {
        let problems = c.failures()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
