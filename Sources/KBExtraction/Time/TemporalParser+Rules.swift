import KBModel

// The rules, tried at each token in this order: a part word ("منتصف", "late", "в конце") leading any
// of them; numeric dates; days and weekdays; "last/this/next X"; day-month(-year); month-day-year (English);
// Hijri dates; months; years; "الشهر الماضي"; "two days ago" / "قبل يومين"; anaphoric words.
extension TemporalParser {
    func expression(at i: Int) -> TemporalMatch? {
        if let p = match(i, { $0 == .part }) {
            var j = p.end
            if isPunct(j, "-") && isAdjacent(j) { j += 1 }
            if match(j, { $0 == .of }) != nil { j += 1 }
            if var m = core(at: j, afterContext: true), m.kind != .anaphoric {
                m.clitic = p.clitic
                return m
            }
            // "مطلع العام", "в начале года": the current month or year
            if let (u, um) = unit(j), u == .month || u == .year, modifier(um.end) == nil {
                return unitRelative(u, 0, end: um.end, clitic: p.clitic)
            }
        }
        return core(at: i, afterContext: false)
    }

    func core(at i: Int, afterContext: Bool) -> TemporalMatch? {
        guard i < count else { return nil }
        switch t.tokens[i].kind {
        case .punct: return nil
        case .number:
            if let m = numericDate(at: i) { return m }
            if let m = dayMonth(at: i) { return m }
            if let m = hijriDate(at: i) { return m }
            if let m = yearAlone(at: i, afterContext: afterContext) { return m }
            return chronology(at: i) ?? ago(at: i)
        case .word:
            guard !lex[i].isEmpty else { return nil }
            if let m = chronology(at: i) { return m }
            for rule in 0..<14 {
                let m: TemporalMatch?
                switch rule {
                case 0: m = anaphoric(at: i)
                case 1: m = nightOf(at: i)
                case 2: m = dayLead(at: i)
                case 3: m = relativeDay(at: i)
                case 4: m = weekdayExpression(at: i)
                case 5: m = modifierLead(at: i)
                case 6: m = dayMonth(at: i)
                case 7: m = monthDay(at: i)
                case 8: m = hijriDate(at: i)
                case 9: m = hijriMonthYear(at: i)
                case 10: m = monthExpression(at: i, afterContext: afterContext)
                case 11: m = yearWordYear(at: i)
                case 12: m = unitModifier(at: i)
                default: m = ago(at: i)
                }
                if m != nil { return m }
            }
            return nil
        }
    }

    // MARK: Calendar dates

    /// "2022-01-06", "15.05.1992", "15/05/1992".
    func numericDate(at i: Int) -> TemporalMatch? {
        guard i + 4 < count, t.tokens[i].kind == .number, t.tokens[i + 2].kind == .number, t.tokens[i + 4].kind == .number,
              isPunct(i + 1, "-./"), t.tokens[i + 3].kind == .punct, t.tokens[i + 1].value == t.tokens[i + 3].value,
              (1...4).allSatisfy({ isAdjacent(i + $0) }) else { return nil }
        if i + 6 < count && isAdjacent(i + 5) && isPunct(i + 5, "-./") && isAdjacent(i + 6) && t.tokens[i + 6].kind == .number { return nil }
        if isAdjacent(i) && (t.tokens[i - 1].kind == .number || isPunct(i - 1, ".:-/")) { return nil }
        let a = t.tokens[i], b = t.tokens[i + 2], c = t.tokens[i + 4]
        var y: Int, m: Int, d: Int
        if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            (y, m, d) = (a.value, b.value, c.value)
        } else if a.digits <= 2 && b.digits <= 2 && c.digits == 4 {
            (y, m, d) = (c.value, b.value, a.value)
            if m > 12 && d <= 12 { swap(&m, &d) }   // 05/15/1992
        } else { return nil }
        guard (1000...2100).contains(y), CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
        return TemporalMatch(end: yearSuffix(i + 5), date: FuzzyDate(year: y, month: m, day: d), kind: .absolute)
    }

    /// "15 May 1992", "17 مايو/أيار عام 1992", "الرابع من نيسان/ أبريل 2023", "15 мая 1992 года", "10 يونيو الجاري".
    func dayMonth(at i: Int) -> TemporalMatch? {
        guard let (d, j0, clitic) = dayNumberOrOrdinal(at: i) else { return nil }
        var j = j0
        if match(j, { $0 == .of }) != nil { j += 1 }
        guard let (m, mm) = month(j) else { return dayOfRelativeMonth(day: d, at: j, clitic: clitic) }
        return finishDay(day: d, month: m, after: pairEnd(after: mm.end, month: m), clitic: clitic)
    }

    /// "الـ15 من الشهر الجاري", "العاشر من الشهر الماضي": a day of the month named relative to the reference.
    func dayOfRelativeMonth(day d: Int, at j: Int, clitic: Int) -> TemporalMatch? {
        guard language == .arabic, j > 0, match(j - 1, { $0 == .of }) != nil, let (u, um) = unit(j), u == .month,
              let (delta, mm) = modifier(um.end), mm.word != .this else { return nil }
        let month = ref.month(shiftedBy: delta)
        guard let m = month?.month, CivilCalendar.isValid(year: month?.year, month: m, day: d) else {
            return TemporalMatch(end: mm.end, date: nil, kind: .relative, clitic: clitic)
        }
        return TemporalMatch(end: mm.end, date: FuzzyDate(year: month?.year, month: m, day: d), kind: .relative, clitic: clitic)
    }

    /// "May 15, 1992", "Feb 23", "October 28 of this year".
    func monthDay(at i: Int) -> TemporalMatch? {
        guard language != .arabic && language != .russian, let (m, mm) = month(i) else { return nil }
        var j = mm.end
        if isPunct(j, ".") && isAdjacent(j) { j += 1 }
        guard let d = dayOfMonth(j) else { return nil }
        j += 1
        if let s = match(j, { $0 == .ordinalSuffix }), isAdjacent(j) { j = s.end }
        return finishDay(day: d, month: m, after: j, clitic: mm.clitic)
    }

    func dayNumberOrOrdinal(at i: Int) -> (Int, Int, Int)? {
        if let d = dayOfMonth(i) {
            if let s = match(i + 1, { $0 == .ordinalSuffix }), isAdjacent(i + 1) { return (d, s.end, 0) }
            return (d, i + 1, 0)
        }
        guard i < count else { return nil }
        for m in lex[i] { if case .ordinal(let v) = m.word { return (v, m.end, m.clitic) } }
        return nil
    }

    /// The day and month are known; the year comes after them, from the reference, or stays unknown.
    func finishDay(day d: Int, month m: Int, after j: Int, clitic: Int) -> TemporalMatch? {
        if let (spec, end) = yearTail(at: j) {
            switch spec {
            case .explicit(let y):
                guard CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
                return TemporalMatch(end: end, date: FuzzyDate(year: y, month: m, day: d), kind: .absolute, clitic: clitic)
            case .relative(let delta):
                guard CivilCalendar.isValid(year: nil, month: m, day: d) else { return nil }
                return TemporalMatch(end: end, date: FuzzyDate(year: ref.year.map { $0 + delta }, month: m, day: d), kind: .relative, clitic: clitic)
            case .hijri: return nil
            }
        }
        guard CivilCalendar.isValid(year: nil, month: m, day: d) else { return nil }
        if language == .arabic, let (delta, mm) = modifier(j), mm.word != .this {
            // "19 مايو المقبل" on 10 May is nine days ahead, "5 مايو الماضي" on 10 May five days back
            let y = delta == 0 ? ref.year : delta > 0 ? ref.yearAhead(ofMonth: m, day: d) : ref.year(ofMonth: m, day: d)
            return TemporalMatch(end: mm.end, date: FuzzyDate(year: y, month: m, day: d), kind: .relative, clitic: clitic)
        }
        let y = speaksOfFuture(before: j) ? ref.yearAhead(ofMonth: m, day: d) : ref.year(ofMonth: m, day: d)
        return TemporalMatch(end: j, date: FuzzyDate(year: y, month: m, day: d), kind: .relative, clitic: clitic)
    }

    /// The end of "مايو/ أيار", "أيار / مايو", "May (Mai)": two names of the same month are one expression.
    func pairEnd(after j: Int, month m: Int) -> Int {
        if isPunct(j, "/\\"), let (m2, mm) = month(j + 1), m2 == m { return mm.end }
        if isPunct(j, "("), let (m2, mm) = month(j + 1), m2 == m, isPunct(mm.end, ")") { return mm.end + 1 }
        return j
    }

    /// The year after a month: ", 1992", "عام 1992", "1992 года", "1445 هـ", "من العام الماضي",
    /// "of this year", "прошлого года", "сего года".
    func yearTail(at j0: Int) -> (YearSpecifier, Int)? {
        var j = skipComma(j0)
        if match(j, { $0 == .of }) != nil && year(j + 1) != nil { j += 1 }
        if language != .russian, let w = match(j, { $0 == .yearWord }) {
            if match(w.end, { $0 == .of }) != nil && language == .arabic { j = w.end + 1 } else { j = w.end }
        }
        if let y = year(j) {
            if let e = match(j + 1, { $0 == .hijriEra }) { return (.hijri(y), e.end) }
            return (.explicit(y), yearSuffix(j + 1))
        }
        j = j0
        if match(j, { $0 == .of }) != nil { j += 1 }
        if let w = match(j, isYearNoun), let (delta, mm) = modifier(w.end), mm.word != .this { return (.relative(delta), mm.end) }
        if let (delta, mm) = modifier(j), let w = match(mm.end, isYearNoun) { return (.relative(delta), w.end) }
        return nil
    }

    static let russianOrdinalEndings: Set<UInt64> = Set(["м", "го", "й", "му"].map { TimeLexicon.hash($0.unicodeScalars) })

    func isYearNoun(_ w: TimeWord) -> Bool { w == .yearWord || w == .unit(.year) }

    /// Past "م" after an Arabic year and "года", "г." after a Russian one.
    func yearSuffix(_ j0: Int) -> Int {
        var j = j0
        // "2022-м году", "2022-го года"
        if language == .russian && isPunct(j, "-") && isAdjacent(j) && isAdjacent(j + 1) && j + 1 < count
            && Self.russianOrdinalEndings.contains(t.hash(of: t.tokens[j + 1])) { j += 2 }
        if let e = match(j, { $0 == .gregorianEra }) { return e.end }
        if language == .russian, let w = match(j, { $0 == .yearWord }) {
            // the dot of "г." belongs to it; the one after "года" ends the sentence
            let abbreviated = t.tokens[j].foldedEnd - t.tokens[j].foldedStart == 1
            return abbreviated && isPunct(w.end, ".") && isAdjacent(w.end) ? w.end + 1 : w.end
        }
        return j
    }

    /// "26 شعبان 1445هـ", "الأول من رمضان 1444".
    func hijriDate(at i: Int) -> TemporalMatch? {
        guard let (d, j0, clitic) = dayNumberOrOrdinal(at: i) else { return nil }
        var j = j0
        if match(j, { $0 == .of }) != nil { j += 1 }
        guard let (hm, h) = hijriMonth(j) else { return nil }
        guard let y = plainNumber(h.end), (1300...1600).contains(y) else { return hijriDateInReferenceYear(day: d, month: hm, end: h.end, clitic: clitic) }
        var end = h.end + 1
        if let e = match(end, { $0 == .hijriEra }) { end = e.end }
        guard let date = CivilCalendar.gregorian(hijriYear: y, month: hm, day: d) else { return nil }
        return TemporalMatch(end: end, date: date, kind: .absolute, clitic: clitic)
    }

    /// "26 شعبان" without a year: the one in the Hijri year of the reference, or the year before when that
    /// one is more than a month ahead of it.
    func hijriDateInReferenceYear(day: Int, month: Int, end: Int, clitic: Int) -> TemporalMatch? {
        guard (1...30).contains(day) else { return nil }
        guard let n = ref.dayNumber, let hy = CivilCalendar.hijriYear(containing: n) else {
            return TemporalMatch(end: end, date: nil, kind: .relative, clitic: clitic)
        }
        for y in [hy, hy - 1] {
            guard let date = CivilCalendar.gregorian(hijriYear: y, month: month, day: day), let dy = date.year,
                  let dm = date.month, let dd = date.day else { continue }
            if CivilCalendar.dayNumber(year: dy, month: dm, day: dd) - n <= 31 {
                return TemporalMatch(end: end, date: date, kind: .relative, clitic: clitic)
            }
        }
        return nil
    }

    /// "رمضان 1444 هـ": the Gregorian month in which the Hijri month is half over.
    func hijriMonthYear(at i: Int) -> TemporalMatch? {
        guard let (hm, h) = hijriMonth(i), let y = plainNumber(h.end), (1300...1600).contains(y) else { return nil }
        var end = h.end + 1
        if let e = match(end, { $0 == .hijriEra }) { end = e.end }
        guard let mid = CivilCalendar.gregorian(hijriYear: y, month: hm, day: 15) else { return nil }
        return TemporalMatch(end: end, date: FuzzyDate(year: mid.year, month: mid.month), kind: .absolute, clitic: h.clitic)
    }

    func hijriMonth(_ i: Int) -> (Int, TimeLexiconMatch)? {
        guard i >= 0 && i < count else { return nil }
        for m in lex[i] { if case .hijriMonth(let v) = m.word { return (v, m) } }
        return nil
    }

    /// "في مايو 1992", "September 2022", "в январе", "سبتمبر/ أيلول الماضي", "в сентябре прошлого года".
    func monthExpression(at i: Int, afterContext: Bool) -> TemporalMatch? {
        guard let (m, mm) = month(i) else { return nil }
        let j = pairEnd(after: mm.end, month: m)
        if let (spec, end) = yearTail(at: j) {
            switch spec {
            case .explicit(let y): return TemporalMatch(end: end, date: FuzzyDate(year: y, month: m), kind: .absolute, clitic: mm.clitic)
            case .relative(let delta):
                return TemporalMatch(end: end, date: ref.year.map { FuzzyDate(year: $0 + delta, month: m) }, kind: .relative, clitic: mm.clitic)
            case .hijri: return nil
            }
        }
        guard month(i, standalone: true) != nil else { return nil }
        if language == .arabic, let (delta, modifierMatch) = modifier(j), modifierMatch.word != .this {
            let y = delta == 0 ? ref.year : ref.year(ofMonth: m, direction: delta)
            return TemporalMatch(end: modifierMatch.end, date: FuzzyDate(year: y, month: m), kind: .relative, clitic: mm.clitic)
        }
        guard j != mm.end || afterContext || hasContext(before: i) else { return nil }
        let y = speaksOfFuture(before: i) ? ref.yearAhead(ofMonth: m) : ref.year(ofMonth: m, direction: 0)
        // "in early February" with no year known: the month of an unknown year (XXXX-02), as a day is
        return TemporalMatch(end: j, date: FuzzyDate(year: y, month: m), kind: .relative, clitic: mm.clitic)
    }

    /// "in 2012", "عام 2002" (via yearWordYear), "в 1999 году", "1444 هـ", "عامي 2002 و2003".
    func yearAlone(at i: Int, afterContext: Bool) -> TemporalMatch? {
        guard let y = year(i) else { return nil }
        if let e = match(i + 1, { $0 == .hijriEra }) { return hijriYear(y, end: e.end, clitic: 0) }
        let end = yearSuffix(i + 1)
        let chained = i >= 1 && lastEnd == i - 1 && (match(i - 1, { $0 == .and }) != nil || isPunct(i - 1, "-–—،,"))
        // English "the 2020 war": a year used as an adjective.
        let adjective = language == .english && i >= 1 && t.tokens[i - 1].kind == .word && t.hash(of: t.tokens[i - 1]) == Self.theHash
        guard afterContext || end != i + 1 || hasContext(before: i) || chained || adjective else { return nil }
        return TemporalMatch(end: end, date: FuzzyDate(year: y), kind: .absolute)
    }

    /// "عام 2002", "العام 2002", "سنة 1444 هـ", "the year 2022".
    func yearWordYear(at i: Int) -> TemporalMatch? {
        guard language != .russian, let w = match(i, { $0 == .yearWord }), let y = year(w.end) else { return nil }
        if let e = match(w.end + 1, { $0 == .hijriEra }) { return hijriYear(y, end: e.end, clitic: w.clitic) }
        return TemporalMatch(end: yearSuffix(w.end + 1), date: FuzzyDate(year: y), kind: .absolute, clitic: w.clitic)
    }

    func hijriYear(_ y: Int, end: Int, clitic: Int) -> TemporalMatch? {
        guard (1...1600).contains(y), let mid = CivilCalendar.gregorian(hijriYear: y, month: 6, day: 15) else { return nil }
        return TemporalMatch(end: end, date: FuzzyDate(year: mid.year), kind: .absolute, clitic: clitic)
    }
}
