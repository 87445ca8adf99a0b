import Testing
import KBModel
@testable import KBExtraction

/// Events with their dates, and one event for a happening told twice: snippets written for these tests.
@Suite struct EventDateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let language: Language
        let text: String
        let published: FuzzyDate?
        let type: EventType
        let date: String?
        init(_ language: Language, _ text: String, published: FuzzyDate? = FuzzyDate(year: 2023, month: 5, day: 10), _ type: EventType, _ date: String?) {
            self.language = language
            self.text = text
            self.published = published
            self.type = type
            self.date = date
        }
        var testDescription: String { "\(language.rawValue): \(text.prefix(60))" }

        func events() -> [Event] {
            Extractor.shared.extract(Article(path: "case.txt", published: published, declaredLanguage: language, text: text)).events
        }
    }

    static let dated: [Case] = [
        // the finer of two forms of one time
        Case(.english, "The charter of the CSTO was signed 21 years ago on October 7, 2002, the secretariat said.", .agreement, "2002-10-07"),
        // a council's meeting has its alliance as its one party
        Case(.russian, "Совет министров иностранных дел ОДКБ проведет заседание 12 мая в Минске.", .summit, "2023-05-12"),
        Case(.english, "The council meeting of SCO ministers in Goa on May 5 discussed terrorism.", .summit, "2023-05-05"),
        // a summit named in a sentence about the alliance's members
        Case(.english, "NATO members would pledge more aid to Ukraine at the upcoming summit in Vilnius in July.", .summit, "2023-07"),
        // a page's address first gives the publication date, "on Tuesday" the Tuesday before it
        Case(.english, "https://news.example.org/20230613/armenia-asks-for-help.html\nArmenia asked the CSTO for military assistance on Tuesday.", published: nil, .requestAssistance, "2023-06-13"),
        // a time stamp under a long furniture line is the publication date
        Case(.english, String(repeating: "menu search login subscribe share ", count: 20) + "\n12 Jun, 2023 10:05\nArmenia asked the CSTO for military assistance on Monday.", published: nil, .requestAssistance, "2023-06-12"),
    ]

    @Test(arguments: dated)
    func anEventTakesTheDateItsTextGives(_ c: Case) {
        let found = c.events().filter { $0.type == c.type }
        #expect(found.contains { $0.date?.iso == c.date }, "\(c.events().map { "\($0.type.rawValue) \($0.date?.iso ?? "-")" })")
    }

    /// A perfective verb or "is to" speaks of the future: the coming weekday (published Wednesday 10 May).
    @Test(arguments: [
        (Language.russian, "Министры обороны утвердят в пятницу план учений.", "2023-05-12"),
        (Language.russian, "Министры обороны утвердили в пятницу план учений.", "2023-05-05"),
        (Language.english, "The council is to meet on Friday in Minsk.", "2023-05-12"),
    ])
    func aWeekdayAfterAFutureVerbIsTheComingOne(_ language: Language, _ text: String, _ want: String) {
        let d = TemporalTagger.shared.expressions(in: text, language: language, reference: FuzzyDate(year: 2023, month: 5, day: 10)).first?.date
        #expect(d?.iso == want)
    }

    /// The place of a summit, a visit or an attack where the text gives it; none where it does not.
    @Test(arguments: [
        (Language.english, "The CSTO summit in Yerevan ended without a joint declaration.", EventType.summit, "ARM" as String?),
        (Language.russian, "Саммит ОДКБ в Минске завершился без общей декларации.", EventType.summit, "BLR"),
        (Language.arabic, "انعقدت قمة منظمة شنغهاي للتعاون في أستانا يوم الخميس.", EventType.summit, "KAZ"),
        (Language.english, "Moscow said the CSTO summit ended without a declaration.", EventType.summit, nil),
    ])
    func anEventIsWhereTheTextPutsIt(_ language: Language, _ text: String, _ type: EventType, _ place: String?) {
        let e = Case(language, text, type, nil).events().first { $0.type == type }
        #expect(e != nil)
        #expect(e?.location?.code == place)
    }

    static let once: [Case] = [
        Case(.russian, "Вывод миротворцев ОДКБ из Казахстана начнется 13 мая. Президент Казахстана сообщил, что вывод завершится за десять дней, начиная с 13 мая.", .withdrawForces, nil),
        Case(.english, "The withdrawal of CSTO peacekeepers from Kazakhstan begins on May 13. Kazakhstan said the pullout of troops would start on May 13.", .withdrawForces, nil),
    ]

    @Test(arguments: once)
    func aHappeningToldTwiceIsOneEvent(_ c: Case) {
        #expect(c.events().filter { $0.type == c.type }.count == 1, "\(c.events().map { "\($0.type.rawValue) \($0.date?.iso ?? "-") \($0.actors.map(\.code))" })")
    }

    static let notDeployed: [Case] = [
        Case(.russian, "Совет утвердит порядок вывода коллективных миротворческих сил ОДКБ из Казахстана.", .deployForces, nil),
        Case(.english, "The council approved the withdrawal of the peacekeeping contingent of the CSTO from Kazakhstan.", .deployForces, nil),
    ]

    @Test(arguments: notDeployed)
    func forcesAWithdrawalTakesHomeAreNoDeployment(_ c: Case) {
        #expect(!c.events().contains { $0.type == .deployForces })
        #expect(c.events().contains { $0.type == .withdrawForces })
    }
}
