import Foundation
import KBModel

extension TemporalTagger {
    /// The publication date given by a dateline or time stamp near the start of an article, if any.
    ///
    ///     "YEREVAN, Feb 23 - Armenia has ..."          // XXXX-02-23, unless the text dates a mention up to 45 days before
    ///     "طشقند - الخميس ٢٠ ديسمبر ٢٠١٢"               // 2012-12-20
    ///     "Москва. 12 января. INTERFAX.RU - ..."       // XXXX-01-12
    ///
    /// Only a calendar date with a day opening one of the first lines counts: at most a few words (a city,
    /// an agency, a weekday) and a separator may precede it, so a date in a sentence is never taken.
    public func dateline(in text: String, language: Language) -> FuzzyDate? {
        var lines: [Substring] = []
        var seen = 0
        // page furniture (a menu, a row of icon names) may stand first: a long line counts for
        // little of the budget, since only its opening words are read
        for line in text.unicodeScalars.prefix(4000).split(separator: "\n", omittingEmptySubsequences: true) {
            if seen > 600 || lines.count >= 8 { break }
            seen += min(line.count, 120) + 1
            if line.allSatisfy({ TimeTokenization.isSpace($0) }) { continue }
            lines.append(Substring(line))
        }
        for line in lines {
            // a page saved with its address first: ".../20230404/..." or ".../2023/04/04/..."
            if let d = Self.urlDate(line) { return d }
            let s = String(line)
            // an Arabic or Russian page may stamp its date in English ("Apr 04 2023")
            let latin = language != .english && !s.unicodeScalars.contains { $0.properties.isAlphabetic && $0.value > 0x024F }
            guard let first = expressions(in: s, language: latin ? .english : language, reference: nil).first,
                  let date = first.date, date.month != nil, date.day != nil,
                  Self.isDatelinePrefix(s.unicodeScalars.prefix(first.start)) else { continue }
            if date.year != nil { return date }
            return FuzzyDate(year: year(of: date, in: text, language: language), month: date.month, day: date.day)
        }
        return nil
    }

    /// The date in a web address standing alone on its line: a path segment `YYYYMMDD` or `YYYY/MM/DD`.
    static func urlDate(_ line: Substring) -> FuzzyDate? {
        let s = String(line).trimmingCharacters(in: .whitespaces)
        guard s.hasPrefix("http://") || s.hasPrefix("https://"), !s.contains(" ") else { return nil }
        let parts = s.split(separator: "/").dropFirst(2).map { $0.prefix { ("0"..."9").contains($0) } }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> FuzzyDate? {
            (1990...2100).contains(y) && CivilCalendar.isValid(year: y, month: m, day: d) ? FuzzyDate(year: y, month: m, day: d) : nil
        }
        for (i, p) in parts.enumerated() {
            if p.count == 8, let n = Int(p), let d = valid(n / 10000, n / 100 % 100, n % 100) { return d }
            if p.count == 4, i + 2 < parts.count, parts[i + 1].count == 2, parts[i + 2].count == 2,
               let y = Int(p), let m = Int(parts[i + 1]), let dd = Int(parts[i + 2]), let d = valid(y, m, dd) { return d }
        }
        return nil
    }

    /// A city, an agency or a weekday and a separator: "MOSCOW, ", "موسكو - ", "Москва. ", "By Staff | ".
    static func isDatelinePrefix(_ prefix: Substring.UnicodeScalarView) -> Bool {
        var words = 0, inWord = false
        var lastMark: Unicode.Scalar? = nil
        for s in prefix {
            if TimeTokenization.isSpace(s) { inWord = false; continue }
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                if !inWord { words += 1 }
                inWord = true
                lastMark = nil
            } else {
                inWord = false
                lastMark = s
            }
        }
        if words == 0 { return true }
        guard words <= 5, let mark = lastMark else { return false }
        return ",.-–—:|/)،".unicodeScalars.contains(mark)
    }

    /// The year of a dateline's month and day, from the first date with a year in the text that falls
    /// up to 45 days before the dateline or on one of the two days after it (what a report announces for
    /// tomorrow: "12 января" and "с 13 января 2022 года" give 2022); "in September 2022" under "Feb 23",
    /// or a pact of "March 5, 2019" under "March 1", say nothing about it.
    private func year(of date: FuzzyDate, in text: String, language: Language) -> Int? {
        guard let month = date.month, let day = date.day else { return nil }
        // Line by line (long lines in pieces), stopping at the first date that gives the year:
        // the whole text in one call cost time in the square of its length.
        for piece in Self.pieces(of: text) {
            if let y = year(ofMonth: month, day: day, in: String(piece), language: language) { return y }
        }
        return nil
    }

    /// Lines of `text`, a line longer than `limit` scalars cut at a space near each multiple of it.
    static func pieces(of text: String, limit: Int = 3_000) -> [Substring] {
        var out: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, count = 0, lastSpace: String.UnicodeScalarView.Index? = nil
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if s == "\n" {
                if start < i { out.append(Substring(scalars[start..<i])) }
                start = scalars.index(after: i); count = 0; lastSpace = nil
            } else {
                count += 1
                if TimeTokenization.isSpace(s) { lastSpace = i }
                if count >= limit {
                    let cut = lastSpace ?? i
                    out.append(Substring(scalars[start..<cut]))
                    start = cut == i ? i : scalars.index(after: cut)
                    count = scalars.distance(from: start, to: i) + 1
                    lastSpace = nil
                }
            }
            i = scalars.index(after: i)
        }
        if start < scalars.endIndex { out.append(Substring(scalars[start...])) }
        return out
    }

    private func year(ofMonth month: Int, day: Int, in text: String, language: Language) -> Int? {
        for e in expressions(in: text, language: language, reference: nil) where e.kind == .absolute {
            guard let d = e.date, let y = d.year, let m = d.month else { continue }
            let mentioned = CivilCalendar.dayNumber(year: y, month: m, day: d.day ?? 1)
            for candidate in [y - 1, y, y + 1] where CivilCalendar.isValid(year: candidate, month: month, day: day) {
                let gap = CivilCalendar.dayNumber(year: candidate, month: month, day: day) - mentioned
                if gap >= -2 && gap <= 45 { return candidate }
            }
        }
        return nil
    }
}
