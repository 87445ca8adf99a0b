import KBModel

/// Membership claims of one sentence: each state takes the status of the nearest membership cue on
/// the side the cue expects it ("X عضو في", "تضم X", "X-led"), within its clause; a negation just
/// before the state or the cue makes a non-member, "no longer" a former member. Changes ("joined",
/// "انسحبت من", "froze its participation") are membership-change events as well.
enum MembershipRules {
    static let maxDistance = 8
    static let locativePrepositions: Set<String> = ["in", "at", "from", "في", "من", "ب", "в", "во", "из"]

    /// `drop`, when tracing, hears why a candidate gave no claim.
    static func apply(_ a: SentenceAnalysis, _ ctx: ArticleContext,
                      drop: ((String) -> Void)? = nil) -> (claims: [MembershipClaim], events: [Event]) {
        let cues = a.cues.filter {
            if case .membership = $0.kind { return $0.range.lowerBound >= a.datelineEnd }
            return $0.kind == .leadership
        }
        guard !cues.isEmpty else { return ([], []) }
        let allianceSlots = a.slots.filter { $0.entity.kind == .alliance }
        let strongPresent = cues.contains {
            if case .membership(_, _, _, let weak, _, _) = $0.kind { return !weak }
            return true
        }
        func alliance(for cue: CueMatch, weak: Bool) -> EntityRef? {
            if let s = allianceSlots.min(by: { a.distance($0.range, cue.range) < a.distance($1.range, cue.range) }) { return s.entity }
            return strongPresent ? ctx.contextAlliance : nil
        }

        /// A cue is read unless it is wished for ("calling for Armenia to quit") or, when it needs
        /// one, its alliance does not follow it ("withdrew from Kazakhstan").
        func usable(_ c: CueMatch) -> Bool {
            if a.hasCue([.irrealis], before: c.range, within: 4) { return false }
            if case .membership(_, _, _, _, true, _) = c.kind {
                return allianceSlots.contains { $0.range.lowerBound >= c.range.upperBound && a.distance(c.range, $0.range) <= 1 }
            }
            return true
        }

        var claims: [MembershipClaim] = []
        var assigned: [Int: [EntityRef]] = [:]     // cue index -> states
        var negatedCues = Set<Int>()
        let states = a.slots.filter { $0.entity.kind == .state && $0.range.lowerBound >= a.datelineEnd }
        for s in states {
            var best: (Int, Int)? = nil   // (distance, cue index)
            for (ci, c) in cues.enumerated() {
                var direction = CueDirection.both
                if case .membership(_, let d, _, _, _, _) = c.kind { direction = d }
                var reach = maxDistance
                if c.kind == .leadership {
                    // "روسيا، وهي الطرف المهيمن في": one word may stand between the state and its role before it
                    reach = s.range.upperBound <= c.range.lowerBound ? 1 : 0
                } else if s.role == .adjective {
                    continue
                } else if s.role == .capital, case .membership(_, _, false, _, _, _) = c.kind {
                    continue   // a capital is a subject of what its state does ("Yerevan froze"), not an item of a member list
                } else if s.role == .capital, s.range.lowerBound > 0, Self.locativePrepositions.contains(a.tokens[s.range.lowerBound - 1].norm) {
                    continue   // "a source in Moscow said Uzbekistan had suspended": a place, not the subject
                } else if case .membership(_, _, _, _, _, true) = c.kind {
                    reach = s.range.upperBound <= c.range.lowerBound ? 3 : 1   // "X is a NATO member"; "NATO members X, Y"
                } else if case .membership(_, _, true, _, _, _) = c.kind {
                    reach = 3   // "انضمت السويد إلى", "Sweden formally joined", "X, which left in 1999"
                }
                // "Six states are members of the CSTO: Russia, Belarus, ...": a list after a colon takes the cue before it
                let listAfterColon = direction == .before && c.range.upperBound <= s.range.lowerBound && a.colonBetween(c.range, s.range)
                if listAfterColon { reach = maxDistance }
                switch direction {
                case .before: guard s.range.upperBound <= c.range.lowerBound || listAfterColon else { continue }
                case .after: guard c.range.upperBound <= s.range.lowerBound else { continue }
                case .both: break
                }
                guard !a.barrierBetween(s.range, c.range) else { continue }
                if case .membership(_, _, true, _, _, _) = c.kind, c.range.upperBound <= s.range.lowerBound,
                   allianceSlots.contains(where: { $0.range.lowerBound >= c.range.upperBound && $0.range.upperBound <= s.range.lowerBound }) { continue }
                let d = a.distance(s.range, c.range)
                if d <= reach, best == nil || d < best!.0 { best = (d, ci) }
            }
            guard let (_, ci) = best else { drop?("\(s.entity.code): no membership cue within reach in its clause"); continue }
            let c = cues[ci]
            var status = MembershipStatus.member, weak = false
            if case .membership(let st, _, _, let w, _, _) = c.kind { status = st; weak = w }
            guard usable(c) else { drop?("\(s.entity.code): cue '\(c.text)' is wished, possible or conditional (modal)"); continue }
            guard let al = alliance(for: c, weak: weak) else { drop?("\(s.entity.code): cue '\(c.text)' has no alliance"); continue }

            let ceased = a.hasCue([.cessation], before: s.range, within: 2) || a.hasCue([.cessation], before: c.range, within: 2)
            let negated = a.hasCue([.negation], before: s.range, within: 0)
                || (a.hasCue([.negation], before: c.range, within: 1) && !(s.range.lowerBound > c.range.upperBound))
            var confidence = weak ? 0.7 : 0.85
            if ceased {
                guard status == .member else { drop?("\(s.entity.code): 'no longer' before a \(status.rawValue) cue '\(c.text)'"); continue }
                status = .formerMember
                negatedCues.insert(ci)
            } else if negated, status == .formerMember, case .membership(_, _, true, _, _, _) = c.kind {
                // "did not withdraw", "has not left", "لم تنسحب", "не вышла": the state stays a member
                status = .member
                confidence = 0.75
                negatedCues.insert(ci)
            } else if negated {
                guard status == .member else { drop?("\(s.entity.code): negated \(status.rawValue) cue '\(c.text)'"); continue }
                status = .nonMember
                confidence = 0.8
                negatedCues.insert(ci)
            }
            let time = a.nearestTime(to: c.range)
            let date = (time?.anaphoric == true ? ctx.lastEventDate : time?.date) ?? ctx.published
            claims.append(MembershipClaim(alliance: al, state: s.entity, status: status, date: date,
                                          provenance: .rule(ctx.language, "membership", c.text, sentence: a.sentence.index, confidence: confidence)))
            assigned[ci, default: []].append(s.entity)
        }

        // a coordinated list shares its cue: "Russia, Belarus (since 1994) and Armenia are members"
        for list in a.coordinatedLists(states) {
            let claimed = list.compactMap { i in claims.lastIndex { $0.state == states[i].entity }.map { (i, $0) } }
            guard !claimed.isEmpty, claimed.count < list.count else { continue }
            for i in list where !claims.contains(where: { $0.state == states[i].entity }) {
                guard states[i].role != .adjective else { continue }
                let nearest = claimed.min { abs($0.0 - i) < abs($1.0 - i) }!.1
                var c = claims[nearest]
                c.state = states[i].entity
                claims.append(c)
            }
        }

        // "Armenia, a CSTO member since 1992, froze its participation": a change with no state of its
        // own takes the nearest named state before it in its clause
        for (ci, c) in cues.enumerated() where assigned[ci] == nil {
            guard case .membership(let status, _, true, let weak, _, _) = c.kind, usable(c) else { continue }
            // "Uzbekistan returned in 2006 but suspended its membership in 2012": across "but" when the
            // clause after it names no state of its own (the subject is the same)
            func sameSubject(_ s: EntitySlot) -> Bool {
                guard a.barrierBetween(s.range, c.range) else { return a.distance(s.range, c.range) <= maxDistance }
                return !states.contains { $0.range.lowerBound > s.range.upperBound && $0.range.upperBound <= c.range.lowerBound }
                    && a.distance(s.range, c.range) <= 12
            }
            guard let s = states.filter({ $0.range.upperBound <= c.range.lowerBound && ($0.role == .name || $0.role == .acronym || $0.role == .capital)
                                          && sameSubject($0) }).last,
                  !claims.contains(where: { $0.state == s.entity && $0.status == status }),
                  let al = alliance(for: c, weak: weak) else { continue }
            if a.hasCue([.negation, .irrealis], before: c.range, within: 1) { continue }
            let time = a.nearestTime(to: c.range)
            let date = (time?.anaphoric == true ? ctx.lastEventDate : time?.date) ?? ctx.published
            claims.append(MembershipClaim(alliance: al, state: s.entity, status: status, date: date,
                                          provenance: .rule(ctx.language, "membership", c.text, sentence: a.sentence.index, confidence: 0.7)))
            assigned[ci] = [s.entity]
        }

        // membership changes as events
        var events: [Event] = []
        for (ci, c) in cues.enumerated() {
            guard case .membership(_, _, let change, let weak, _, _) = c.kind, change, !negatedCues.contains(ci), usable(c) else { continue }
            guard !a.hasCue([.negation], before: c.range, within: 1) else { continue }
            var actors = assigned[ci] ?? []
            if actors.isEmpty {
                // "منذ انسحابهما عام 1999": the states and the alliance around the cue
                guard let al = alliance(for: c, weak: weak) else { continue }
                actors = EventRules.actors(near: c.range, in: a, ctx) + [al]
            } else if let al = alliance(for: c, weak: weak) {
                actors.append(al)
            }
            guard !actors.isEmpty else { continue }
            let time = a.nearestTime(to: c.range)
            events.append(Event(type: .membershipChange, date: time?.anaphoric == true ? ctx.lastEventDate : time?.date,
                                dateText: time?.text, actors: unique(actors), trigger: a.text(c.range),
                                provenance: .rule(ctx.language, "membership-change", c.text, sentence: a.sentence.index, confidence: 0.8)))
        }
        return (claims, events)
    }

    static func unique(_ xs: [EntityRef]) -> [EntityRef] {
        var seen = Set<EntityRef>()
        return xs.filter { seen.insert($0).inserted }
    }
}
