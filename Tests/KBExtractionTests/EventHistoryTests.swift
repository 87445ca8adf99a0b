import Testing
import KBModel
@testable import KBExtraction

/// Events of explainers and wire copy with the dates their text gives: a narrative's own chronology,
/// months of an unknown year, accession steps, founding texts, refusals, decisions to send troops.
/// Snippets written for these tests.
@Suite struct EventHistoryTests {
    typealias Case = EventDateTests.Case

    static let chronology: [Case] = [
        Case(.english, "The CSTO grew out of a treaty signed in 1992. Three more states joined the CSTO the following year.", published: nil, .membershipChange, "1993"),
        Case(.english, "Azerbaijan put its name to the CSTO treaty in 1993. Six years later it suspended its membership.", published: nil, .membershipChange, "1999"),
        Case(.english, "Uzbekistan left the CSTO in 1999. After an interval of seven years, Tashkent rejoined the CSTO.", published: nil, .membershipChange, "2006"),
        Case(.english, "The charter came into force in 2003. A decade later Armenia hosted the CSTO summit.", published: nil, .summit, "2013"),
        Case(.arabic, "دخلت المعاهدة حيز التنفيذ عام 1994. وبعد خمس سنوات انسحبت أذربيجان من منظمة معاهدة الأمن الجماعي.", published: nil, .membershipChange, "1999"),
        Case(.arabic, "وقعت الدول المؤسسة معاهدة الأمن الجماعي عام 1992، وفي العام التالي انضمت جورجيا إلى المنظمة.", published: nil, .membershipChange, "1993"),
        Case(.arabic, "عادت أوزبكستان إلى منظمة معاهدة الأمن الجماعي عام 2006، وفي العام نفسه وقعت بروتوكول العودة.", published: nil, .agreement, "2006"),
        Case(.russian, "Договор о коллективной безопасности подписан в 1992 году. Спустя десятилетие Узбекистан вышел из ОДКБ.", published: nil, .membershipChange, "2002"),
        Case(.russian, "В 2005 году Узбекистан вышел из ГУАМ. На следующий год Ташкент вернулся в ОДКБ.", published: nil, .membershipChange, "2006"),
        // "in June 2023, four months after the invasion began": the invasion counted back from the date before it
        Case(.english, "Moldova asked the EU for help in June 2023, four months after the invasion of its neighbour Ukraine by Russia.", published: nil, .war, "2023-02"),
        Case(.russian, "Переговоры начались в мае 2023 года, через три месяца после вторжения России в Украину.", published: nil, .war, "2023-02"),
    ]

    @Test(arguments: chronology)
    func aNarrativeCountsYearsFromTheLastYearItStated(_ c: Case) {
        let found = c.events().filter { $0.type == c.type }
        #expect(found.contains { $0.date?.iso == c.date }, "\(c.events().map { "\($0.type.rawValue) \($0.date?.iso ?? "-")" })")
    }

    static let unknownYear: [Case] = [
        // a month named with no year known is a month of an unknown year, as a day is
        Case(.english, "In early February, Armenia accused the CSTO of leaving it alone.", published: nil, .criticism, "XXXX-02"),
        // ... unless the text has just given that month with its year
        Case(.english, "In March 2021 the bloc met in Dushanbe. On March 18 Tajikistan asked the CSTO for military assistance.", published: nil, .requestAssistance, "2021-03-18"),
        // "today, 5 July": the date the text gives wins over the unknown "today"
        Case(.arabic, "وقال وزير الدفاع الروسي اليوم 5 يوليو إن أوزبكستان أوقفت عضويتها في المنظمة.", published: nil, .statement, "XXXX-07-05"),
        // "May" in a date is the month, not a modal that cancels what it dates
        Case(.english, "May 14, 2002, the presidents of the CSTO states signed the charter of the organization.", published: nil, .agreement, "2002-05-14"),
        // a stamp in English on an Arabic page dates it, so that "today, Thursday" is that day
        Case(.arabic, "Mar 07 2024\nانضمت السويد اليوم الخميس رسميا إلى حلف شمال الأطلسي.", published: nil, .membershipChange, "2024-03-07"),
        // a status held "since" a year began with a change that year
        Case(.english, "Mongolia has been an observer of the SCO since 2004.", .membershipChange, "2004"),
        // a count of states that sign, with the treaty named far after them
        Case(.arabic, "وقعت ثلاث دول، وهي روسيا وبيلاروسيا وكازاخستان، في 29 مايو 2014 على معاهدة الاتحاد الاقتصادي الأوراسي.", .agreement, "2014-05-29"),
        // the rotating chair passing on is an appointment, dated when it is planned
        Case(.arabic, "ومن المنتظر أن تنتقل رئاسة منظمة شنغهاي للتعاون في عام 2026 من الصين إلى قيرغيزستان.", .appointment, "2026"),
        Case(.english, "The CSTO chairmanship passes from Russia to Kazakhstan in 2024, the secretariat said.", .appointment, "2024"),
        // "19 مايو المقبل" nine days before it is this year's
        Case(.arabic, "تستضيف الرياض القمة العربية يوم 19 مايو المقبل.", .summit, "2023-05-19"),
        // a report that has not left its own day: an undated request a few sentences on is of that day
        Case(.english, "YEREVAN, Sept 14 (Wire) - Armenia said on Wednesday that 49 of its soldiers had been killed.\nOfficials gave no figure for wounded.\nThe toll may rise.\nThe defence ministry added that Yerevan has asked the CSTO for help.", published: nil, .requestAssistance, "XXXX-09-14"),
    ]

    @Test(arguments: unknownYear)
    func aDateTakesWhatTheTextKnowsOfIt(_ c: Case) {
        let found = c.events().filter { $0.type == c.type }
        #expect(found.contains { $0.date?.iso == c.date }, "\(c.events().map { "\($0.type.rawValue) \($0.date?.iso ?? "-")" })")
    }

    /// Events readers expect, each with the actors that must be among its own.
    @Test(arguments: [
        (Language.arabic, "تستضيف السعودية القمة العربية يوم 19 مايو المقبل وسط حراك دبلوماسي.", EventType.summit, ["ARAB-LEAGUE"]),
        (Language.english, "Leaders flew to Jeddah for the Arab summit on Friday.", EventType.summit, ["ARAB-LEAGUE"]),
        (Language.russian, "Премьер-министр Армении не подписал итоговую декларацию ОДКБ в Минске.", EventType.criticism, ["ARM", "CSTO"]),
        (Language.english, "The CSTO council decided to send peacekeepers to Kazakhstan after a night of riots.", EventType.deployForces, ["CSTO", "KAZ"]),
        (Language.english, "The standoff between Armenia and Azerbaijan worsened over the weekend, with soldiers of both armies drawn into heavy clashes.", EventType.attack, ["ARM", "AZE"]),
        (Language.english, "The CSTO grew out of the 1992 treaty. Until 1999 Georgia took part, but it decided not to renew its participation.", EventType.membershipChange, ["GEO", "CSTO"]),
        (Language.arabic, "أطلقت منظمة شنغهاي للتعاون في يونيو 2021 إجراءات انضمام إيران.", EventType.membershipChange, ["IRN", "SCO"]),
        (Language.arabic, "وافق المجلس الوزاري على عودة سوريا إلى شغل مقعدها في جامعة الدول العربية.", EventType.membershipChange, ["SYR", "ARAB-LEAGUE"]),
        (Language.english, "Belarus was accepted as a full member of the SCO at the leaders' meeting.", EventType.membershipChange, ["BLR", "SCO"]),
        (Language.english, "Uzbekistan rejoined the CSTO in 2006. The return was sealed by a protocol dated August 16, 2006.", EventType.agreement, ["CSTO"]),
        (Language.russian, "Договор о коллективной безопасности вступил в силу в 1994 году, сообщает ОДКБ.", EventType.agreement, ["CSTO"]),
        (Language.english, "The CSTO treaty was first signed in 1992. Until 1999 Azerbaijan and Georgia took part, but they chose not to renew it.", EventType.membershipChange, ["AZE", "GEO", "CSTO"]),
        (Language.arabic, "أعلنت تبليسي عام 2008 إيقاف جورجيا عضويتها في رابطة الدول المستقلة.", EventType.membershipChange, ["GEO", "CIS"]),
        (Language.arabic, "قال الرئيس في مؤتمر صحفي إن مشاركة بيلاروسيا في منظمة شنغهاي للتعاون قد توقفت.", EventType.membershipChange, ["BLR", "SCO"]),
        (Language.russian, "Минобороны Армении сообщило об артобстрелах приграничных сел со стороны Азербайджана.", EventType.attack, ["ARM", "AZE"]),
        (Language.english, "Speaking in Paris, Pashinyan dwelt on the ineffectiveness of the CSTO when Armenia was attacked.", EventType.criticism, ["ARM", "CSTO"]),
        (Language.russian, "Пашинян вновь указал на бездействие ОДКБ во время кризиса.", EventType.criticism, ["ARM", "CSTO"]),
        (Language.arabic, "وتحدث باشينيان عن تقاعس المنظمة عن دعم أرمينيا.", EventType.criticism, ["ARM"]),
    ])
    func anEventReadersExpectIsFound(_ language: Language, _ text: String, _ type: EventType, _ actors: [String]) {
        let events = Case(language, text, published: FuzzyDate(year: 2023, month: 5, day: 10), type, nil).events()
        #expect(events.contains { e in e.type == type && actors.allSatisfy { a in e.actors.contains { $0.code == a } } },
                "\(events.map { "\($0.type.rawValue) \($0.actors.map(\.code))" })")
    }

    /// A headline that names only the alliance tells the same accession as the body.
    @Test func aHeadlineNamingOnlyTheAllianceIsTheBodysEvent() {
        let c = Case(.english, "Accession to NATO completed\nSweden completed its accession to NATO on Thursday.", published: FuzzyDate(year: 2024, month: 3, day: 8), .membershipChange, nil)
        let changes = c.events().filter { $0.type == .membershipChange }
        #expect(changes.count == 1, "\(changes.map { "\($0.date?.iso ?? "-") \($0.actors.map(\.code))" })")
    }

    /// What is only hoped for or possible did not happen.
    @Test(arguments: [
        FactCase(.arabic, "ويأمل الطرفان أن يكون من الممكن التوصل إلى اتفاق في الجولة المقبلة بين أرمينيا وأذربيجان.", "!e agreement"),
        FactCase(.english, "Armenia and Azerbaijan hope a peace deal could be signed by the end of the year.", "!e agreement"),
        // a ratification held up has not happened
        FactCase(.english, "For months Hungary kept delaying the ratification of the Swedish bid in its parliament.", "!e agreement"),
        // the purpose of a decision is not what happened
        FactCase(.english, "The CSTO council adopted a plan aimed at the swift and complete withdrawal of Azerbaijani troops from Armenia.", "!e withdraw-forces"),
        // the chair of an alliance passing on: an appointment, and its holders stay members
        FactCase(.arabic, "وستنتقل رئاسة منظمة معاهدة الأمن الجماعي العام المقبل من روسيا إلى كازاخستان.", "e appointment CSTO; m CSTO RUS member"),
    ])
    func aHopedForEventIsNone(_ c: FactCase) {
        let problems = c.failures()
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
