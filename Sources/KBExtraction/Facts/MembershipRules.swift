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
            if case .membership(_, _, _, let weak, _, _, _, _) = $0.kind { return !weak }
            return true
        }
        func alliance(for cue: CueMatch, weak: Bool) -> EntityRef? {
            if let s = allianceSlots.min(by: { a.distance($0.range, cue.range) < a.distance($1.range, cue.range) }) { return s.entity }
            return strongPresent ? ctx.contextAlliance : nil
        }

        /// A joining that is planned or under way ("will join", "is set to join", "سيتم انضمام"): the
        /// state is an applicant, not yet a member; leaving under a plan stays no change.
        func prospective(_ c: CueMatch) -> Bool {
            guard case .membership(.member, _, true, _, _, _, _, _) = c.kind else { return false }
            return a.hasCue([.prospect], before: c.range, within: 4)
        }
        /// A cue is read unless it is wished for ("calling for Armenia to quit") or, when it needs
        /// one, its alliance does not follow it ("withdrew from Kazakhstan").
        func usable(_ c: CueMatch) -> Bool {
            if a.hasCue([.irrealis], before: c.range, within: 4), !prospective(c) { return false }
            if case .membership(_, _, _, _, true, _, _, _) = c.kind {
                return allianceSlots.contains { $0.range.lowerBound >= c.range.upperBound && a.distance(c.range, $0.range) <= 1 }
            }
            return true
        }

        var claims: [MembershipClaim] = []
        /// cue index -> the end of the span it held over ("until 1999"), the alliance and the states that left then
        var spanEnds: [Int: (end: TimeMention, alliance: EntityRef, states: [EntityRef])] = [:]
        var assigned: [Int: [EntityRef]] = [:]     // cue index -> states
        var negatedCues = Set<Int>()
        let states = a.slots.filter { $0.entity.kind == .state && $0.range.lowerBound >= a.datelineEnd }
        let titles = a.cues.filter { if case .title = $0.kind { return true } else { return false } }
        for s in states {
            // "stored in the United States", "في روسيا": a place, not an item of a member list
            var p = s.range.lowerBound - 1
            if p > 0, a.tokens[p].norm == "the" { p -= 1 }
            let leads = cues.contains { $0.kind == .leadership && (0...1).contains($0.range.lowerBound - s.range.upperBound) }   // "in the Moscow-led bloc"
            if p >= 0, !s.isReference, !leads, Self.placePrepositions.contains(a.tokens[p].norm) {
                drop?("\(s.entity.code): a place after '\(a.tokens[p].norm)'"); continue
            }
            // "президента Казахстана", "President of Kazakhstan": the state of a title is the person's, and
            // takes a membership cue only close by
            let qualifiesTitle = titles.contains {
                $0.range.upperBound == s.range.lowerBound
                    || ($0.range.upperBound + 1 == s.range.lowerBound && ["of", "ل"].contains(a.tokens[$0.range.upperBound].norm))
            }
            var best: (Int, Int)? = nil   // (distance, cue index)
            for (ci, c) in cues.enumerated() {
                var direction = CueDirection.both
                if case .membership(_, let d, _, _, _, _, _, _) = c.kind { direction = d }
                var reach = maxDistance
                if c.kind == .leadership {
                    // "روسيا، وهي الطرف المهيمن في": one word may stand between the state and its role before it
                    reach = s.range.upperBound <= c.range.lowerBound ? 1 : 0
                } else if s.role == .adjective {
                    continue
                } else if s.role == .capital, case .membership(_, _, false, _, _, _, _, _) = c.kind {
                    continue   // a capital is a subject of what its state does ("Yerevan froze"), not an item of a member list
                } else if s.role == .capital, s.range.lowerBound > 0, Self.locativePrepositions.contains(a.tokens[s.range.lowerBound - 1].norm) {
                    continue   // "a source in Moscow said Uzbekistan had suspended": a place, not the subject
                } else if case .membership(_, _, _, _, _, true, _, _) = c.kind {
                    reach = s.range.upperBound <= c.range.lowerBound ? 3 : 1   // "X is a NATO member"; "NATO members X, Y"
                } else if case .membership(_, _, true, _, _, _, _, _) = c.kind {
                    reach = 3   // "انضمت السويد إلى", "Sweden formally joined", "X, which left in 1999"
                }
                if case .membership(_, _, _, _, _, _, _, true) = c.kind {
                    // "Turkey and Hungary have been the only NATO countries": the alliance right before the
                    // noun, the state its subject ("Russia and NATO countries" is no claim)
                    guard let al = allianceSlots.first(where: { $0.range.upperBound == c.range.lowerBound }) else { continue }
                    if direction == .after {
                        // "The African Union suspended Niger": the alliance acts on the state right after the verb
                        guard c.range.upperBound <= s.range.lowerBound, a.distance(c.range, s.range) <= 1,
                              !a.tokens[c.range.upperBound..<s.range.lowerBound].contains(where: { Self.notCopula.contains($0.norm) })
                        else { continue }
                        reach = 1
                    } else {
                        guard s.range.upperBound <= al.range.lowerBound, a.distance(s.range, al.range) <= 4,
                              !a.tokens[s.range.upperBound..<al.range.lowerBound].contains(where: { Self.notCopula.contains($0.norm) })
                        else { continue }
                        reach = 4
                    }
                }
                if qualifiesTitle { reach = min(reach, 3) }
                // "Six states are members of the CSTO: Russia, Belarus, ...": a list after a colon takes the cue before it
                let listAfterColon = direction == .before && c.range.upperBound <= s.range.lowerBound && a.colonBetween(c.range, s.range)
                if listAfterColon { reach = maxDistance }
                // "ورفضت الأرجنتين دعوة الانضمام": a state inside a verb-first cue is its subject on either side
                let inside = s.range.lowerBound > c.range.lowerBound && s.range.upperBound < c.range.upperBound
                switch direction {
                case .before: guard s.range.upperBound <= c.range.lowerBound || listAfterColon || inside else { continue }
                case .after: guard c.range.upperBound <= s.range.lowerBound || inside else { continue }
                case .both: break
                }
                guard !a.barrierBetween(s.range, c.range) else { continue }
                // "... are members, said the Russian foreign ministry", "сообщил МИД России": a state after the
                // verb of saying names the speaker, not an item of the claim before it
                if c.range.upperBound <= s.range.lowerBound,
                   a.cues.contains(where: { $0.kind == .event(.statement) && $0.range.lowerBound >= c.range.upperBound && $0.range.upperBound <= s.range.lowerBound }) { continue }
                // "قبول منغوليا كعضو": a state inside the cue is its subject, and the only one
                if states.contains(where: { $0.range.lowerBound > c.range.lowerBound && $0.range.upperBound < c.range.upperBound }),
                   !(s.range.lowerBound > c.range.lowerBound && s.range.upperBound < c.range.upperBound) { continue }
                if case .membership(_, _, true, _, _, _, _, _) = c.kind, c.range.upperBound <= s.range.lowerBound,
                   allianceSlots.contains(where: { $0.range.lowerBound >= c.range.upperBound && $0.range.upperBound <= s.range.lowerBound }) { continue }
                let d = a.distance(s.range, c.range)
                if d <= reach, best == nil || d < best!.0 { best = (d, ci) }
            }
            guard let (_, ci) = best else { drop?("\(s.entity.code): no membership cue within reach in its clause"); continue }
            let c = cues[ci]
            var status = MembershipStatus.member, weak = false
            var negatedStatus: MembershipStatus? = nil
            if case .membership(let st, _, _, let w, _, _, let n, _) = c.kind { status = st; weak = w; negatedStatus = n }
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
            } else if negated, status == .formerMember, case .membership(_, _, true, _, _, _, _, _) = c.kind {
                // "did not withdraw", "has not left", "لم تنسحب", "не вышла": the state stays a member
                status = .member
                confidence = 0.75
                negatedCues.insert(ci)
            } else if negated, let n = negatedStatus {
                // "all except Georgia agreed to renew the treaty", "did not renew": a former member
                status = n
                confidence = 0.75
                negatedCues.insert(ci)
            } else if negated {
                // "has no intention to seek observer status", "не подавала заявку": a state that is not even
                // an observer or an applicant stands outside
                guard status == .member || status == .observer || status == .applicant else {
                    drop?("\(s.entity.code): negated \(status.rawValue) cue '\(c.text)'"); continue
                }
                status = .nonMember
                confidence = 0.8
                negatedCues.insert(ci)
            }
            if !negated, prospective(c) { status = .applicant }
            let time = a.nearestTime(to: c.range)
            // "بعد مرور 12 عاما من تعليق عضوية X": a change long past, not a status at publication
            if time == nil, case .membership(_, _, true, _, _, _, _, _) = c.kind, a.hasCue([.pastAnchor], before: c.range, within: 4) {
                drop?("\(s.entity.code): cue '\(c.text)' is a change long past, with no date of its own"); continue
            }
            let date = (time?.anaphoric == true ? ctx.lastEventDate : time?.date) ?? ctx.published
            let rule = Provenance.rule(ctx.language, "membership", c.text, sentence: a.sentence.index, confidence: confidence)
            if status == .member, let t = time, let end = heldUntil(t, ctx, in: a) {
                // "Until 1999, Georgia ... participated"; "returned in 2006-2012": a member up to then, a former member since
                if t.range.upperBound <= end.range.lowerBound {
                    claims.append(MembershipClaim(alliance: al, state: s.entity, status: .member, date: date, provenance: rule))
                }
                claims.append(MembershipClaim(alliance: al, state: s.entity, status: .formerMember, date: end.date, provenance: rule))
                spanEnds[ci, default: (end, al, [])].states.append(s.entity)
            } else {
                claims.append(MembershipClaim(alliance: al, state: s.entity, status: status, date: date, provenance: rule))
            }
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
            guard case .membership(let status, _, true, let weak, _, _, _, _) = c.kind, usable(c) else { continue }
            // "Uzbekistan returned in 2006 but suspended its membership in 2012": across "but" when the
            // clause after it names no state of its own (the subject is the same)
            // states of a relative clause ("..., التي تضم روسيا وبيلاروسيا، لكنها") are not the subject
            func inRelative(_ s: EntitySlot) -> Bool {
                a.cues.contains { $0.kind == .relative && $0.range.upperBound <= s.range.lowerBound && !a.barrierBetween($0.range, s.range) }
                    && a.barrierBetween(s.range, c.range)
            }
            func sameSubject(_ s: EntitySlot) -> Bool {
                // "Moldova, which became a candidate in 2022, has not left": the relative clause set off by
                // commas does not count against the reach
                var from = s.range
                if let r = a.cues.first(where: { $0.kind == .relative && $0.range.lowerBound > s.range.upperBound && $0.range.lowerBound - s.range.upperBound <= 1 }),
                   let close = (r.range.upperBound..<c.range.lowerBound).first(where: { a.tokens[$0].norm == "," || a.tokens[$0].norm == "\u{060C}" }) {
                    from = close..<(close + 1)
                }
                guard a.barrierBetween(s.range, c.range) else { return a.distance(from, c.range) <= maxDistance }
                return !states.contains { $0.range.lowerBound > s.range.upperBound && $0.range.upperBound <= c.range.lowerBound && !inRelative($0) }
                    && a.distance(s.range, c.range) <= 16
            }
            // "... لكنها لم تتخذ قرارا بالانسحاب منها", "but it has not left": a withdrawal not taken leaves a member
            let notLeft = status == .formerMember && a.hasCue([.negation], before: c.range, within: 1)
            let held: MembershipStatus = notLeft ? .member : status
            guard let s = states.filter({ $0.range.upperBound <= c.range.lowerBound && ($0.role == .name || $0.role == .acronym || $0.role == .capital)
                                          && !inRelative($0)
                                          && sameSubject($0) }).last,
                  !claims.contains(where: { $0.state == s.entity && $0.status == held }),
                  let al = alliance(for: c, weak: weak) else { continue }
            if a.hasCue([.irrealis], before: c.range, within: 1) || (!notLeft && a.hasCue([.negation], before: c.range, within: 1)) { continue }
            let time = a.nearestTime(to: c.range)
            if time == nil, a.hasCue([.pastAnchor], before: c.range, within: 4) { continue }
            let date = (time?.anaphoric == true ? ctx.lastEventDate : time?.date) ?? ctx.published
            claims.append(MembershipClaim(alliance: al, state: s.entity, status: held, date: notLeft ? (claims.last { $0.state == s.entity && $0.alliance == al }?.date ?? ctx.published) : date,
                                          provenance: .rule(ctx.language, "membership", c.text, sentence: a.sentence.index, confidence: notLeft ? 0.75 : 0.7)))
            assigned[ci] = [s.entity]
            if notLeft { negatedCues.insert(ci) }
        }

        // "صربيا التي تعد مراقبا في المنظمة", "Serbia, which is an observer": a status in a
        // relative clause is the state's before it, beside the claim of its main clause
        for (ci, c) in cues.enumerated() where assigned[ci] == nil {
            guard case .membership(let status, _, _, let weak, _, _, _, _) = c.kind, usable(c),
                  let r = a.cues.last(where: { $0.kind == .relative && $0.range.upperBound <= c.range.lowerBound && a.distance($0.range, c.range) <= 4 }),
                  let s = states.last(where: { $0.range.upperBound <= r.range.lowerBound && r.range.lowerBound - $0.range.upperBound <= 1 }),
                  !a.barrierBetween(s.range, c.range), !a.hasCue([.negation, .irrealis], before: c.range, within: 2),
                  !claims.contains(where: { $0.state == s.entity && $0.status == status }),
                  let al = alliance(for: c, weak: weak) else { continue }
            let time = a.nearestTime(to: c.range)
            let date = (time?.anaphoric == true ? ctx.lastEventDate : time?.date) ?? ctx.published
            claims.append(MembershipClaim(alliance: al, state: s.entity, status: status, date: date,
                                          provenance: .rule(ctx.language, "membership", c.text, sentence: a.sentence.index, confidence: 0.7)))
            assigned[ci] = [s.entity]
        }

        // membership changes as events
        var events: [Event] = []
        for (ci, c) in cues.enumerated() {
            guard case .membership(_, _, let change, let weak, _, _, _, _) = c.kind, change, !negatedCues.contains(ci), usable(c),
                  !prospective(c) else { continue }
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
        // the end of a span is a change too: "Until 1999, Georgia, Uzbekistan and Azerbaijan participated" left in 1999
        for ci in spanEnds.keys.sorted() {
            let (end, al, left) = spanEnds[ci]!
            events.append(Event(type: .membershipChange, date: end.date, dateText: end.text, actors: unique(left + [al]), trigger: a.text(cues[ci].range),
                                provenance: .rule(ctx.language, "membership-change", "end of span: \(cues[ci].text)", sentence: a.sentence.index, confidence: 0.7)))
        }
        return (claims, events)
    }

    /// Prepositions after which a state is a place ("stored in the United States").
    static let placePrepositions: Set<String> = ["in", "at", "في", "в", "во"]
    /// Words that join a state to something else than a predicate ("Russia and NATO countries").
    static let notCopula: Set<String> = ["and", "or", "with", "against", "to", "from", "by", "between", "than", ",", "و", "и", "с", "против"]

    /// The end of a past span the date `t` closes or bounds: "until 1999" (the date itself), "in
    /// 2006-2012" (the second year); nil when the span is open or still to come.
    static func heldUntil(_ t: TimeMention, _ ctx: ArticleContext, in a: SentenceAnalysis) -> TimeMention? {
        func past(_ m: TimeMention) -> Bool {
            guard let d = m.date else { return false }
            guard let p = ctx.published else { return true }
            return d < p && !d.isCompatible(with: p)
        }
        if a.cues.contains(where: { $0.kind == .until && $0.range.upperBound == t.range.lowerBound }) { return past(t) ? t : nil }
        // "2006-2012", "from 2006 to 2012", "с 2006 по 2012 год"
        guard let next = a.times.first(where: { $0.range.lowerBound > t.range.upperBound }), next.range.lowerBound - t.range.upperBound <= 1,
              a.tokens[t.range.upperBound..<next.range.lowerBound].allSatisfy({ Self.rangeJoiners.contains($0.norm) }) else { return nil }
        return past(next) ? next : nil
    }
    static let rangeJoiners: Set<String> = ["-", "\u{2013}", "\u{2014}", "to", "until", "till", "по", "до", "إلى", "حتى"]

    /// `xs` without repeats, in first-seen order; a short list (the usual few actors) is compared
    /// element by element rather than hashed.
    static func unique(_ xs: [EntityRef]) -> [EntityRef] {
        guard xs.count > 1 else { return xs }
        if xs.count <= 16 {
            var out: [EntityRef] = []
            out.reserveCapacity(xs.count)
            for x in xs where !out.contains(x) { out.append(x) }
            return out
        }
        var seen = Set<EntityRef>()
        return xs.filter { seen.insert($0).inserted }
    }
}
