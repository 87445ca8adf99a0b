import KBModel

extension KnowledgeBase {
    /// The states of `alliance` with their status at `at` (the latest known when nil).
    ///
    /// A status holds from a dated change: an article claim dated by its own sentence ("joined in
    /// 2006", "froze its participation in February 2024") or a reference row's [from, to). Claims
    /// dated only by their article's publication are reports: they hold from that publication on
    /// and decide the status only where no dated change does. See `MembershipRow`.
    public func members(of alliance: EntityRef, at: QueryDate? = nil, source: MembershipSource = .all) throws -> [MembershipRow] {
        guard let aid = try id(of: alliance) else { return [] }
        return try memberships(fixed: aid, fixedIsAlliance: true, at: at, source: source)
            .sorted { $0.state.code < $1.state.code }
    }

    /// The alliances `state` belongs to (or has any status in) at `at`, the latest known when nil.
    public func alliances(of state: EntityRef, at: QueryDate? = nil, source: MembershipSource = .all) throws -> [MembershipRow] {
        guard let sid = try id(of: state) else { return [] }
        return try memberships(fixed: sid, fixedIsAlliance: false, at: at, source: source)
            .sorted { $0.alliance.code < $1.alliance.code }
    }

    /// The earliest date any membership claim of `entity` (an alliance or a state) speaks of: a
    /// dated change, a reference start or an article's publication; nil when there is none.
    /// Says why `members X --at DATE` lists nothing for a date before it.
    public func earliestMembershipDate(of entity: EntityRef, source: MembershipSource = .all) throws -> String? {
        guard let eid = try id(of: entity) else { return nil }
        let column = entity.kind == .alliance ? "alliance_id" : "state_id"
        let filter = source == .all ? "" : source == .reference ? " AND m.article_id IS NULL" : " AND m.article_id IS NOT NULL"
        let t = try connection.fetch("""
            SELECT MIN(CASE WHEN m.article_id IS NULL THEN m.valid_from WHEN m.dated_change = 1 THEN m.claim_date ELSE m.published END)
            FROM membership m WHERE m.\(column) = ?\(filter)
            """, [.integer(eid)])
        return t.rows.first?[0] ?? nil
    }

    /// The claims of one pair grouped by status, kind and date.
    struct Observation {
        var status: MembershipStatus
        var isReference: Bool
        /// A dated change (reference row, claim with its own date) rather than a report.
        var isChange: Bool
        /// The change's date, or the report's publication date (nil: unknown).
        var date: String?
        var precision: String?
        var count: Int
        var id: Int64
        var firstPublished: String?
        var lastPublished: String?
        var validTo: String?
        var validToPrecision: String?
        var citation: String?

        var source: String { "\(isReference ? "reference" : "article") m:\(id)" }
    }

    /// A point of a pair's history: a status starts, or (a reference row's end) stops.
    struct ChangePoint {
        var date: String
        var precision: String
        var starts: MembershipStatus?
        var ends: MembershipStatus?
        var observation: Observation

        var bound: MembershipBound { MembershipBound(date: date, precision: precision, source: observation.source) }
        /// At one date an end comes first, then article changes, then reference rows: the last one stands.
        var order: (String, Int, Int) {
            (date, starts == nil ? 0 : observation.isReference ? 2 : 1, starts?.specificity ?? 0)
        }
    }

    /// The status a walk over dated changes gives at a moment.
    struct Walk {
        var status: MembershipStatus
        var from: MembershipBound?
        var to: MembershipBound?
        var fromObservation: Observation?
    }

    /// `date` is on or before the moment (`bound` nil: the latest known, every date counts).
    static func onOrBefore(_ date: String?, _ bound: String?) -> Bool {
        guard let bound else { return true }
        guard let date else { return false }
        return date <= bound
    }

    /// Walks the dated changes up to the moment; the status of the last one stands, from the first
    /// change of its run (a reference start preferred) to the next change after the moment.
    static func walk(_ points: [ChangePoint], bound: String?, keepEnded: Bool) -> Walk? {
        let sorted = points.sorted { $0.order < $1.order }
        var current: MembershipStatus? = nil
        var start: ChangePoint? = nil, referenceStart: ChangePoint? = nil
        var ended: Walk? = nil
        var rest: ArraySlice<ChangePoint> = []
        for (i, p) in sorted.enumerated() {
            guard onOrBefore(p.date, bound) else { rest = sorted[i...]; break }
            if let s = p.starts {
                if s == current {
                    if p.observation.isReference && referenceStart == nil { referenceStart = p }
                } else {
                    current = s
                    start = p
                    referenceStart = p.observation.isReference ? p : nil
                    ended = nil
                }
            } else if let e = p.ends, e == current {
                let first = referenceStart ?? start
                ended = Walk(status: e, from: first?.bound, to: p.bound, fromObservation: first?.observation)
                current = nil
                start = nil
                referenceStart = nil
            }
        }
        guard let status = current else { return keepEnded ? ended : nil }
        let first = referenceStart ?? start
        let next = rest.first { p in (p.starts != nil && p.starts != status) || p.ends == status }
        return Walk(status: status, from: first?.bound, to: next?.bound, fromObservation: first?.observation)
    }

    func memberships(fixed: Int64, fixedIsAlliance: Bool, at: QueryDate?, source: MembershipSource) throws -> [MembershipRow] {
        let bound = at?.day
        let fixedColumn = fixedIsAlliance ? "alliance_id" : "state_id"
        let otherColumn = fixedIsAlliance ? "state_id" : "alliance_id"
        let filter = source == .all ? "" : source == .reference ? " AND m.article_id IS NULL" : " AND m.article_id IS NOT NULL"
        /// An index seek for the reports of one group (migration 0003's index).
        func seek(_ aggregate: String, _ condition: String) -> String {
            "(SELECT \(aggregate)(published) FROM membership r WHERE r.\(fixedColumn) = ? AND r.\(otherColumn) = g.o AND r.status = g.status AND r.dated_change = 0 AND r.\(condition))"
        }
        // Reports (those published by the moment counted from an index alone; all of them read from
        // their running count, migration 0004) and dated changes (few, through a partial index),
        // grouped by pair, status, kind and date: see migrations 0003 and 0004.
        let noReports = source == .reference ? " AND 0" : ""
        let groups: String
        let groupArguments: [QueryValue]
        if let bound {
            groups = """
                SELECT \(otherColumn) AS o, status, COUNT(*) AS n FROM membership
                WHERE \(fixedColumn) = ? AND dated_change = 0\(noReports) AND published <= ? GROUP BY \(otherColumn), status
                """
            groupArguments = [.integer(fixed), .text(bound)]
        } else {
            groups = "SELECT \(otherColumn) AS o, status, n FROM membership_report WHERE \(fixedColumn) = ? AND n > 0\(noReports)"
            groupArguments = [.integer(fixed)]
        }
        let t = try connection.fetch("""
            SELECT g.o, g.status, 0, 0, \(seek("MAX", "published <= COALESCE(?, '9999')")), NULL, g.n, 0,
                   \(seek("MIN", "published > ''")), \(seek("MAX", "published <= COALESCE(?, '9999')")), NULL, NULL, NULL
            FROM (\(groups)) g
            UNION ALL
            SELECT \(otherColumn), status, article_id IS NULL, 1, CASE WHEN article_id IS NULL THEN valid_from ELSE claim_date END,
                   MAX(CASE WHEN article_id IS NULL THEN valid_from_precision ELSE claim_date_precision END),
                   COUNT(*), MAX(id), MIN(published), MAX(published), MAX(valid_to), MAX(valid_to_precision), MAX(citation)
            FROM membership m WHERE \(fixedColumn) = ? AND dated_change = 1\(filter)
            GROUP BY \(otherColumn), status, article_id IS NULL, CASE WHEN article_id IS NULL THEN valid_from ELSE claim_date END,
                     CASE WHEN article_id IS NULL THEN id END
            """, [.integer(fixed), .optional(bound), .integer(fixed), .integer(fixed), .optional(bound)]
                + groupArguments + [.integer(fixed)])
        var byPair: [Int64: [Observation]] = [:]
        for r in t.rows.indices {
            guard let other = t.text(r, 0).flatMap({ Int64($0) }),
                  let status = t.text(r, 1).flatMap(MembershipStatus.init(rawValue:)),
                  let id = t.text(r, 7).flatMap({ Int64($0) }) else { continue }
            byPair[other, default: []].append(Observation(
                status: status, isReference: t.text(r, 2) == "1", isChange: t.text(r, 3) == "1", date: t.text(r, 4),
                precision: t.text(r, 5), count: t.int(r, 6), id: id, firstPublished: t.text(r, 8), lastPublished: t.text(r, 9),
                validTo: t.text(r, 10), validToPrecision: t.text(r, 11), citation: t.text(r, 12)))
        }
        guard let fixedEntity = try entity(id: fixed) else { return [] }
        var out: [MembershipRow] = []
        for (other, observations) in byPair {
            guard let otherEntity = try entity(id: other) else { continue }
            let alliance = fixedIsAlliance ? fixedEntity : otherEntity
            let state = fixedIsAlliance ? otherEntity : fixedEntity
            guard let row = try resolve(observations, alliance: alliance, state: state, bound: bound,
                                        allianceID: fixedIsAlliance ? fixed : other, stateID: fixedIsAlliance ? other : fixed) else { continue }
            out.append(row)
        }
        return out
    }

    /// The row of one pair at the moment: the reference rows decide where they cover it, else the
    /// articles' dated changes, else their latest reports.
    func resolve(_ observations: [Observation], alliance: EntityRef, state: EntityRef, bound: String?,
                 allianceID: Int64, stateID: Int64) throws -> MembershipRow? {
        let references = observations.filter(\.isReference)
        let articles = observations.filter { !$0.isReference }
        var referencePoints: [ChangePoint] = []
        for o in references {
            guard let from = o.date else { continue }
            referencePoints.append(ChangePoint(date: from, precision: o.precision ?? "day", starts: o.status, observation: o))
            if let to = o.validTo {
                referencePoints.append(ChangePoint(date: to, precision: o.validToPrecision ?? "day", ends: o.status, observation: o))
            }
        }
        let articlePoints = articles.filter(\.isChange).compactMap { o in
            o.date.map { ChangePoint(date: $0, precision: o.precision ?? "day", starts: o.status, observation: o) }
        }
        // The article claims taken into account: dated changes up to the moment, reports published by then.
        let considered = articles.filter { Self.onOrBefore($0.date, bound) }
        let referenceWalk = Self.walk(referencePoints, bound: bound, keepEnded: bound == nil)
        var articleWalk = Self.walk(articlePoints, bound: bound, keepEnded: false)
        if articleWalk == nil {
            // No dated change yet: the latest report decides (more articles, then the more specific status, on a tie).
            var latest: [MembershipStatus: (date: String, count: Int)] = [:]
            for o in considered where !o.isChange {
                let d = o.date ?? ""
                let prev = latest[o.status]
                latest[o.status] = (max(prev?.date ?? "", d), (prev?.count ?? 0) + o.count)
            }
            if let winner = latest.max(by: { a, b in (a.value.date, a.value.count, a.key.specificity) < (b.value.date, b.value.count, b.key.specificity) }) {
                let next = articlePoints.filter { !Self.onOrBefore($0.date, bound) && $0.starts != winner.key }.min { $0.order < $1.order }
                articleWalk = Walk(status: winner.key, from: nil, to: next?.bound, fromObservation: nil)
            }
        }
        guard var shown = referenceWalk ?? articleWalk else { return nil }
        let status = shown.status
        // An article change is the start only if no report of the status came before it in its run
        // (since the last change to another status): "will chair the alliance in 2025" does not make
        // a state a member from 2025 when articles of 2019 already call it one.
        if referenceWalk == nil, let from = shown.from, shown.fromObservation?.isReference == false {
            let previous = articlePoints.filter { $0.starts != status && $0.date < from.date }.map(\.date).max()
            if try reported(allianceID: allianceID, stateID: stateID, status: status, after: previous, before: from.date) {
                shown.from = nil
                shown.fromObservation = nil
            }
        }

        // What the articles say of each status up to the moment.
        struct Tally { var count = 0, first: String? = nil, last: String? = nil, latestDate = "", since: String? = nil }
        var tallies: [MembershipStatus: Tally] = [:]
        for o in considered {
            var x = tallies[o.status] ?? Tally()
            x.count += o.count
            if let f = o.firstPublished, x.first.map({ f < $0 }) ?? true { x.first = f }
            if let l = o.lastPublished, x.last.map({ l > $0 }) ?? true { x.last = l }
            x.latestDate = max(x.latestDate, o.date ?? "", o.lastPublished ?? "")
            if o.isChange, let d = o.date, x.since.map({ d > $0 }) ?? true { x.since = d }
            tallies[o.status] = x
        }
        let own = tallies[status] ?? Tally()
        var notes: [String] = []
        if let a = articleWalk, referenceWalk != nil, a.status != status {
            notes.append("article: \(a.status.rawValue) / reference: \(status.rawValue)")
        }
        let windowStart = shown.from?.date ?? own.first ?? ""
        let others = tallies.filter { $0.key != status && $0.value.latestDate >= windowStart }
        if !others.isEmpty {
            func describe(_ s: MembershipStatus, _ x: Tally, since: String?) -> String {
                var d = "\(s.rawValue): \(x.count) article\(x.count == 1 ? "" : "s")"
                if let since { d += ", since \(since)" }
                if let last = x.last { d += ", latest \(last)" }
                return d
            }
            var parts: [String] = []
            if own.count > 0 { parts.append(describe(status, own, since: shown.from?.date)) }
            for (s, x) in others.sorted(by: { ($0.value.count, $0.key.rawValue) > ($1.value.count, $1.key.rawValue) }) {
                parts.append(describe(s, x, since: x.since))
            }
            notes.append(parts.joined(separator: "; "))
        }
        // Reference rows that hold at the moment.
        let covering = references.filter { o in
            guard let from = o.date, Self.onOrBefore(from, bound) else { return false }
            guard let to = o.validTo else { return true }
            return bound.map { $0 < to } ?? false
        }
        if referenceWalk != nil {
            if Set(covering.map(\.status)).count > 1 {
                notes.append("reference sources disagree: " + covering.map { "\($0.status.rawValue) from \($0.date ?? "?")" }.joined(separator: ", "))
            } else if Set(covering.compactMap(\.date)).count > 1 {
                notes.append("reference sources disagree on the start: " + Set(covering.compactMap(\.date)).sorted().joined(separator: " or "))
            }
        }

        var row = MembershipRow(id: "", alliance: alliance, state: state, status: status, from: shown.from, to: shown.to,
                                firstReported: own.first, lastReported: own.last, articles: own.count,
                                sources: "article", disagreement: notes.isEmpty ? nil : notes.joined(separator: "; "), evidence: nil)
        if referenceWalk != nil {
            row.sources = considered.isEmpty ? "reference" : "both"
            // The citation of the latest-starting row that holds, else of the row that started the status.
            let cited = covering.filter { $0.status == status }.max { ($0.date ?? "") < ($1.date ?? "") } ?? shown.fromObservation
            row.id = cited.map { "m:\($0.id)" } ?? ""
            row.evidence = cited?.citation
        } else if let o = shown.fromObservation {
            row.id = "m:\(o.id)"
            row.evidence = try claimSentence(o.id)
        } else if let ev = try strongestClaim(allianceID: allianceID, stateID: stateID, status: status, bound: bound ?? "9999-12-31") {
            row.id = "m:\(ev.id)"
            row.evidence = ev.text
        }
        return row
    }

    /// Whether a report of `status` for the pair was published after `after` (nil: ever) and before
    /// `before` (a date that contains the publication, '2024-02' for '2024-02-10', is not before it).
    func reported(allianceID: Int64, stateID: Int64, status: MembershipStatus, after: String?, before: String) throws -> Bool {
        let t = try connection.fetch("""
            SELECT 1 FROM membership WHERE alliance_id = ? AND state_id = ? AND status = ? AND dated_change = 0
            AND published > COALESCE(?, '') AND published < ? LIMIT 1
            """, [.integer(allianceID), .integer(stateID), .text(status.rawValue), .optional(after), .text(before)])
        return !t.rows.isEmpty
    }

    /// The article path and sentence of one claim.
    func claimSentence(_ id: Int64) throws -> String? {
        let t = try connection.fetch("""
            SELECT ar.path, se.text FROM membership m JOIN article ar ON ar.id = m.article_id
            LEFT JOIN sentence se ON se.id = m.sentence_id WHERE m.id = ?
            """, [.integer(id)])
        guard let r = t.rows.first else { return nil }
        return [r[0], r[1]].compactMap { $0 }.joined(separator: ": ")
    }

    /// The latest claim of `status` for the pair on or before the bound (else one without a date),
    /// with its article and sentence: two index seeks.
    func strongestClaim(allianceID: Int64, stateID: Int64, status: MembershipStatus, bound: String) throws -> (id: Int64, text: String)? {
        let base = """
            SELECT m.id, ar.path, se.text FROM membership m
            JOIN article ar ON ar.id = m.article_id
            LEFT JOIN sentence se ON se.id = m.sentence_id
            WHERE m.alliance_id = ? AND m.state_id = ? AND m.status = ? AND m.article_id IS NOT NULL
            """
        let args: [QueryValue] = [.integer(allianceID), .integer(stateID), .text(status.rawValue)]
        var t = try connection.fetch(base + " AND m.claim_date <= ? ORDER BY m.claim_date DESC LIMIT 1", args + [.text(bound)])
        if t.rows.isEmpty { t = try connection.fetch(base + " AND m.claim_date IS NULL LIMIT 1", args) }
        if t.rows.isEmpty { t = try connection.fetch(base + " LIMIT 1", args) }
        guard let r = t.rows.first, let id = r[0].flatMap({ Int64($0) }) else { return nil }
        return (id, [r[1], r[2]].compactMap { $0 }.joined(separator: ": "))
    }
}
