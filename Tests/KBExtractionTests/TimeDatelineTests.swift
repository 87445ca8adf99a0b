import Testing
import KBExtraction
import KBModel

@Suite struct TimeDatelineTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let language: Language
        let expected: String?
        init(_ text: String, _ language: Language, _ expected: String?) {
            self.text = text
            self.language = language
            self.expected = expected
        }
        var description: String { String(text.prefix(40)) }
    }

    static let cases: [Case] = [
        Case("موسكو - 23 نوفمبر\nقال المتحدث باسم الكرملين إن القمة ناجحة.", .arabic, "XXXX-11-23"),
        Case("موسكو - 23 نوفمبر\nقال المتحدث إن قمة 23 نوفمبر 2022 كانت ناجحة.", .arabic, "2022-11-23"),
        Case("طشقند - الخميس ٢٠ ديسمبر ٢٠١٢\n\nعلق المجلس أمس عضوية البلاد.", .arabic, "2012-12-20"),
        Case("الأحد 27 نوفمبر 2022\nأفاد المتحدث بأن المحاولات مستمرة.", .arabic, "2022-11-27"),
        Case("يريفان (رويترز) - 5 أيار/ مايو 2021\nأعلنت الحكومة...", .arabic, "2021-05-05"),
        Case("أعلنت الحكومة في 15 مايو 2023 أنها ستنسحب من الاتفاق.", .arabic, nil),
        Case("MOSCOW, November 23. /TASS/. The CSTO summit opened in Yerevan.", .english, "XXXX-11-23"),
        Case("YEREVAN, January 15 (Reuters) - Armenia said the deal signed on January 15, 2022 stands.", .english, "2022-01-15"),
        Case("YEREVAN, Feb 23 - Armenia froze its role after the border fighting in September 2022.", .english, "XXXX-02-23"),
        Case("Armenia freezes its CSTO role\nYEREVAN, Feb 23 - Armenia froze its participation.", .english, "XXXX-02-23"),
        Case("14 Sep, 2022 14:39\nArmenia asked the bloc for help.", .english, "2022-09-14"),
        Case("Armenia froze its participation in the CSTO in September 2022, officials said.", .english, nil),
        Case("The summit on 15 May 2023 in Minsk ended without a statement.", .english, nil),
        Case("Москва. 12 января. INTERFAX.RU - Миротворцы ОДКБ начали выход.", .russian, "XXXX-01-12"),
        Case("ЕРЕВАН, 16 сентября. /ТАСС/. Армения обратилась в ОДКБ.", .russian, "XXXX-09-16"),
        Case("16 сентября 2022, 13:55\nАрмения обратилась в ОДКБ.", .russian, "2022-09-16"),
        Case("Москва. 13 января. INTERFAX.RU - Саммит, созванный 13 января 2022 года, завершился.", .russian, "2022-01-13"),
        Case("Армения заявила о выходе из ОДКБ в сентябре 2022 года.", .russian, nil),
        Case("Москва. 19 января. INTERFAX.RU - Вывод миротворцев, начатый 13 января 2022 года, завершен.", .russian, "2022-01-19"),
        Case("Moscow, January 4 (TASS) - The crisis that began on December 28, 2021 is over.", .english, "2022-01-04"),
        Case("Москва. 20 мая. INTERFAX.RU - Совет министров соберется 21 мая 2023 года в Минске.", .russian, "2023-05-20"),
        Case("Search Menu Login Subscribe Newsletters Video Podcasts Opinion World Business Markets Sport Culture Weather Travel Science Technology Health\nMarch 3, 2023 09:10\nThe council met in Minsk.", .english, "2023-03-03"),
        Case("https://news.example.com/20230611/council-meets-in-minsk-1234.html\nThe council met on Tuesday.", .english, "2023-06-11"),
        Case("https://example.ru/politics/2021/10/05/sammit/\nСаммит прошел во вторник.", .russian, "2021-10-05"),
        Case("https://example.com/news/1502016.aspx\nThe council met on Tuesday.", .english, nil),
        Case("YEREVAN, March 1 - The pact signed on March 5, 2019 was cited.", .english, "XXXX-03-01"),
    ]

    @Test(arguments: cases)
    func datelineGivesThePublicationDate(_ c: Case) {
        #expect(TemporalTagger.shared.dateline(in: c.text, language: c.language)?.iso == c.expected)
    }
}
