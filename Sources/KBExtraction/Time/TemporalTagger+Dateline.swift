import KBModel

extension TemporalTagger {
    /// The publication date given by a dateline or time stamp near the start of an article, if any.
    ///
    ///     "YEREVAN, Feb 23 - Armenia has ..."          // XXXX-02-23 unless the text dates Feb 23 with a year
    ///     "طشقند - الخميس ٢٠ ديسمبر ٢٠١٢"               // 2012-12-20
    ///     "Москва. 12 января. INTERFAX.RU - ..."       // XXXX-01-12
    ///
    /// Only a calendar date with a day opening one of the first lines counts: at most a few words (a city,
    /// an agency, a weekday) and a separator may precede it, so a date in a sentence is never taken.
    public func dateline(in text: String, language: Language) -> FuzzyDate? {
        var lines: [Substring] = []
        var seen = 0
        for line in text.unicodeScalars.prefix(600).split(separator: "\n", omittingEmptySubsequences: true) {
            if seen > 400 || lines.count >= 6 { break }
            seen += line.count + 1
            if line.allSatisfy({ TimeTokenization.isSpace($0) }) { continue }
            lines.append(Substring(line))
        }
        for line in lines {
            let s = String(line)
            guard let first = expressions(in: s, language: language, reference: nil).first,
                  let date = first.date, date.month != nil, date.day != nil,
                  Self.isDatelinePrefix(s.unicodeScalars.prefix(first.start)) else { continue }
            if date.year != nil { return date }
            return FuzzyDate(year: year(of: date, in: text, language: language), month: date.month, day: date.day)
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

    /// The year of a month and day the text also writes out in full ("13 января 2022 года").
    private func year(of date: FuzzyDate, in text: String, language: Language) -> Int? {
        for e in expressions(in: text, language: language, reference: nil) {
            if let d = e.date, d.year != nil, d.month == date.month, d.day == date.day { return d.year }
        }
        return nil
    }
}
