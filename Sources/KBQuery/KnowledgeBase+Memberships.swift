import KBModel

extension KnowledgeBase {
    /// The states of `alliance` with their status at `at` (the latest known when nil).
    ///
    /// Article claims: the latest claim dated on or before the date decides (a claim without a date
    /// counts at its article's publication date); reference rows: the row whose [from, to) holds the date.
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

    /// One status per (status, dates) group of article claims about one pair.
    struct ClaimGroup {
        var status: MembershipStatus
        var articles: Int
        var latest: String?
        var first: String?
        var next: String?
    }

    struct ReferenceRow {
        var id: Int64
        var status: MembershipStatus
        var from: String?
        var to: String?
        var citation: String?
    }

    func memberships(fixed: Int64, fixedIsAlliance: Bool, at: QueryDate?, source: MembershipSource) throws -> [MembershipRow] {
        let bound = at?.day ?? "9999-12-31"
        let fixedColumn = fixedIsAlliance ? "alliance_id" : "state_id"
        let otherColumn = fixedIsAlliance ? "state_id" : "alliance_id"
        var groups: [Int64: [ClaimGroup]] = [:]
        var withReference: [(other: Int64, status: String)] = []
        // One covering-index read groups every claim by (entity, status); it also says which
        // groups hold reference rows, fetched next by index seeks.
        let sql = fixedIsAlliance ? Self.articleGroupsByAlliance : Self.articleGroupsByState
        let id = QueryValue.integer(fixed), b = QueryValue.text(bound)
        let t = try connection.fetch(sql, [id, id, b, id, id, b, b, id])
        for r in t.rows.indices {
            guard let other = t.text(r, 0).flatMap({ Int64($0) }), let raw = t.text(r, 1),
                  let status = MembershipStatus(rawValue: raw) else { continue }
            var g = ClaimGroup(status: status, articles: t.int(r, 2), latest: t.text(r, 4), first: t.text(r, 5), next: t.text(r, 6))
            if t.int(r, 3) > 0 {
                // Reference rows and article claims without a date: neither has a claim date.
                let hasReference = try addUndated(&g, fixedColumn: fixedColumn, fixed: fixed, otherColumn: otherColumn, other: other, bound: bound)
                if hasReference && source != .articles { withReference.append((other, raw)) }
            }
            if source != .reference && (g.articles > 0 || g.next != nil) { groups[other, default: []].append(g) }
        }
        var references: [Int64: [ReferenceRow]] = [:]
        for (other, status) in withReference {
            let t = try connection.fetch("""
                SELECT id, status, valid_from, valid_to, citation FROM membership
                WHERE \(fixedColumn) = ? AND \(otherColumn) = ? AND status = ? AND claim_date IS NULL AND article_id IS NULL
                """, [.integer(fixed), .integer(other), .text(status)])
            for r in t.rows.indices {
                guard let id = t.text(r, 0).flatMap({ Int64($0) }),
                      let status = t.text(r, 1).flatMap(MembershipStatus.init(rawValue:)) else { continue }
                references[other, default: []].append(ReferenceRow(id: id, status: status, from: t.text(r, 2), to: t.text(r, 3), citation: t.text(r, 4)))
            }
        }
        var out: [MembershipRow] = []
        let fixedEntity = try entity(id: fixed)
        for other in Set(groups.keys).union(references.keys) {
            guard let fixedEntity, let otherEntity = try entity(id: other) else { continue }
            let alliance = fixedIsAlliance ? fixedEntity : otherEntity
            let state = fixedIsAlliance ? otherEntity : fixedEntity
            let article = groups[other].flatMap { articleStatus($0, at: at) }
            let reference = references[other].flatMap { referenceStatus($0, at: at) }
            guard article != nil || reference != nil else { continue }
            var row: MembershipRow
            if let a = article {
                let ev = try strongestClaim(allianceID: fixedIsAlliance ? fixed : other, stateID: fixedIsAlliance ? other : fixed,
                                            status: a.status, bound: bound)
                row = MembershipRow(id: ev.map { "m:\($0.id)" } ?? "", alliance: alliance, state: state, status: a.status,
                                    since: a.since, until: a.until, articles: a.articles, latestClaim: a.latest,
                                    sources: "article", disagreement: a.disagreement, evidence: ev?.text)
                if let r = reference {
                    row.sources = "both"
                    if r.status != a.status {
                        // Curated reference data outranks extraction; what the articles say stays in view.
                        let note = "article: \(a.status.rawValue) / reference: \(r.status.rawValue)"
                        row.disagreement = [row.disagreement, note].compactMap { $0 }.joined(separator: "; ")
                        row.status = r.status
                        row.articles = groups[other]?.first { $0.status == r.status }?.articles ?? 0
                        row.id = r.referenceID.map { "m:\($0)" } ?? row.id
                        row.evidence = r.citation
                        (row.since, row.until) = (r.since, r.until)
                    }
                }
            } else if let r = reference {
                row = MembershipRow(id: r.referenceID.map { "m:\($0)" } ?? "", alliance: alliance, state: state, status: r.status, since: r.since,
                                    until: r.until, articles: 0, latestClaim: nil, sources: "reference",
                                    disagreement: r.disagreement, evidence: r.citation)
            } else { continue }
            out.append(row)
        }
        return out
    }

    struct ResolvedStatus {
        var status: MembershipStatus
        var articles: Int
        var latest: String?
        var since: String?
        var until: String?
        var disagreement: String?
        var citation: String?
        var referenceID: Int64? = nil
    }

    /// The status the article claims give at the moment: the latest claim decides; claims of a
    /// compatible date with another status are reported as a disagreement.
    func articleStatus(_ groups: [ClaimGroup], at: QueryDate?) -> ResolvedStatus? {
        let live = groups.filter { $0.articles > 0 }
        guard let winner = live.max(by: { a, b in
            (a.latest ?? "", a.articles, a.status.specificity) < (b.latest ?? "", b.articles, b.status.specificity)
        }) else { return nil }
        let compatible = live.filter { g in
            g.status != winner.status && Self.compatible(g.latest ?? "", winner.latest ?? "")
        }
        var disagreement: String? = nil
        if !compatible.isEmpty {
            let parts = ([winner] + compatible.sorted { $0.articles > $1.articles }).map { "\($0.status.rawValue) (\($0.articles))" }
            disagreement = "articles disagree: " + parts.joined(separator: ", ")
        }
        // Since: the first claim of this status, when no other status was claimed after it.
        let first = winner.first.flatMap { $0.isEmpty ? nil : $0 }
        let interrupted = live.contains { g in
            g.status != winner.status && (g.latest ?? "") > (first ?? "") && !Self.compatible(g.latest ?? "", winner.latest ?? "")
        }
        let until = at == nil ? nil : groups.filter { $0.status != winner.status }.compactMap(\.next).min()
        let latest = winner.latest.flatMap { $0.isEmpty ? nil : $0 }
        return ResolvedStatus(status: winner.status, articles: winner.articles, latest: latest,
                              since: interrupted ? nil : first, until: until, disagreement: disagreement)
    }

    /// The status the reference rows give at the moment: the rows whose [from, to) holds it, or
    /// without a moment the rows still open (else the latest ending).
    func referenceStatus(_ rows: [ReferenceRow], at: QueryDate?) -> ResolvedStatus? {
        let holding: [ReferenceRow]
        if let at {
            holding = rows.filter { ($0.from ?? "") <= at.day && ($0.to.map { at.day < $0 } ?? true) }
        } else {
            let open = rows.filter { $0.to == nil }
            if !open.isEmpty {
                holding = open
            } else if let last = rows.map({ $0.to ?? "" }).max() {
                holding = rows.filter { ($0.to ?? "") == last }
            } else {
                holding = []
            }
        }
        guard let best = holding.max(by: { ($0.from ?? "") < ($1.from ?? "") }) else { return nil }
        let statuses = Set(holding.map(\.status))
        var disagreement: String? = nil
        if statuses.count > 1 {
            disagreement = "reference sources disagree: " + holding.map { "\($0.status.rawValue) from \($0.from ?? "?")" }.joined(separator: ", ")
        } else if Set(holding.map { $0.from ?? "" }).count > 1 {
            disagreement = "reference sources disagree on the start: " + Set(holding.compactMap(\.from)).sorted().joined(separator: " or ")
        }
        return ResolvedStatus(status: best.status, articles: 0, latest: nil, since: best.from, until: best.to,
                              disagreement: disagreement, citation: best.citation, referenceID: best.id)
    }

    /// Two ISO dates that can name the same day ("2012" and "2012-12-19"); empty means unknown.
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty }
        guard let x = FuzzyDate(iso: a), let y = FuzzyDate(iso: b) else { return a == b }
        return x.isCompatible(with: y)
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
        guard let r = t.rows.first, let id = r[0].flatMap({ Int64($0) }) else { return nil }
        return (id, [r[1], r[2]].compactMap { $0 }.joined(separator: ": "))
    }

    /// Claims grouped by (other entity, status) from the covering index of migration 0002: one
    /// index range counts the article claims dated on or before the bound (one claim per article
    /// and status, so it counts articles); per group, index seeks give the number of rows without
    /// a claim date (reference rows, undated claims), the latest claim up to the bound, the first
    /// claim and the first after the bound.
    private static func articleGroups(other: String, fixed: String) -> String {
        func seek(_ aggregate: String, _ condition: String) -> String {
            "(SELECT \(aggregate) FROM membership m WHERE m.\(fixed) = ? AND m.\(other) = g.\(other) AND m.status = g.status AND \(condition))"
        }
        return """
            SELECT g.\(other), g.status, g.n, \(seek("COUNT(*)", "m.claim_date IS NULL")),
                   \(seek("MAX(m.claim_date)", "m.claim_date <= ?")), \(seek("MIN(m.claim_date)", "m.claim_date > ''")),
                   \(seek("MIN(m.claim_date)", "m.claim_date > ?"))
            FROM (SELECT \(other), status, SUM(claim_date <= ?) AS n FROM membership WHERE \(fixed) = ? GROUP BY \(other), status) g
            """
    }

    /// Folds the claims stored without a date into their group at their article's publication
    /// date (unknown publication: before every dated claim). Returns whether the group also holds
    /// reference rows.
    func addUndated(_ g: inout ClaimGroup, fixedColumn: String, fixed: Int64, otherColumn: String, other: Int64, bound: String) throws -> Bool {
        let t = try connection.fetch("""
            SELECT m.article_id IS NULL, COALESCE(ar.published, '') FROM membership m LEFT JOIN article ar ON ar.id = m.article_id
            WHERE m.\(fixedColumn) = ? AND m.\(otherColumn) = ? AND m.status = ? AND m.claim_date IS NULL
            """, [.integer(fixed), .integer(other), .text(g.status.rawValue)])
        var hasReference = false
        for r in t.rows.indices {
            if t.text(r, 0) == "1" { hasReference = true; continue }
            let d = t.text(r, 1) ?? ""
            if d <= bound {
                g.articles += 1
                if g.latest == nil || d > g.latest! { g.latest = d }
                if g.first == nil || d < g.first! { g.first = d }
            } else if g.next == nil || d < g.next! {
                g.next = d
            }
        }
        return hasReference
    }

    static let articleGroupsByAlliance = articleGroups(other: "state_id", fixed: "alliance_id")
    static let articleGroupsByState = articleGroups(other: "alliance_id", fixed: "state_id")
}
