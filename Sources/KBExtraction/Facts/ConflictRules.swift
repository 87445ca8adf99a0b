import KBModel

/// Conflicts of one sentence: a conflict word ("النزاع الحدودي", "war", "конфликт") with the two
/// states nearest to it, or with the one state near it and the only other state of the sentence
/// ("Russia ... the war in Ukraine"); and every attack between two states.
enum ConflictRules {
    /// The distinct states within `reach` content words of `r`, nearest first.
    static func nearest(_ states: [EntitySlot], to r: Range<Int>, within reach: Int, in a: SentenceAnalysis) -> [EntityRef] {
        var near: [EntityRef] = []
        // at equal distance the two sides a pair noun names ("دعت فرنسا الطرفين إلى التهدئة") come first
        func key(_ s: EntitySlot) -> (Int, Int) { (a.distance(s.range, r), s.isReference ? 0 : 1) }
        for s in states.sorted(by: { key($0) < key($1) })
        where a.distance(s.range, r) <= reach && !near.contains(s.entity) { near.append(s.entity) }
        return near
    }

    /// Words that open a fragment continuing the sentence before ("... peace is impossible". "between
    /// Yerevan and Baku"), as pages cut a sentence at a quotation mark.
    static let betweenWords: Set<String> = ["between", "بين", "между"]

    static func apply(_ a: SentenceAnalysis, _ ctx: inout ArticleContext) -> [Conflict] {
        var out: [Conflict] = []
        let sentenceKind: ConflictKind? = a.cues.contains { $0.kind == .conflict(.border) || $0.kind == .borderWord } ? .border
            : a.cues.contains { $0.kind == .conflict(.territorial) } ? .territorial : nil
        // "Russian-led bloc", "Moscow-led": a state that describes an alliance is no party
        let states = a.slots.filter { s in
            s.entity.kind == .state && s.range.lowerBound >= a.datelineEnd
                && !(s.role != .name && a.cues.contains { $0.kind == .leadership && (0...1).contains($0.range.lowerBound - s.range.upperBound) })
        }
        let hasConflictWord = a.cues.contains { if case .conflict = $0.kind { return true } else { return false } }
        defer { ctx.lastSentenceHadConflictWord = hasConflictWord }
        if !hasConflictWord, ctx.lastSentenceHadConflictWord, let first = a.tokens.first, Self.betweenWords.contains(first.norm) {
            let named = MembershipRules.unique(states.map(\.entity))
            if named.count == 2 {
                out.append(Conflict(partyA: named[0], partyB: named[1], kind: sentenceKind ?? .dispute,
                                    provenance: .rule(ctx.language, "conflict-continued", first.norm, sentence: a.sentence.index, confidence: 0.6)))
            }
        }
        for c in a.cues {
            guard case .conflict(let kind) = c.kind else { continue }
            // the parties stand in the conflict word's clause: in "Finland and Sweden applied to join NATO
            // after the war in Ukraine began" neither Nordic state is at war
            let inClause = states.filter { !a.barrierBetween($0.range, c.range) }
            var near = nearest(inClause, to: c.range, within: 8, in: a)
            if near.count == 1 {
                let others = Set(inClause.map(\.entity)).subtracting(near)
                if others.count == 1 { near.append(others.first!) }
            }
            guard near.count >= 2 else { continue }
            let k = kind == .war ? .war : (sentenceKind ?? kind)
            out.append(Conflict(partyA: near[0], partyB: near[1], kind: k,
                                provenance: .rule(ctx.language, "conflict", c.text, sentence: a.sentence.index, confidence: 0.7)))
        }
        // an attack or a war between the two states closest to its trigger
        for c in a.cues where c.range.lowerBound >= a.datelineEnd {
            guard case .event(let type) = c.kind, type == .attack || type == .war else { continue }
            // the parties stand in the trigger's clause ("..., فيما دعت قطر الطرفين": Qatar is no party)
            let near = nearest(states.filter { !a.barrierBetween($0.range, c.range, forEvents: true) }, to: c.range, within: 6, in: a)
            guard near.count >= 2 else { continue }
            out.append(Conflict(partyA: near[0], partyB: near[1], kind: type == .war ? .war : (sentenceKind ?? .dispute),
                                provenance: .rule(ctx.language, "conflict-from-\(type.rawValue)", c.text, sentence: a.sentence.index, confidence: 0.7)))
        }
        // "Armenia and Azerbaijan are negotiating a peace treaty": peace is made between two sides of a
        // conflict; only when the sentence names just those two (a mediator would be a third)
        let named = MembershipRules.unique(states.map(\.entity))
        if named.count == 2, out.isEmpty {
            for c in a.cues where c.range.lowerBound >= a.datelineEnd {
                // "China offered to mediate": a go-between is no party
                guard case .event(.mediation) = c.kind, !a.cues.contains(where: { $0.kind == .mediator && $0.range.overlaps(c.range) }),
                      nearest(states, to: c.range, within: 8, in: a).count == 2 else { continue }
                out.append(Conflict(partyA: named[0], partyB: named[1], kind: sentenceKind ?? .dispute,
                                    provenance: .rule(ctx.language, "conflict-from-mediation", c.text, sentence: a.sentence.index, confidence: 0.6)))
                break
            }
        }
        return out
    }
}
