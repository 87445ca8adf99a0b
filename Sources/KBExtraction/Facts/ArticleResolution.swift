import KBModel

/// Article-level clean-up: one status per state and alliance (the latest the article gives),
/// one event for the same happening told twice, one conflict per pair, one row per person.
enum ArticleResolution {
    static func resolve(_ facts: inout ArticleFacts) {
        // memberships: the latest claim per pair decides; at equal dates the later sentence. A state
        // can also hold another status at the same moment (member and suspended: "froze its
        // participation"), or have been applicant or observer before it became a member: those are
        // kept beside it. "Non-member" gives way to any other status the article states.
        // keyed by the codes themselves (codes hold no "|"): no key string is built per claim
        var latest: [Pair: MembershipClaim] = [:]
        var perStatus: [PairStatus: MembershipClaim] = [:]
        var order: [PairStatus] = []
        func later(_ old: MembershipClaim, _ c: MembershipClaim) -> Bool {
            let d0 = old.date ?? facts.published, d1 = c.date ?? facts.published
            // a day of unknown year ("on Sunday 7 May of this month") is the article's own present: later
            // than any year an explainer names ("suspended in 2011")
            if let a = d0, let b = d1, (a.year == nil) != (b.year == nil) { return b.year == nil }
            if let a = d0, let b = d1, b < a { return false }
            if d0 != nil, d1 == nil { return false }
            return true
        }
        for c in facts.memberships {
            let pair = Pair(c.alliance.code, c.state.code), key = PairStatus(pair: pair, status: c.status)
            if let old = latest[pair] {
                // at the same date a specific status ("froze its participation") outweighs a list of members
                let sameDate = (old.date ?? facts.published) == (c.date ?? facts.published)
                if later(old, c), !(sameDate && old.status != .member && c.status == .member) { latest[pair] = c }
            } else { latest[pair] = c }
            if let old = perStatus[key] { if later(old, c) { perStatus[key] = c } } else { perStatus[key] = c; order.append(key) }
        }
        let kept = order.compactMap { key -> MembershipClaim? in
            let c = perStatus[key]!
            let winner = latest[Pair(c.alliance.code, c.state.code)]!
            if winner.status == c.status { return winner }
            if c.status == .nonMember || winner.status == .nonMember { return nil }
            let d0 = winner.date ?? facts.published, d1 = c.date ?? facts.published
            let atOnce = d0 == d1 || (d0 != nil && d1 != nil && (d0!.year == nil) == (d1!.year == nil) && d0!.isCompatible(with: d1!))
            // an applicant becomes a member, not the other way round: "became the 32nd member ... two years
            // after Sweden applied" keeps both whatever dates the two sentences give
            let stage = (c.status == .applicant || c.status == .observer) && winner.status == .member
                || c.status == .member && winner.status == .applicant
                // an observer applying for membership stays an observer until admitted
                || c.status == .observer && winner.status == .applicant
            return atOnce || stage ? c : nil
        }
        facts.memberships = kept

        // events: same type, a shared state (or the same actors), compatible dates
        var merged: [Event] = []
        var byType: [EventType: [Int]] = [:]   // indices into merged, per type
        for e in facts.events {
            // the same happening is looked for among the latest events of its type (a bound for huge texts)
            let candidates = byType[e.type, default: []].suffix(64)
            if let i = candidates.first(where: { sameHappening(merged[$0], e) }) {
                merged[i].actors = MembershipRules.unique(merged[i].actors + e.actors)
                if merged[i].location == nil { merged[i].location = e.location }
                // a date the text gives outweighs one taken from the publication day
                let textual = e.dateText != nil && merged[i].dateText == nil
                if let d = e.date, merged[i].date == nil || d.precision > merged[i].date!.precision || textual {
                    merged[i].date = d
                    merged[i].dateText = e.dateText
                }
            } else {
                byType[e.type, default: []].append(merged.count)
                merged.append(e)
            }
        }
        facts.events = merged

        var conflicts: [Pair: Conflict] = [:]
        var corder: [Pair] = []
        for c in facts.conflicts {
            let key = Pair(c.partyA.code, c.partyB.code)
            if let old = conflicts[key] {
                if rank(c.kind) > rank(old.kind) { conflicts[key]!.kind = c.kind }
            } else { conflicts[key] = c; corder.append(key) }
        }
        facts.conflicts = corder.compactMap { conflicts[$0] }

        var persons: [String: Int] = [:]
        var plist: [PersonMention] = []
        for p in facts.persons {
            if let i = persons[p.person.code] {
                if plist[i].state == nil { plist[i].state = p.state }
                if plist[i].role == nil { plist[i].role = p.role }
                if p.nameNative.count > plist[i].nameNative.count { plist[i].nameNative = p.nameNative }
            } else {
                persons[p.person.code] = plist.count
                plist.append(p)
            }
        }
        facts.persons = plist
    }

    /// Two entity codes (an alliance and a state, or a conflict's parties).
    struct Pair: Hashable {
        let first: String, second: String
        init(_ first: String, _ second: String) { self.first = first; self.second = second }
    }

    struct PairStatus: Hashable {
        let pair: Pair
        let status: MembershipStatus
    }

    static func rank(_ k: ConflictKind?) -> Int {
        switch k { case .war?: 4; case .territorial?: 3; case .border?: 2; case .dispute?: 1; case nil: 0 }
    }

    static func sameHappening(_ a: Event, _ b: Event) -> Bool {
        guard a.type == b.type, a.type != .statement else { return false }
        if let x = a.date, let y = b.date, !x.isCompatible(with: y) {
            // a headline dated only by its publication day tells the body's event of a few days before
            guard (a.dateText == nil) != (b.dateText == nil), let dx = TimeReference(x).dayNumber, let dy = TimeReference(y).dayNumber,
                  abs(dx - dy) <= 3, a.actors.contains(where: b.actors.contains) else { return false }
        }
        // a change in one alliance is not a change in another
        if a.actors.contains(where: { $0.kind == .alliance }), b.actors.contains(where: { $0.kind == .alliance }),
           !a.actors.contains(where: { $0.kind == .alliance && b.actors.contains($0) }) { return false }
        if a.actors.count == b.actors.count, a.actors.allSatisfy(b.actors.contains) { return true }
        // a headline that names only the alliance ("becomes the 31st member of NATO") tells the body's event
        func onlyAlliance(_ e: Event) -> Bool { !e.actors.isEmpty && e.actors.allSatisfy { $0.kind == .alliance } }
        if onlyAlliance(a) != onlyAlliance(b) {
            let (bare, full) = onlyAlliance(a) ? (a, b) : (b, a)
            // (an earlier happening of the same alliance, dated apart, stays apart)
            if bare.actors.allSatisfy(full.actors.contains), bare.date == nil || bare.dateText == nil || bare.date == full.date { return true }
        }
        // an article's summit is told over several sentences with different guests: the alliance holds it together
        if a.type == .summit || a.type == .mediation, a.date != nil || b.date != nil,
           a.actors.contains(where: { $0.kind == .alliance && b.actors.contains($0) }) { return true }
        // told twice on the same day ("the withdrawal begins on 13 January"), the actors may be named in part
        if let x = a.date, let y = b.date, x == y, x.day != nil, a.actors.contains(where: b.actors.contains) { return true }
        return a.actors.contains { $0.kind == .state && b.actors.contains($0) }
    }
}
