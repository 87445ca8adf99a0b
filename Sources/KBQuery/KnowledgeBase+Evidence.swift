import KBModel

/// The id of a stored fact as the listing commands show it: `m:12` (membership claim or reference
/// row), `e:7` (event report), `c:3` (conflict claim), `p:5` (person role).
public struct FactID: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable { case membership = "m", event = "e", conflict = "c", person = "p" }
    public var kind: Kind
    public var number: Int64

    public var description: String { "\(kind.rawValue):\(number)" }

    /// Parses `m:12`; throws a message listing the id kinds otherwise.
    public init(parsing text: String) throws {
        let parts = text.trimmingWhitespace().lowercased().split(separator: ":")
        guard parts.count == 2, let k = Kind(rawValue: String(parts[0])), let n = Int64(parts[1]) else {
            throw QueryError.badFactID(text)
        }
        kind = k
        number = n
    }

    /// Every id in `text`, separated by commas or spaces (`e:7,e:9`).
    public static func list(_ text: String) throws -> [FactID] {
        try text.split(whereSeparator: { $0 == "," || $0 == " " }).map { try FactID(parsing: String($0)) }
    }
}

extension KnowledgeBase {
    public static let evidenceColumns = ["id", "fact", "source_kind", "source", "published", "sentence_index", "sentence",
                                         "title", "url", "language", "path", "published_precision"]

    public static let evidenceKinds: [String: ColumnKind] = ["sentence_index": .integer]

    /// The sentences behind a fact: for a membership claim or reference row, the row and every
    /// article claim of the same status for the same state and alliance; for a conflict, every claim of the pair; for a person, every role claim.
    /// The first `limit` of them, in date order.
    public func evidence(for id: FactID, limit: Int = 200) throws -> ResultTable {
        let sql: String
        switch id.kind {
        case .membership:
            sql = """
                SELECT 'm:' || v.claim_id, v.alliance || '/' || v.state_iso3 || '/' || v.status ||
                       CASE WHEN v.valid_from IS NOT NULL THEN ' from ' || v.valid_from ELSE '' END ||
                       CASE WHEN v.valid_to IS NOT NULL THEN ' to ' || v.valid_to ELSE '' END,
                       v.source_kind, COALESCE(v.article_path, v.citation), ar.published, v.sentence_index, v.sentence,
                       ar.title, ar.url, ar.language, ar.path, ar.published_precision
                FROM membership m0 JOIN membership_view v ON v.claim_id = m0.id
                     OR (v.source_kind = 'article' AND v.claim_id IN
                         (SELECT id FROM membership WHERE alliance_id = m0.alliance_id AND state_id = m0.state_id AND status = m0.status))
                LEFT JOIN article ar ON ar.id = v.article_id
                WHERE m0.id = ? ORDER BY v.date, v.claim_id LIMIT ?
                """
        case .event:
            sql = """
                SELECT 'e:' || v.event_id, v.event_type || ' ' || COALESCE(v.date, 'date unknown') || ' ' || COALESCE(v.actors, ''),
                       'article', v.article_path, ar.published, v.sentence_index, v.sentence, ar.title, ar.url, ar.language, ar.path, ar.published_precision
                FROM event_view v JOIN article ar ON ar.id = v.article_id WHERE v.event_id = ? LIMIT ?
                """
        case .conflict:
            sql = """
                SELECT 'c:' || v.conflict_id, v.party_a || '/' || v.party_b || COALESCE(' ' || v.kind, ''), 'article',
                       v.article_path, v.article_published, v.sentence_index, v.sentence, ar.title, ar.url, ar.language, ar.path, ar.published_precision
                FROM conflict c0 JOIN conflict c ON c.party_a_id = c0.party_a_id AND c.party_b_id = c0.party_b_id
                JOIN conflict_view v ON v.conflict_id = c.id JOIN article ar ON ar.id = v.article_id
                WHERE c0.id = ? ORDER BY v.article_published, v.conflict_id LIMIT ?
                """
        case .person:
            sql = """
                SELECT 'p:' || v.person_role_id, v.name || ' (' || v.name_native || ')' || COALESCE(', ' || v.role, '') ||
                       COALESCE(', ' || v.state_iso3, ''), 'article', v.article_path, ar.published, v.sentence_index, v.sentence,
                       ar.title, ar.url, ar.language, ar.path, ar.published_precision
                FROM person_role p0 JOIN person_role pr ON pr.person_id = p0.person_id
                JOIN person_view v ON v.person_role_id = pr.id JOIN article ar ON ar.id = v.article_id
                WHERE p0.id = ? ORDER BY ar.published, v.person_role_id LIMIT ?
                """
        }
        var t = try connection.fetch(sql, [.integer(id.number), .integer(Int64(max(0, limit)))])
        guard !t.rows.isEmpty else { throw QueryError.factNotFound(id.description) }
        t.columns = Self.evidenceColumns
        t.kinds = Self.evidenceKinds
        return t
    }
}
