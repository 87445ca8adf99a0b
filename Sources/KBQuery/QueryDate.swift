import KBModel

/// The moment a status is asked for: a date, read as the first day it can mean
/// (`2010` is 2010-01-01) unless the question says "at the end of".
///
///     QueryDate(parsing: "2010")!.day          // "2010-01-01"
///     QueryDate.find(in: "at the end of 2012")  // day "2012-12-31"
public struct QueryDate: Sendable, Hashable, CustomStringConvertible {
    /// The date as given, at its precision.
    public var date: FuzzyDate
    /// The day compared against stored dates, `YYYY-MM-DD`.
    public var day: String

    public var description: String { day }

    public init(date: FuzzyDate, atEnd: Bool = false) {
        self.date = date
        let y = date.year ?? 0
        let m = date.month ?? (atEnd ? 12 : 1)
        let d = date.day ?? (atEnd ? Self.daysIn(month: m, year: y) : 1)
        self.day = FuzzyDate(year: y, month: m, day: d).iso
    }

    /// A command-line date: `2010`, `2010-01`, `2010-01-01`.
    public init?(parsing text: String) {
        guard let d = FuzzyDate(iso: text), let year = d.year else { return nil }
        // a day the month does not have (2022-02-30) is a typo, not the end of the month
        if let m = d.month, let day = d.day, day > Self.daysIn(month: m, year: year) { return nil }
        self.init(date: d)
    }

    /// Parses a command-line date or throws a message saying how to write one.
    public static func argument(_ text: String) throws -> QueryDate {
        guard let d = QueryDate(parsing: text) else { throw QueryError.badDate(text) }
        return d
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Words before a year that move the moment to the end of the period.
    static let endCues = ["end", "late", "نهايه", "نهاية", "اواخر", "اخر", "конце", "конец", "концу"]
    /// Month names, lower-cased and normalised: English, Russian stems (any case ending), Arabic
    /// (Egyptian and Levantine names; the two-word Levantine ones are read in `month(before:in:)`).
    static let monthNames: [(String, Int)] = {
        var out: [(String, Int)] = []
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let russian = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
        let egyptian = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر"]
        for (i, names) in [english, russian, egyptian].enumerated() {
            for (m, n) in names.enumerated() { out.append((i == 1 ? "ru:" + n : n, m + 1)) }
        }
        for (n, m) in [("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("اب", 8), ("ايلول", 9)] {
            out.append((n, m))
        }
        return out
    }()

    /// The month named just before word `i` and how many words it takes.
    static func month(before i: Int, in words: [String]) -> (Int, Int)? {
        let w = words[i - 1].lowercased()
        if i >= 2 {
            let pair = words[i - 2] + " " + w
            for (n, m) in [("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12), ("كانون الثاني", 1)] where pair == n {
                return (m, 2)
            }
        }
        for (n, m) in monthNames {
            if n.hasPrefix("ru:") {
                let stem = String(n.dropFirst(3))
                // "мая"/"май" only whole: the stem "ма" starts too many words.
                if stem == "ма" ? (w == "мая" || w == "май") : w.hasPrefix(stem) { return (m, 1) }
            } else if w == n || (w.hasPrefix("ف") && String(w.dropFirst()) == n) {
                return (m, 1)
            }
        }
        return nil
    }

    /// Words that join the two ends of a span of time: "between 2020 and 2022", "from 2020 to 2022",
    /// "с 2020 по 2022 год", "между 2020 и 2022", "بين عامي 2020 و2022", "من 2020 إلى 2022".
    static let rangeCues: Set<String> = ["between", "from", "to", "and", "until", "till", "through", "since",
                                         "между", "с", "со", "по", "до", "и",
                                         "بين", "عامي", "من", "الي", "حتي", "و", "منذ"]

    /// The span a question names between two dates ("between 2020 and 2022", "2020-2022"): its first
    /// day and its last, or nil when the question names one date or none.
    ///
    ///     QueryDate.range(in: "between 2020 and 2022")?.to.day   // "2022-12-31"
    public static func range(in text: String) -> (from: QueryDate, to: QueryDate)? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "–") }).map { $0.lowercased() }
        func year(_ w: String) -> Int? {
            // "و2022": the Arabic conjunction written onto the year
            let bare = w.hasPrefix("و") ? String(w.dropFirst()) : w
            guard bare.count == 4, let y = Int(bare), (1900...2100).contains(y) else { return nil }
            return y
        }
        for (i, w) in words.enumerated() {
            // "2020-2022" written as one word
            let parts = w.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
            if parts.count == 2, let a = year(parts[0]), let b = year(parts[1]), a <= b {
                return (QueryDate(date: FuzzyDate(year: a)), QueryDate(date: FuzzyDate(year: b), atEnd: true))
            }
            guard let a = year(w) ?? FuzzyDate(iso: w).flatMap({ $0.year != nil && w.count > 4 ? $0.year : nil }) else { continue }
            let start = w.count > 4 ? FuzzyDate(iso: w)! : FuzzyDate(year: a)
            let before = words[max(0, i - 2)..<i]
            for j in (i + 1)..<min(words.count, i + 4) {
                let v = words[j]
                let end: FuzzyDate? = year(v).map { FuzzyDate(year: $0) } ?? (v.count > 4 ? FuzzyDate(iso: v) : nil)
                guard let end, end.year != nil else { continue }
                let between = words[(i + 1)..<j]
                let joined = between.contains(where: rangeCues.contains) || v.hasPrefix("و") || before.contains(where: rangeCues.contains)
                guard joined, end.iso >= start.iso else { break }
                return (QueryDate(date: start), QueryDate(date: end, atEnd: true))
            }
        }
        return nil
    }

    /// The date a question names ("at the start of 2010", "في عام 2010", "в 2010 году", "on 2010-01-01"), if any.
    /// `text` is matched in its normalised form (Eastern Arabic digits already ASCII).
    public static func find(in text: String) -> QueryDate? {
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
        for (i, w) in words.enumerated() {
            if w.count > 4, w.contains("-"), let iso = FuzzyDate(iso: w), iso.year != nil {
                return QueryDate(date: iso)
            }
            guard w.count == 4, let y = Int(w), (1900...2100).contains(y) else { continue }
            let before = words[max(0, i - 4)..<i].map { $0.lowercased() }
            var month: Int? = nil, day: Int? = nil
            if i >= 1, let (m, width) = Self.month(before: i, in: words) {
                month = m
                if i - width >= 1, let d = Int(words[i - width - 1]), (1...31).contains(d) { day = d }
            }
            let atEnd = before.contains { w in endCues.contains { w.hasSuffix($0) } }
            return QueryDate(date: FuzzyDate(year: y, month: month, day: day), atEnd: atEnd && day == nil)
        }
        return nil
    }
}
