import KBModel

// Rules for expressions resolved against the reference date.
extension TemporalParser {
    /// "آنذاك", "at the time", "тогда"; a bare English "then" only where it is not "since then", "and then".
    func anaphoric(at i: Int) -> TemporalMatch? {
        guard let a = match(i, { $0 == .anaphoric }) else { return nil }
        if language != .arabic && a.end == i + 1 {
            if i == 0 { return language == .russian ? TemporalMatch(end: a.end, date: nil, kind: .anaphoric) : nil }
            if t.tokens[i - 1].kind == .word && Self.sequentialBeforeThen.contains(t.hash(of: t.tokens[i - 1])) { return nil }
        }
        return TemporalMatch(end: a.end, date: nil, kind: .anaphoric, clitic: a.clitic)
    }

    private static let sequentialBeforeThen: Set<UInt64> = Set(["since", "until", "till", "by", "from", "and", "but", "only", "just", "even", "и", "а", "с", "до"].map { TimeLexicon.hash($0.unicodeScalars) })
    static let theHash = TimeLexicon.hash("the".unicodeScalars)

    /// "в ночь на вторник": the night before that Tuesday, dated to the Tuesday (the news event falls after midnight).
    func nightOf(at i: Int) -> TemporalMatch? {
        guard let n = match(i, { $0 == .night }), match(n.end, { $0 == .preposition }) != nil else { return nil }
        let j = n.end + 1
        guard var m = weekdayExpression(at: j) ?? dayMonth(at: j) ?? relativeDay(at: j) else { return nil }
        m.clitic = n.clitic
        return m
    }

    /// "يوم أمس الخميس", "يوم 15 مايو", "مساء أمس", "صباح اليوم".
    func dayLead(at i: Int) -> TemporalMatch? {
        guard let lead = match(i, { $0 == .dayWord || $0 == .dayPart }) else { return nil }
        let j = lead.end
        guard var m = relativeDay(at: j) ?? weekdayExpression(at: j) ?? numericDate(at: j) ?? dayMonth(at: j) else { return nil }
        m.clitic = lead.clitic
        return m
    }

    /// "today", "أمس", "أول من أمس", "вчера"; a weekday just after it is part of it ("اليوم الأحد", "أمس الخميس").
    func relativeDay(at i: Int) -> TemporalMatch? {
        guard let dm = match(i, { if case .dayOffset = $0 { return true } else { return false } }),
              case .dayOffset(let n) = dm.word else { return nil }
        var end = dm.end
        // "اليوم 5 يوليو", "today, July 5": the date the text gives wins, also without a reference
        if var m = numericDate(at: skipComma(end)) ?? dayMonth(at: skipComma(end)) ?? monthDay(at: skipComma(end)) {
            m.clitic = dm.clitic
            return m
        }
        if let (_, wm) = weekday(end) {
            end = wm.end
        } else if language == .arabic && n == 0 && dm.end == i + 1 && startsWithArticle(dm.end) {
            return nil   // "اليوم التالي", "اليوم العالمي": a day, not today
        }
        return TemporalMatch(end: end, date: ref.shifted(days: n), kind: .relative, clitic: dm.clitic)
    }

    private func startsWithArticle(_ i: Int) -> Bool {
        guard i < count, t.tokens[i].kind == .word, t.tokens[i].foldedEnd - t.tokens[i].foldedStart > 2 else { return false }
        let s = Int(t.tokens[i].foldedStart)
        return t.folded[s] == "\u{0627}" && t.folded[s + 1] == "\u{0644}"
    }

    /// "الخميس ٢٠ ديسمبر ٢٠١٢" (the date wins), "الأربعاء الماضي", "الخميس المقبل", "on Thursday", "в среду".
    /// A bare weekday is the nearest one on or before the reference: a wire dated Thursday that says
    /// "on Thursday" means that day.
    func weekdayExpression(at i: Int) -> TemporalMatch? {
        guard let (w, wm) = weekday(i) else { return nil }
        if language == .english && !t.tokens[i].capitalized { return nil }
        let j = skipComma(wm.end)
        if var m = numericDate(at: j) ?? dayMonth(at: j) ?? monthDay(at: j) {
            m.clitic = wm.clitic
            return m
        }
        if let (delta, mm) = modifier(wm.end), mm.word != .this, language == .arabic {
            let date = delta == 0 ? ref.weekday(w, direction: -1, sameDayCounts: true) : ref.weekday(w, direction: delta, sameDayCounts: false)
            return TemporalMatch(end: mm.end, date: date, kind: .relative, clitic: wm.clitic)
        }
        if language == .russian && !hasContext(before: i) { return nil }
        let direction = speaksOfFuture(before: i) ? 1 : -1
        return TemporalMatch(end: wm.end, date: ref.weekday(w, direction: direction, sameDayCounts: true), kind: .relative, clitic: wm.clitic)
    }

    /// A future cue ("will", "سوف", "من المقرر", "будет") among the ten tokens before `i` or the three after it: a bare weekday or
    /// month then points ahead of the reference rather than back.
    func speaksOfFuture(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 10 {
            if match(k, { $0 == .future }) != nil { return true }
            k -= 1
        }
        // ... or just after it, as Russian puts the verb after the time ("в четверг утвердит")
        var after = i + 1
        while after < min(i + 4, t.tokens.count) {
            if match(after, { $0 == .future }) != nil { return true }
            after += 1
        }
        return false
    }

    /// "last Wednesday", "next January", "this year", "هذا العام", "в прошлом году", "на этой неделе", "прошлую среду".
    func modifierLead(at i: Int) -> TemporalMatch? {
        guard let (delta, mm) = modifier(i) else { return nil }
        if language == .english && i > 0 && t.tokens[i - 1].kind == .word && t.hash(of: t.tokens[i - 1]) == Self.theHash { return nil }
        let j = mm.end
        if let (w, wm) = weekday(j) {
            if language == .english && !t.tokens[j].capitalized { return nil }
            let date = delta == 0 ? ref.weekday(w, direction: -1, sameDayCounts: true) : ref.weekday(w, direction: delta, sameDayCounts: false)
            return TemporalMatch(end: wm.end, date: date, kind: .relative, clitic: mm.clitic)
        }
        if let (m, monthMatch) = month(j, standalone: true) {
            let end = pairEnd(after: monthMatch.end, month: m)
            let y = delta == 0 ? ref.year : ref.year(ofMonth: m, direction: delta)
            return TemporalMatch(end: end, date: y.map { FuzzyDate(year: $0, month: m) }, kind: .relative, clitic: mm.clitic)
        }
        if let (u, um) = unit(j) { return unitRelative(u, delta, end: um.end, clitic: mm.clitic) }
        return nil
    }

    /// "الشهر الماضي", "العام الجاري", "السنة الماضية", "الأسبوع المقبل".
    func unitModifier(at i: Int) -> TemporalMatch? {
        guard language == .arabic, let (u, um) = unit(i), let (delta, mm) = modifier(um.end), mm.word != .this else { return nil }
        return unitRelative(u, delta, end: mm.end, clitic: um.clitic)
    }

    /// A week is given at month precision (the month of the day a week away), a month and a year at theirs.
    func unitRelative(_ u: TimeUnit, _ delta: Int, end: Int, clitic: Int) -> TemporalMatch? {
        let date: FuzzyDate?
        switch u {
        case .day: return nil
        case .week: date = ref.month(ofDayShiftedBy: 7 * delta)
        case .month: date = ref.month(shiftedBy: delta)
        case .year: date = ref.year(shiftedBy: delta)
        }
        return TemporalMatch(end: end, date: date, kind: .relative, clitic: clitic)
    }

    /// "two days ago", "3 недели назад", "قبل يومين", "منذ ثلاثة أيام" (منذ only with days and weeks:
    /// "منذ عامين" is as often "for two years").
    func ago(at i: Int) -> TemporalMatch? {
        if language == .arabic {
            guard let lead = match(i, { $0 == .agoBefore || $0 == .since }) else { return nil }
            var j = lead.end
            if let a = match(j, { $0 == .about }) { j = a.end }
            guard let (n, u, end) = duration(at: j) else { return nil }
            if lead.word == .since && u != .day && u != .week { return nil }
            if match(end, { $0 == .of }) != nil || year(end) != nil { return nil }   // "قبل يومين من القمة", "قبل عام 2000"
            return agoMatch(n, u, end: end, clitic: lead.clitic)
        }
        var j = i
        if let a = match(j, { $0 == .about }) { j = a.end }
        guard let (n, u, end) = duration(at: j), let back = match(end, { $0 == .ago }) else { return nil }
        return agoMatch(n, u, end: back.end, clitic: 0)
    }

    /// "the following year", "five years later", "بعد خمس سنوات", "في العام نفسه", "спустя десятилетие": a
    /// narrative's chronology, counted in years from the last year the text stated (the caller resolves it).
    /// Only years count: "two days later" is left alone rather than guessed.
    func chronology(at i: Int) -> TemporalMatch? {
        if let s = match(i, { if case .sequel = $0 { return true } else { return false } }), case .sequel(let n) = s.word {
            return TemporalMatch(end: s.end, date: nil, kind: .chronological(n), clitic: s.clitic)
        }
        if let lead = match(i, { $0 == .laterBefore }) {
            var j = lead.end
            if let a = match(j, { $0 == .about }) { j = a.end }
            // "بعد عامين من انسحابها": counted from another happening, not from the last year stated
            guard let (n, u, end) = duration(at: j), u == .year, match(end, { $0 == .of }) == nil, year(end) == nil else { return nil }
            return TemporalMatch(end: end, date: nil, kind: .chronological(n), clitic: lead.clitic)
        }
        var j = i
        if let a = match(j, { $0 == .about }) { j = a.end }
        guard let (n, u, end) = duration(at: j) else { return nil }
        if u == .year, let l = match(end, { $0 == .later }) { return TemporalMatch(end: l.end, date: nil, kind: .chronological(n)) }
        // "in May 2022, three months after Russia started the war": the war is three months before May
        if u == .year || u == .month, let af = match(end, { $0 == .afterOf }), af.end < count, t.tokens[af.end].kind == .word {
            return TemporalMatch(end: af.end, date: nil, kind: .countedBack(months: u == .year ? 12 * n : n))
        }
        return nil
    }

    private func duration(at j: Int) -> (Int, TimeUnit, Int)? {
        guard j < count else { return nil }
        for m in lex[j] {
            if case .unitDual(let u) = m.word { return (2, u, m.end) }
            if case .unit(let u) = m.word { return (1, u, m.end) }
        }
        var n: Int? = nil, k = j + 1
        if let v = plainNumber(j), t.tokens[j].digits <= 3 { n = v } else {
            for m in lex[j] { if case .number(let v) = m.word { n = v; k = m.end; break } }
        }
        guard let count = n, k < self.count else { return nil }
        for m in lex[k] {
            if case .unitPlural(let u) = m.word { return (count, u, m.end) }
            if case .unit(let u) = m.word { return (count, u, m.end) }
        }
        return nil
    }

    private func agoMatch(_ n: Int, _ u: TimeUnit, end: Int, clitic: Int) -> TemporalMatch {
        let date: FuzzyDate?
        switch u {
        case .day: date = ref.shifted(days: -n)
        case .week: date = ref.month(ofDayShiftedBy: -7 * n)
        case .month: date = ref.month(shiftedBy: -n)
        case .year: date = ref.year(shiftedBy: -n)
        }
        return TemporalMatch(end: end, date: date, kind: .relative, clitic: clitic)
    }
}
