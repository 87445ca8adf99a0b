import Testing
@testable import KBExtraction
import KBModel

@Suite struct TimeLexiconTests {
    @Test(arguments: [PackageResources.ar_time_txt, PackageResources.en_time_txt, PackageResources.ru_time_txt])
    func everyLineParses(_ bytes: [UInt8]) {
        #expect(TimeLexicon.lineProblems(in: bytes) == [])
    }

    /// No spelling may name two different months, weekdays or Hijri months.
    @Test(arguments: [TimeLexicon.arabic, TimeLexicon.english, TimeLexicon.russian])
    func noFormHasTwoCalendarMeanings(_ lexicon: TimeLexicon) {
        for meanings in lexicon.allMeanings {
            var months = Set<Int>(), weekdays = Set<Int>(), hijri = Set<Int>()
            for m in meanings {
                switch m {
                case .month(let v), .monthShort(let v): months.insert(v)
                case .weekday(let v): weekdays.insert(v)
                case .hijriMonth(let v): hijri.insert(v)
                default: break
                }
            }
            #expect(months.count <= 1 && weekdays.count <= 1 && hijri.count <= 1, "\(meanings)")
        }
    }

    static let arabicMonths: [(String, Int)] = [
        ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("فبراير", 2), ("شباط", 2), ("فيفري", 2),
        ("مارس", 3), ("آذار", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("نيسان", 4), ("أفريل", 4),
        ("مايو", 5), ("ماي", 5), ("أيار", 5), ("يونيو", 6), ("يونيه", 6), ("حزيران", 6), ("جوان", 6),
        ("يوليو", 7), ("يوليه", 7), ("تموز", 7), ("جويلية", 7), ("يوليوز", 7), ("أغسطس", 8), ("اغسطس", 8), ("آب", 8),
        ("أوت", 8), ("غشت", 8), ("سبتمبر", 9), ("أيلول", 9), ("شتنبر", 9), ("أكتوبر", 10), ("تشرين الأول", 10),
        ("نوفمبر", 11), ("تشرين الثاني", 11), ("نونبر", 11), ("ديسمبر", 12), ("كانون الأول", 12), ("دجنبر", 12),
    ]

    @Test(arguments: arabicMonths)
    func arabicMonthNamesOfEverySystemAreKnown(_ form: String, _ month: Int) {
        #expect(TimeLexicon.arabic.meanings(of: form).contains(.month(month)))
    }

    @Test func hijriMonthsComeFromTheIslamicCalendarAndTheLexicon() {
        #expect(TimeLexicon.arabic.meanings(of: "شعبان") == [.hijriMonth(8)])
        #expect(TimeLexicon.arabic.meanings(of: "ربيع الآخر").contains(.hijriMonth(4)))
        #expect(TimeLexicon.arabic.meanings(of: "ربيع الثاني").contains(.hijriMonth(4)))
        #expect(TimeLexicon.arabic.meanings(of: "جمادى الآخرة").contains(.hijriMonth(6)))
        #expect(TimeLexicon.arabic.meanings(of: "ذي الحجة").contains(.hijriMonth(12)))
    }

    @Test func russianMonthsAreKnownInEveryCase() {
        for form in ["январь", "января", "январе", "январю", "январем"] {
            #expect(TimeLexicon.russian.meanings(of: form).contains(.month(1)), "\(form)")
        }
        #expect(TimeLexicon.russian.meanings(of: "среду") == [.weekday(3)])
    }

    @Test func gregorianDayArithmeticRoundTrips() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = CivilCalendar.date(dayNumber: n)
            #expect(CivilCalendar.dayNumber(year: d.year, month: d.month, day: d.day) == n)
        }
        #expect(CivilCalendar.weekday(dayNumber: CivilCalendar.dayNumber(year: 2022, month: 11, day: 27)) == 0)
        #expect(CivilCalendar.gregorian(hijriYear: 1445, month: 8, day: 26)?.iso == "2024-03-07")
    }
}
