import KBModel

/// Arabic sentences written for these tests, in news register, with the facts each must give.
enum ArabicCases {
    static func a(_ text: String, _ spec: String) -> FactCase { FactCase(.arabic, text, spec) }
    static let csto = "منظمة معاهدة الأمن الجماعي"

    static let all: [FactCase] = membership + negation + leadership + changes + events + conflicts + persons + coreference + variants + harder + listsAndClauses

    // MARK: what a state is
    static let membership: [FactCase] = [
        a("أرمينيا عضو في منظمة معاهدة الأمن الجماعي منذ تأسيسها.", "m CSTO ARM member"),
        a("وتعد كازاخستان عضوا في منظمة معاهدة الأمن الجماعي التي تأسست مطلع التسعينيات.", "m CSTO KAZ member"),
        a("وتحتفظ طاجيكستان، وهي كذلك عضو في منظمة معاهدة الأمن الجماعي، بقاعدة عسكرية روسية على أراضيها.", "m CSTO TJK member; !m CSTO RUS"),
        a("واختتمت منظمة معاهدة الأمن الجماعي مناوراتها. وقرغيزستان، وهي أيضا عضو في المنظمة، تستضيف قاعدة كانط الجوية.", "m CSTO KGZ member"),
        a("واجتمع وزراء دفاع الدول الأعضاء في منظمة معاهدة الأمن الجماعي، وهي روسيا وأرمينيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان، في موسكو.", "m CSTO RUS member; m CSTO ARM member; m CSTO BLR member; m CSTO KAZ member; m CSTO KGZ member; m CSTO TJK member"),
        a("وتضم منظمة معاهدة الأمن الجماعي في عضويتها روسيا وأرمينيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان.", "m CSTO RUS member; m CSTO TJK member; m CSTO BLR member"),
        a("تضم منظمة معاهدة الأمن الجماعي روسيا وبيلاروسيا وأرمينيا وكازاخستان وقرغيزستان وطاجيكستان.", "m CSTO ARM member; m CSTO KGZ member"),
        a("تأسست منظمة معاهدة الأمن الجماعي التي تضم ست دول من الفضاء السوفيتي السابق في تسعينيات القرن الماضي.", "!m CSTO RUS; !m CSTO ARM"),
        a("وتضم المنظمة كلا من روسيا، وأرمينيا، وبيلاروسيا، وكازاخستان، وقرغيزستان، وطاجيكستان. وتأسست منظمة معاهدة الأمن الجماعي عام 2002.", "m CSTO ARM member; m CSTO TJK member"),
        a("وتعد بيلاروسيا من الدول الأعضاء في منظمة معاهدة الأمن الجماعي.", "m CSTO BLR member"),
        a("وبيلاروسيا وكازاخستان عضوان في منظمة معاهدة الأمن الجماعي والاتحاد الاقتصادي الأوراسي.", "m CSTO BLR member; m CSTO KAZ member"),
        a("وقرغيزستان إحدى الدول الأعضاء في منظمة معاهدة الأمن الجماعي.", "m CSTO KGZ member"),
        a("وروسيا من الدول المؤسسة لمنظمة معاهدة الأمن الجماعي.", "m CSTO RUS member"),
        a("والدول الأعضاء في حلف شمال الأطلسي هي الولايات المتحدة وبريطانيا وفرنسا وألمانيا وتركيا إلى جانب دول أخرى.", "m NATO USA member; m NATO TUR member; m NATO GBR member"),
        a("تركيا عضو في حلف شمال الأطلسي منذ عام 1952.", "m NATO TUR member"),
        a("وكازاخستان عضو في منظمة شنغهاي للتعاون.", "m SCO KAZ member; !m CSTO KAZ"),
        a("تضم منظمة شنغهاي للتعاون في عضويتها الصين وروسيا والهند وباكستان.", "m SCO CHN member; m SCO IND member; m SCO PAK member"),
        a("وتنتمي أرمينيا إلى الاتحاد الاقتصادي الأوراسي الذي تقوده موسكو.", "m EAEU ARM member"),
        a("وأرمينيا وبيلاروسيا وكازاخستان وقرغيزستان وروسيا أعضاء في الاتحاد الاقتصادي الأوراسي.", "m EAEU ARM member; m EAEU KGZ member; m EAEU RUS member"),
        a("كما أن روسيا عضو في منظمة معاهدة الأمن الجماعي ومنظمة شنغهاي للتعاون.", "m CSTO RUS member"),
        a("وأوضح البيان أن طاجيكستان وقرغيزستان من الدول الأعضاء في المنظمة. وكانت منظمة معاهدة الأمن الجماعي قد عقدت اجتماعها السنوي.", "m CSTO TJK member; m CSTO KGZ member"),
        a("وأصبحت فنلندا عضوا في حلف شمال الأطلسي.", "m NATO FIN member"),
        a("ويضم الاتحاد الأوروبي في عضويته ألمانيا وفرنسا والنمسا.", "m EU DEU member; m EU AUT member"),
        a("وأرمينيا عضو مؤسس في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM member"),
        a("وتنتمي قرغيزستان وطاجيكستان إلى منظمة معاهدة الأمن الجماعي ورابطة الدول المستقلة.", "m CSTO KGZ member; m CSTO TJK member"),
    ]

    // MARK: negation
    static let negation: [FactCase] = [
        a("وتضم المنظمة أرمينيا وكازاخستان وقرغيزستان وطاجيكستان وروسيا وبيلاروسيا، وليس أذربيجان. وكانت منظمة معاهدة الأمن الجماعي قد تأسست عام 2002.", "m CSTO ARM member; m CSTO AZE non-member"),
        a("وتضم منظمة معاهدة الأمن الجماعي روسيا وأرمينيا وبيلاروسيا، وليس أذربيجان.", "m CSTO BLR member; m CSTO AZE non-member; !m CSTO AZE member"),
        a("أذربيجان ليست عضوًا في منظمة معاهدة الأمن الجماعي.", "m CSTO AZE non-member"),
        a("وجورجيا ليست عضوا في منظمة معاهدة الأمن الجماعي.", "m CSTO GEO non-member"),
        a("وأوكرانيا ليست عضوا في حلف شمال الأطلسي.", "m NATO UKR non-member"),
        a("وجورجيا لا تنتمي إلى منظمة معاهدة الأمن الجماعي.", "m CSTO GEO non-member"),
        a("وتركمانستان لا تنتمي إلى أي تحالف عسكري، ولا إلى منظمة معاهدة الأمن الجماعي.", "!m CSTO TKM member"),
        a("والنمسا ليست عضوا في حلف شمال الأطلسي رغم عضويتها في الاتحاد الأوروبي.", "m NATO AUT non-member"),
        a("وأذربيجان ليست عضوا في منظمة معاهدة الأمن الجماعي، بينما أرمينيا عضو فيها.", "m CSTO AZE non-member; !m CSTO AZE member"),
        a("وسويسرا ليست عضوا في الاتحاد الأوروبي.", "m EU CHE non-member"),
        a("وليست أذربيجان عضوا في منظمة معاهدة الأمن الجماعي.", "m CSTO AZE non-member"),
        a("وأذربيجان ليست بصدد الانضمام إلى منظمة معاهدة الأمن الجماعي.", "m CSTO AZE non-member; !e membership-change"),
        a("وتبقى صربيا خارج حلف شمال الأطلسي، فهي ليست عضوا فيه.", "!m NATO SRB member"),
        a("ولا تزال أرمينيا عضوا في منظمة معاهدة الأمن الجماعي رغم الانتقادات.", "m CSTO ARM member; !m CSTO ARM non-member"),
        a("وأوزبكستان لم تعد عضوا في منظمة معاهدة الأمن الجماعي.", "m CSTO UZB former-member"),
        a("ولم تعد جورجيا عضوا في رابطة الدول المستقلة منذ عام 2009.", "m CIS GEO former-member"),
    ]

    // MARK: leadership
    static let leadership: [FactCase] = [
        a("وتعد منظمة معاهدة الأمن الجماعي تحالفا عسكريا تقوده موسكو.", "m CSTO RUS member"),
        a("منظمة معاهدة الأمن الجماعي، وهي تحالف تقوده روسيا، لم ترسل قوات.", "m CSTO RUS member"),
        a("وتعد روسيا، وهي الطرف المهيمن في منظمة معاهدة الأمن الجماعي، الضامن الأول لأمن أرمينيا.", "m CSTO RUS member"),
        a("وأرسلت منظمة معاهدة الأمن الجماعي بقيادة روسيا نحو ألفي جندي.", "m CSTO RUS member"),
        a("وقالت يريفان إن منظمة معاهدة الأمن الجماعي بقيادة موسكو لم تف بالتزاماتها.", "m CSTO RUS member; e criticism ARM"),
        a("ويعد حلف شمال الأطلسي بقيادة الولايات المتحدة أكبر تحالف عسكري.", "m NATO USA member"),
        a("وموسكو هي القوة المهيمنة في منظمة معاهدة الأمن الجماعي.", "s RUS; s CSTO"),
        a("وتهيمن روسيا على الاتحاد الاقتصادي الأوراسي.", "s RUS; s EAEU"),
    ]

    // MARK: membership changes
    static let changes: [FactCase] = [
        a("انضمت أوزبكستان إلى منظمة معاهدة الأمن الجماعي عام 2006.", "m CSTO UZB member; e membership-change UZB"),
        a("وانضمت السويد إلى حلف شمال الأطلسي بعد سنوات من الحياد.", "m NATO SWE member; e membership-change SWE NATO"),
        a("وانضمت فنلندا رسميا إلى الناتو.", "m NATO FIN member; e membership-change FIN"),
        a("وانسحبت أوزبكستان من منظمة معاهدة الأمن الجماعي عام 2012.", "m CSTO UZB former-member; e membership-change UZB"),
        a("انسحبت جورجيا من رابطة الدول المستقلة بعد حرب 2008.", "m CIS GEO former-member"),
        a("وكانت أذربيجان وجورجيا قد امتنعتا عن تجديد عضويتهما في منظمة معاهدة الأمن الجماعي عام 1999.", "m CSTO AZE former-member; m CSTO GEO former-member"),
        a("وجمدت أرمينيا عضويتها في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended; e membership-change ARM"),
        a("وجمدت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended"),
        a("وأعلنت أرمينيا تعليق عضويتها في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended"),
        a("وقررت أرمينيا تجميد مشاركتها في أنشطة منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended"),
        a("وعلقت أرمينيا مشاركتها في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended"),
        a("وتتمتع أفغانستان بصفة المراقب في منظمة معاهدة الأمن الجماعي.", "m CSTO AFG observer"),
        a("وصربيا عضو مراقب في الجمعية البرلمانية لمنظمة معاهدة الأمن الجماعي.", "m CSTO SRB observer"),
        a("ومنحت منظمة شنغهاي للتعاون منغوليا صفة المراقب.", "s MNG; s SCO"),
        a("وطلبت إيران الانضمام إلى منظمة شنغهاي للتعاون.", "m SCO IRN applicant"),
        a("وتقدمت السويد وفنلندا بطلب الانضمام إلى حلف شمال الأطلسي.", "m NATO SWE applicant; m NATO FIN applicant"),
        a("وتقدمت أوكرانيا بطلب للانضمام إلى الاتحاد الأوروبي.", "m EU UKR applicant"),
        a("وعادت أوزبكستان إلى صفوف منظمة معاهدة الأمن الجماعي عام 2006 قبل أن تنسحب مجددا.", "e membership-change UZB"),
        a("وأوزبكستان عضو سابق في منظمة معاهدة الأمن الجماعي.", "m CSTO UZB former-member"),
        a("ولم تعد أوزبكستان من أعضاء المنظمة. وكانت منظمة معاهدة الأمن الجماعي قد تأسست عام 2002.", "!m CSTO UZB member"),
        a("وأذربيجان وجورجيا ليستا بصدد الانضمام إلى منظمة معاهدة الأمن الجماعي.", "m CSTO AZE non-member; m CSTO GEO non-member; !m CSTO AZE applicant"),
        a("وتسعى مولدوفا إلى الانضمام إلى الاتحاد الأوروبي.", "m EU MDA applicant"),
    ]

    /// قوائم بعد فعل طويل، انسحاب منفي، نية، وتعليق المشاركة: جمل كتبت لهذه الاختبارات.
    static let listsAndClauses: [FactCase] = [
        a("تتكون منظمة شنغهاي للتعاون من الصين، وروسيا، والهند، وباكستان.", "m SCO CHN member; m SCO PAK member"),
        a("وتضم المنظمة كلا من أرمينيا وبيلاروسيا، فيما تعد صربيا وأفغانستان دولا مراقبة في منظمة معاهدة الأمن الجماعي.", "m CSTO SRB observer; m CSTO AFG observer"),
        a("ولم تتخذ قيرغيزستان أي قرار بالانسحاب من منظمة معاهدة الأمن الجماعي.", "m CSTO KGZ member; !m CSTO KGZ former-member"),
        a("وأعلن رئيس الوزراء تعليق مشاركة أرمينيا في منظمة معاهدة الأمن الجماعي.", "m CSTO ARM suspended"),
        a("وتتولى كازاخستان الرئاسة الدورية لمنظمة معاهدة الأمن الجماعي هذا العام.", "m CSTO KAZ member"),
    ]
}
