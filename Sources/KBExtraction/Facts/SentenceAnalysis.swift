import KBModel

/// A date expression placed on the tokens of its sentence.
struct TimeMention: Sendable {
    var range: Range<Int>
    var date: FuzzyDate?
    var text: String
    var anaphoric: Bool
}

/// An entity as the fact rules see it: a recognised name, or a noun standing for one
/// ("المنظمة" for the alliance last named, "البلدين" for the two states last named).
struct EntitySlot: Sendable {
    var range: Range<Int>
    var entity: EntityRef
    var role: AliasRole
    /// Found through coreference rather than named.
    var isReference: Bool
}

/// One sentence with everything the fact rules need: tokens, entities, cues and dates, and the
/// distance between two tokens counted in words that are not names, conjunctions or punctuation.
struct SentenceAnalysis {
    let sentence: Sentence
    let tokens: [Token]
    var slots: [EntitySlot]
    let cues: [CueMatch]
    let times: [TimeMention]
    /// prefix[i] = number of content words before token i.
    private let prefix: [Int]
    /// Tokens before this index belong to the dateline ("YEREVAN, Feb 23 -").
    let datelineEnd: Int

    init(sentence: Sentence, tokens: [Token], slots: [EntitySlot], cues: [CueMatch], times: [TimeMention], datelineEnd: Int) {
        self.sentence = sentence
        self.tokens = tokens
        self.slots = slots
        self.cues = cues
        self.times = times
        self.datelineEnd = datelineEnd
        var weight = [Int](repeating: 1, count: tokens.count)
        for i in tokens.indices where tokens[i].kind == .punctuation || Self.conjunctions.contains(tokens[i].norm) { weight[i] = 0 }
        for s in slots { for i in s.range where i < weight.count { weight[i] = 0 } }
        var p = [0]
        p.reserveCapacity(tokens.count + 1)
        for w in weight { p.append(p.last! + w) }
        prefix = p
    }

    static let conjunctions = ShortWordList(["و", "او", "and", "or", "&", "и", "или", "а также"])

    /// Content words strictly between two token ranges.
    func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return prefix[b.lowerBound] - prefix[a.upperBound] }
        if b.upperBound <= a.lowerBound { return prefix[a.lowerBound] - prefix[b.upperBound] }
        return 0
    }

    /// True when a barrier cue ("but", "في حين") stands between the two ranges; for event actors
    /// (`forEvents`) only the strong ones count.
    func barrierBetween(_ a: Range<Int>, _ b: Range<Int>, forEvents: Bool = false) -> Bool {
        let lo = min(a.upperBound, b.upperBound), hi = max(a.lowerBound, b.lowerBound)
        guard lo < hi else { return false }
        // a semicolon ends a clause as "but" does
        if tokens[lo..<hi].contains(where: { $0.kind == .punctuation && ($0.norm == ";" || $0.norm == "\u{061B}") }) { return true }
        return cues.contains {
            guard case .barrier(let membershipOnly) = $0.kind, !(forEvents && membershipOnly) else { return false }
            return $0.range.lowerBound >= lo && $0.range.upperBound <= hi
        }
    }

    /// The original text of a token range.
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        let s = tokens[r.lowerBound].start - sentence.start, e = tokens[r.upperBound - 1].end - sentence.start
        let scalars = sentence.text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: s), b = scalars.index(a, offsetBy: e - s)
        return String(scalars[a..<b])
    }

    /// The date nearest to a range within `maxDistance` content words, skipping the dateline.
    func nearestTime(to r: Range<Int>, maxDistance: Int = 8) -> TimeMention? {
        var best: (Int, TimeMention)? = nil
        for t in times where t.range.lowerBound >= datelineEnd {
            // a date behind a comma before the trigger belongs to an aside ("X, a member since 1992, froze")
            let lo = min(t.range.upperBound, r.upperBound), hi = max(t.range.lowerBound, r.lowerBound)
            let aside = t.range.upperBound <= r.lowerBound && lo < hi && tokens[lo..<hi].contains { $0.norm == "," || $0.norm == "\u{060C}" }
            // and a date across "but" belongs to the other clause
            let d = distance(r, t.range) + (aside ? 5 : 0) + (barrierBetween(t.range, r, forEvents: true) ? 5 : 0)
            if d <= maxDistance, best == nil || d < best!.0 { best = (d, t) }
        }
        return best?.1
    }

    /// Words that join the items of a coordinated list ("Russia, Belarus (since 1994) and Armenia",
    /// "روسيا ، أرمينيا، وطاجيكستان", "Россия, Белоруссия, а также Армения").
    static let listJoiners: Set<String> = [",", "\u{060C}", "(", ")", "[", "]", "/", "and", "&", "as", "well", "plus",
                                            "و", "او", "أو", "كذلك", "وكذلك", "и", "а", "также", "или"]

    /// The coordinated lists among `slots` (indices of runs of two or more, in order): consecutive
    /// slots with nothing but list joiners between them.
    func coordinatedLists(_ slots: [EntitySlot]) -> [[Int]] {
        var out: [[Int]] = [], run: [Int] = []
        for i in slots.indices {
            if let last = run.last {
                let lo = slots[last].range.upperBound, hi = slots[i].range.lowerBound
                let joined = lo <= hi && hi - lo <= 4 && tokens[lo..<hi].allSatisfy { Self.listJoiners.contains($0.norm) }
                if joined { run.append(i); continue }
                if run.count > 1 { out.append(run) }
            }
            run = [i]
        }
        if run.count > 1 { out.append(run) }
        return out
    }

    /// True when a colon stands between the two ranges ("members of the CSTO: Russia, ...").
    func colonBetween(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let lo = min(a.upperBound, b.upperBound), hi = max(a.lowerBound, b.lowerBound)
        return lo < hi && tokens[lo..<hi].contains { $0.kind == .punctuation && $0.norm == ":" }
    }

    func has(_ kind: CueKind) -> Bool { cues.contains { $0.kind == kind } }

    /// True when a cue of one of `kinds` ends before `target`, at most `reach` content words from it
    /// ("not" before "a member", "calling for" before "quit").
    /// (`kinds` is one or two kinds: a list, compared in place, where building a Set hashed each per call.)
    func hasCue(_ kinds: [CueKind], before target: Range<Int>, within reach: Int) -> Bool {
        cues.contains { $0.range.upperBound <= target.lowerBound && distance($0.range, target) <= reach && kinds.contains($0.kind) }
    }
}
