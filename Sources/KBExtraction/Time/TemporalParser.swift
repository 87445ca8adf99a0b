import KBModel

/// One expression the rules recognised: the token just past it, its date and kind, and the proclitic
/// letters to skip at its first token.
struct TemporalMatch {
    var end: Int
    var date: FuzzyDate?
    var kind: TemporalExpression.Kind
    var clitic: Int = 0
}

/// The year an expression gives after its month: written out, relative to the reference, or Hijri.
enum YearSpecifier {
    case explicit(Int), relative(Int), hijri(Int)
}

/// Runs the temporal rules over one tokenised sentence. Built per call; holds no state between sentences.
struct TemporalParser {
    let t: TimeTokenization
    let lexicon: TimeLexicon
    let language: Language
    let ref: TimeReference
    /// Lexicon matches per token, longest first.
    let lex: [[TimeLexiconMatch]]
    var count: Int { t.tokens.count }
    /// Token index just past the last expression found, for "عامي 2002 و2003" and "between 2010 and 2012".
    var lastEnd = -1

    init(_ t: TimeTokenization, lexicon: TimeLexicon, language: Language, reference: FuzzyDate?) {
        self.t = t
        self.lexicon = lexicon
        self.language = language
        self.ref = TimeReference(reference)
        var lex: [[TimeLexiconMatch]] = []
        lex.reserveCapacity(t.tokens.count)
        for i in t.tokens.indices { lex.append(lexicon.matches(at: i, in: t)) }
        self.lex = lex
    }

    /// Every expression, left to right, as (first token, match).
    mutating func run() -> [(Int, TemporalMatch)] {
        var found: [(Int, TemporalMatch)] = []
        var i = 0
        while i < count {
            if let blocked = lex[i].first, blocked.word == .blocked {
                i = blocked.end
                continue
            }
            if let m = expression(at: i) {
                found.append((i, m))
                lastEnd = m.end
                i = max(m.end, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: Token tests

    func match(_ i: Int, _ test: (TimeWord) -> Bool) -> TimeLexiconMatch? {
        guard i >= 0 && i < count else { return nil }
        return lex[i].first { test($0.word) }
    }

    func isPunct(_ i: Int, _ chars: String) -> Bool {
        guard i >= 0 && i < count, t.tokens[i].kind == .punct, let s = Unicode.Scalar(UInt32(t.tokens[i].value)) else { return false }
        return chars.unicodeScalars.contains(s)
    }

    /// Token `i` is glued to the one before it (no whitespace).
    func isAdjacent(_ i: Int) -> Bool { i > 0 && i < count && !t.tokens[i].spaced }

    /// A number standing on its own: not part of "14:39", "1,000", "50%", "$20", "G20", "COVID-19", "2020s".
    func plainNumber(_ i: Int) -> Int? {
        guard i >= 0 && i < count, t.tokens[i].kind == .number, t.tokens[i].digits <= 9 else { return nil }
        if isAdjacent(i) {
            let before = t.tokens[i - 1]
            switch before.kind {
            case .number: return nil
            case .word: if !arabicProclitic(i - 1) { return nil }
            case .punct:
                if isPunct(i - 1, ":$€£#№") { return nil }
                if isPunct(i - 1, ".,/-") && isAdjacent(i - 1) {
                    let further = t.tokens[i - 2]
                    // "2022-2023" is a range of years; "1.5" and "10/05" are not years.
                    if further.kind == .number && !(isPunct(i - 1, "-") && further.digits == 4 && t.tokens[i].digits == 4) { return nil }
                    if further.kind == .word && isPunct(i - 1, "-") && match(i - 2, { $0 == .part }) == nil { return nil }
                }
            }
        }
        if i + 1 < count && isAdjacent(i + 1) {
            let after = t.tokens[i + 1]
            switch after.kind {
            case .punct:
                if isPunct(i + 1, "%:٪") { return nil }
                // "1,000", "3.5" and "1990-х" are not dates.
                if isPunct(i + 1, ".,/-") && i + 2 < count && isAdjacent(i + 2) {
                    let next = t.tokens[i + 2]
                    let yearRange = isPunct(i + 1, "-") && next.kind == .number && next.digits == 4 && t.tokens[i].digits == 4
                    let ordinal = language == .russian && next.kind == .word && Self.russianOrdinalEndings.contains(t.hash(of: next))
                    if (next.kind == .number && !yearRange) || (isPunct(i + 1, "-") && next.kind == .word && !ordinal) { return nil }
                }
            case .word:
                let glued = lex[i + 1].contains {
                    switch $0.word {
                    case .hijriEra, .gregorianEra, .yearWord, .ordinalSuffix, .month: return true
                    default: return false
                    }
                }
                if !glued { return nil }
            case .number: return nil
            }
        }
        return t.tokens[i].value
    }

    /// An Arabic conjunction, preposition or article glued to a number ("و2003", "ب2002", "الـ15").
    func arabicProclitic(_ i: Int) -> Bool {
        lexicon.stripsArabicClitics && t.tokens[i].foldedEnd - t.tokens[i].foldedStart <= 3
            && Self.numberProclitics.contains(t.hash(of: t.tokens[i]))
    }

    private static let numberProclitics: Set<UInt64> = Set(["و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "فال", "لل", "في"]
        .map { TimeLexicon.hash($0.unicodeScalars) })

    func year(_ i: Int) -> Int? {
        guard let v = plainNumber(i), t.tokens[i].digits == 4, (1000...2100).contains(v) else { return nil }
        return v
    }

    func dayOfMonth(_ i: Int) -> Int? {
        guard let v = plainNumber(i), t.tokens[i].digits <= 2, (1...31).contains(v) else { return nil }
        return v
    }

    func month(_ i: Int, standalone: Bool = false) -> (Int, TimeLexiconMatch)? {
        guard i >= 0 && i < count else { return nil }
        for m in lex[i] {
            switch m.word {
            case .month(let v):
                if language == .english && !t.tokens[i].capitalized { continue }
                return (v, m)
            case .monthShort(let v) where !standalone:
                if language == .english && !t.tokens[i].capitalized { continue }
                return (v, m)
            default: continue
            }
        }
        return nil
    }

    func weekday(_ i: Int) -> (Int, TimeLexiconMatch)? {
        guard i >= 0 && i < count else { return nil }
        for m in lex[i] { if case .weekday(let v) = m.word { return (v, m) } }
        return nil
    }

    func modifier(_ i: Int) -> (Int, TimeLexiconMatch)? {
        guard let m = match(i, { $0 == .past || $0 == .next || $0 == .current || $0 == .this }) else { return nil }
        return (m.word == .past ? -1 : m.word == .next ? 1 : 0, m)
    }

    func unit(_ i: Int) -> (TimeUnit, TimeLexiconMatch)? {
        guard i >= 0 && i < count else { return nil }
        for m in lex[i] { if case .unit(let u) = m.word { return (u, m) } }
        return nil
    }

    /// The token just before `i` sets a date context: a preposition, "since", a part word or "of".
    func hasContext(before i: Int) -> Bool {
        match(i - 1, { $0 == .preposition || $0 == .since || $0 == .part || $0 == .of || $0 == .agoBefore }) != nil
    }

    /// Skips one of ",", "،" at `i`.
    func skipComma(_ i: Int) -> Int { isPunct(i, ",،") ? i + 1 : i }
}
