import KBModel

/// One pair of states in dispute, over every article that reports it.
public struct ConflictRow: Sendable, Hashable {
    /// The evidence id of the latest claim (`c:3`); `evidence c:3` lists every claim of the pair.
    public var id: String
    public var partyA: String
    public var partyB: String
    /// The kind most articles give.
    public var kind: String?
    /// Publication dates of the first and last articles reporting the dispute.
    public var firstReported: String?
    public var lastReported: String?
    public var articles: Int
    /// Attacks and wars between the two, merged across articles.
    public var events: Int
    /// The latest of those events (of known year where there is one): its date, type and report ids.
    public var latestEventDate: FuzzyDate?
    public var latestEventType: String?
    public var latestEventIDs: [String]

    public static let columns = ["id", "party_a", "party_b", "kind", "first_reported", "last_reported", "articles", "events",
                                 "latest_event_date", "latest_event_precision", "latest_event_type", "latest_event_ids"]
    var cells: [String?] {
        [id, partyA, partyB, kind, firstReported, lastReported, String(articles), String(events), latestEventDate?.iso,
         latestEventDate?.precision.rawValue, latestEventType, latestEventIDs.isEmpty ? nil : latestEventIDs.joined(separator: ",")]
    }
}

/// One person with every role and state the articles give.
public struct PersonRow: Sendable, Hashable {
    /// The evidence id of the first role claim (`p:5`); `evidence p:5` lists every claim of the person.
    public var id: String
    public var code: String
    public var name: String
    public var nameNative: String?
    public var roles: String?
    public var states: String?
    public var articles: Int

    public static let columns = ["id", "person", "name", "name_native", "roles", "states", "articles"]
    var cells: [String?] { [id, code, name, nameNative, roles, states, String(articles)] }
}

extension Array where Element == ConflictRow {
    public var table: ResultTable {
        ResultTable(columns: ConflictRow.columns, rows: map(\.cells),
                    kinds: ["articles": .integer, "events": .integer, "latest_event_ids": .list(separator: ",")])
    }
}

extension Array where Element == PersonRow {
    public var table: ResultTable {
        ResultTable(columns: PersonRow.columns, rows: map(\.cells), kinds: [
            "name_native": .list(separator: ","), "roles": .list(separator: ","), "states": .list(separator: ","), "articles": .integer])
    }
}

extension KnowledgeBase {
    /// The pairs of states in dispute (those involving `state` when given), in the order of their
    /// codes; with `limit`, the first pairs only (their attacks are read for those alone).
    public func conflicts(of state: EntityRef? = nil, limit: Int? = nil) throws -> [ConflictRow] {
        var filter = ""
        var args: [QueryValue] = []
        if let state {
            guard let sid = try id(of: state) else { return [] }
            filter = "WHERE c.party_a_id = ? OR c.party_b_id = ?"
            args = [.integer(sid), .integer(sid)]
        }
        let t = try connection.fetch("""
            SELECT MAX(c.id), pa.code, pb.code, pa.kind, pb.kind,
                   (SELECT k.kind FROM conflict k WHERE k.party_a_id = c.party_a_id AND k.party_b_id = c.party_b_id AND k.kind IS NOT NULL
                    GROUP BY k.kind ORDER BY COUNT(*) DESC, k.kind LIMIT 1),
                   MIN(CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END),
                   MAX(CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END),
                   COUNT(DISTINCT c.article_id), pa.name, pb.name
            FROM conflict c JOIN entity pa ON pa.id = c.party_a_id JOIN entity pb ON pb.id = c.party_b_id
            JOIN article ar ON ar.id = c.article_id
            \(filter)
            GROUP BY c.party_a_id, c.party_b_id ORDER BY pa.code, pb.code LIMIT ?
            """, args + [.integer(Int64(limit ?? -1))])
        var out: [ConflictRow] = []
        for r in t.rows.indices {
            guard let a = t.text(r, 1), let b = t.text(r, 2) else { continue }
            let ka = t.text(r, 3).flatMap(EntityKind.init(rawValue:)) ?? .state, kb = t.text(r, 4).flatMap(EntityKind.init(rawValue:)) ?? .state
            let pair = [EntityRef(kind: ka, code: a, name: t.text(r, 9) ?? a), EntityRef(kind: kb, code: b, name: t.text(r, 10) ?? b)]
            let events = try timeline(entities: pair, types: [.attack, .war])
            let latest = events.last { $0.date?.year != nil } ?? events.last
            out.append(ConflictRow(id: "c:\(t.text(r, 0) ?? "")", partyA: a, partyB: b, kind: t.text(r, 5),
                                   firstReported: t.text(r, 6), lastReported: t.text(r, 7), articles: t.int(r, 8),
                                   events: events.count,
                                   latestEventDate: latest?.date, latestEventType: latest?.type.rawValue,
                                   latestEventIDs: latest.map { $0.id.split(separator: ",").map(String.init) } ?? []))
        }
        return out
    }

    /// The persons named (those of `state` when given), with their roles, states and articles, by
    /// name; with `limit`, the first persons only.
    public func persons(of state: EntityRef? = nil, limit: Int? = nil) throws -> [PersonRow] {
        var filter = ""
        var args: [QueryValue] = []
        if let state {
            guard let sid = try id(of: state) else { return [] }
            filter = "WHERE pr.person_id IN (SELECT person_id FROM person_role WHERE state_id = ?)"
            args = [.integer(sid)]
        }
        let t = try connection.fetch("""
            SELECT MIN(pr.id), p.code, p.name, group_concat(DISTINCT pr.name_native), group_concat(DISTINCT pr.role),
                   group_concat(DISTINCT st.code), COUNT(DISTINCT pr.article_id)
            FROM person_role pr JOIN entity p ON p.id = pr.person_id LEFT JOIN entity st ON st.id = pr.state_id
            \(filter)
            GROUP BY pr.person_id ORDER BY p.name, p.code LIMIT ?
            """, args + [.integer(Int64(limit ?? -1))])
        return t.rows.indices.map { r in
            PersonRow(id: "p:\(t.text(r, 0) ?? "")", code: t.text(r, 1) ?? "", name: t.text(r, 2) ?? "", nameNative: t.text(r, 3),
                      roles: t.text(r, 4), states: t.text(r, 5), articles: t.int(r, 6))
        }
    }
}
