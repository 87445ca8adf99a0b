import KBModel

/// What extraction saw in each sentence, for `alliance-kb extract --explain`: the clauses, the
/// entities, dates and cues found, each fact a rule produced, and why a membership candidate gave
/// none. Built only when asked for (`Extractor.explain`); plain extraction never fills one.
public struct ExtractionTrace: Sendable {
    public struct SentenceTrace: Sendable {
        public var index: Int
        public var text: String
        /// The sentence cut at its clause boundaries ("but", "في حين", "однако", ";").
        public var clauses: [String] = []
        /// "CSTO (alliance) 'the bloc' by reference", "ARM (state) 'Armenia'".
        public var entities: [String] = []
        /// "'in 1999' = 1999".
        public var dates: [String] = []
        /// "membership 'members of'", "negation 'not'".
        public var cues: [String] = []
        /// Each fact the rules produced here, with its rule, before the article-level resolution.
        public var facts: [String] = []
        /// Membership candidates that gave no claim, with the reason.
        public var dropped: [String] = []
        /// Set when the sentence was skipped as page furniture ("Read more").
        public var skipped: String?
    }

    public var sentences: [SentenceTrace] = []

    /// One line per item, the sentence first: what `extract --explain` prints.
    public var lines: [String] {
        var out: [String] = []
        for s in sentences {
            out.append("s\(s.index): \(s.text)")
            if let skipped = s.skipped { out.append("    skipped: \(skipped)"); continue }
            if s.clauses.count > 1 { for (i, c) in s.clauses.enumerated() { out.append("    clause \(i + 1): \(c)") } }
            for e in s.entities { out.append("    entity   \(e)") }
            for d in s.dates { out.append("    date     \(d)") }
            for c in s.cues { out.append("    cue      \(c)") }
            for f in s.facts { out.append("    fact     \(f)") }
            for d in s.dropped { out.append("    dropped  \(d)") }
        }
        return out
    }
}

extension ExtractionTrace.SentenceTrace {
    init(_ a: SentenceAnalysis) {
        index = a.sentence.index
        text = a.sentence.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        // clauses: cut at barrier cues and semicolons
        var cuts: [Range<Int>] = a.cues.compactMap { if case .barrier = $0.kind { return $0.range } else { return nil } }
        for (i, t) in a.tokens.enumerated() where t.kind == .punctuation && (t.norm == ";" || t.norm == "\u{061B}") { cuts.append(i..<(i + 1)) }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        var start = 0
        for c in cuts + [a.tokens.count..<a.tokens.count] where c.lowerBound >= start {
            let piece = a.text(start..<c.lowerBound)
            if !piece.isEmpty { clauses.append(piece) }
            start = max(start, c.lowerBound)
        }
        for s in a.slots {
            entities.append("\(s.entity.code) (\(s.entity.kind.rawValue)) '\(a.text(s.range))'\(s.isReference ? " by reference" : "")")
        }
        for t in a.times {
            let where_ = t.range.lowerBound < a.datelineEnd ? " (dateline)" : ""
            dates.append("'\(t.text)' = \(t.date?.iso ?? "unresolved")\(t.anaphoric ? " (refers to the last date)" : "")\(where_)")
        }
        for c in a.cues { cues.append("\(Self.name(c.kind)) '\(a.text(c.range))'") }
    }

    static func name(_ k: CueKind) -> String {
        switch k {
        case .membership(let status, let d, let change, _, _, _, _, _):
            let side = d == .before ? " states before" : d == .after ? " states after" : ""
            return "membership \(status.rawValue)\(change ? " change" : "")\(side)"
        case .event(let t): return "event \(t.rawValue)"
        case .conflict(let c): return "conflict \(c.rawValue)"
        case .allianceReference: return "alliance-ref"
        case .title(let r): return "title \(r)"
        case .barrier(let m): return m ? "clause boundary (memberships)" : "clause boundary"
        default: return "\(k)".split(separator: "(").first.map(String.init) ?? "\(k)"
        }
    }
}
