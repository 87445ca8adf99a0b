import Foundation
import KBModel

/// Proleptic Gregorian day arithmetic on plain integers (fast, no Foundation), and Hijri conversion
/// through Foundation's Umm al-Qura calendar.
enum CivilCalendar {
    /// Days since 1970-01-01 (days-from-civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    static func date(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday).
    static func weekday(dayNumber: Int) -> Int { ((dayNumber % 7) + 11) % 7 }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True when the day exists in that month (any leap year when the year is unknown).
    static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysInMonth(month, year: year ?? 2000)
    }

    static func fuzzy(dayNumber: Int) -> FuzzyDate {
        let d = date(dayNumber: dayNumber)
        return FuzzyDate(year: d.year, month: d.month, day: d.day)
    }

    // MARK: Hijri

    private static let utc = TimeZone(identifier: "UTC")!
    private static let hijri: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = utc
        return c
    }()
    private static let gregorian: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = utc
        return c
    }()

    /// The Gregorian date of a Hijri (Umm al-Qura) date: "26 شعبان 1445" is 2024-03-07.
    static func gregorian(hijriYear: Int, month: Int, day: Int) -> FuzzyDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1...1600).contains(hijriYear),
              let date = hijri.date(from: DateComponents(year: hijriYear, month: month, day: day)) else { return nil }
        let c = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return FuzzyDate(year: y, month: m, day: d)
    }

    /// The Hijri year that contains a Gregorian day.
    static func hijriYear(containing dayNumber: Int) -> Int? {
        let date = Date(timeIntervalSince1970: Double(dayNumber) * 86_400 + 43_200)
        return hijri.dateComponents([.year], from: date).year
    }
}

/// The publication date a relative expression is resolved against, at whatever precision it has.
struct TimeReference {
    let year: Int?, month: Int?, day: Int?

    init(_ date: FuzzyDate?) {
        year = date?.year
        month = date?.month
        day = month == nil ? nil : date?.day
    }

    var dayNumber: Int? {
        guard let y = year, let m = month, let d = day else { return nil }
        return CivilCalendar.dayNumber(year: y, month: m, day: d)
    }

    /// The reference shifted by whole days, at day precision. Under a dateline without a year
    /// ("XXXX-02-23") "yesterday" is still XXXX-02-22 when the shift stays inside that year.
    func shifted(days: Int) -> FuzzyDate? {
        if let n = dayNumber { return CivilCalendar.fuzzy(dayNumber: n + days) }
        guard year == nil, let m = month, let d = day, abs(days) <= 31 else { return nil }
        let n = CivilCalendar.dayNumber(year: 2001, month: m, day: d) + days
        let shifted = CivilCalendar.date(dayNumber: n)
        // crossing the end of February or the new year needs the year
        guard shifted.year == 2001, (m <= 2) == (shifted.month <= 2) else { return nil }
        return FuzzyDate(year: nil, month: shifted.month, day: shifted.day)
    }

    /// The month `delta` months from the reference month, at month precision.
    func month(shiftedBy delta: Int) -> FuzzyDate? {
        guard let y = year, let m = month else { return nil }
        let index = y * 12 + (m - 1) + delta
        return FuzzyDate(year: index / 12, month: index % 12 + 1)
    }

    /// The month of the day `days` from the reference, at month precision ("last week").
    func month(ofDayShiftedBy days: Int) -> FuzzyDate? {
        guard let n = dayNumber else { return month(shiftedBy: 0) }
        let d = CivilCalendar.date(dayNumber: n + days)
        return FuzzyDate(year: d.year, month: d.month)
    }

    func year(shiftedBy delta: Int) -> FuzzyDate? { year.map { FuzzyDate(year: $0 + delta) } }

    /// The weekday `weekday` (0 = Sunday) nearest the reference in `direction`; `sameDayCounts` lets the
    /// reference day itself answer.
    func weekday(_ weekday: Int, direction: Int, sameDayCounts: Bool) -> FuzzyDate? {
        guard let n = dayNumber else { return nil }
        let current = CivilCalendar.weekday(dayNumber: n)
        if direction < 0 {
            var back = (current - weekday + 7) % 7
            if back == 0 && !sameDayCounts { back = 7 }
            return CivilCalendar.fuzzy(dayNumber: n - back)
        }
        var ahead = (weekday - current + 7) % 7
        if ahead == 0 && !sameDayCounts { ahead = 7 }
        return CivilCalendar.fuzzy(dayNumber: n + ahead)
    }

    /// The year of the month `month` relative to the reference: `direction` -1 is the latest one strictly
    /// before the reference month, +1 the first strictly after, 0 the latest one not after it.
    func year(ofMonth month: Int, direction: Int) -> Int? {
        guard let y = year, let m = self.month else { return nil }
        switch direction {
        case ..<0: return month < m ? y : y - 1
        case 1...: return month > m ? y : y + 1
        default: return month <= m ? y : y - 1
        }
    }

    /// The year of the first such month (and day) on or after the reference, for what a sentence
    /// says will happen ("will meet in June", "سيعقد في 10 يونيو").
    func yearAhead(ofMonth month: Int, day: Int? = nil) -> Int? {
        guard let y = year, let m = self.month else { return nil }
        if month != m { return month > m ? y : y + 1 }
        guard let d = day, let rd = self.day else { return y }
        return d >= rd ? y : y + 1
    }

    /// The year of a day and month given without one: the occurrence from nine months before the
    /// reference to three months after it (news looks back more than ahead).
    func year(ofMonth month: Int, day: Int) -> Int? {
        guard let y = year, let m = self.month else { return nil }
        let ref = y * 12 + m - 1
        for candidate in [y, y - 1, y + 1] {
            let delta = candidate * 12 + month - 1 - ref
            if delta >= -9 && delta <= 3 { return candidate }
        }
        return y
    }
}
