import KBModel

/// The tables `export` writes, one CSV file each.
public enum ExportTable: String, CaseIterable, Sendable {
    case articles, entities, aliases, mentions, memberships, events, conflicts, persons
    /// The text of every article, which mention offsets (Unicode scalars) count in.
    case articleTexts = "article_texts"

    /// The query behind the table: the views of the schema, columns named as the CSV headers.
    var sql: String {
        switch self {
        case .articles:
            return """
                SELECT id AS article_id, path, language, title, published, published_precision, published_basis, url, source,
                       external_id, format, content_hash, length(text) AS characters
                FROM article ORDER BY path, id
                """
        case .entities:
            return "SELECT id AS entity_id, kind, code, name FROM entity ORDER BY kind, code"
        case .aliases:
            return """
                SELECT e.kind, e.code, al.language, al.surface, al.normalized
                FROM alias al JOIN entity e ON e.id = al.entity_id ORDER BY e.kind, e.code, al.language, al.surface
                """
        case .mentions:
            return """
                SELECT article_id, sentence_index, code, kind, name, surface, start_offset, end_offset
                FROM mention_view ORDER BY article_path, article_id, start_offset, end_offset, code
                """
        case .memberships:
            return """
                SELECT v.claim_id, v.fact_id, v.alliance, v.state_iso3, v.state_name, v.status, v.source_kind, v.article_id, v.article_path,
                       v.date, COALESCE(m.claim_date_precision, m.valid_from_precision) AS date_precision, v.valid_to,
                       v.rule, v.confidence, v.citation, v.sentence_index, v.sentence, ar.url, ar.title, ar.language
                FROM membership_view v JOIN membership m ON m.id = v.claim_id LEFT JOIN article ar ON ar.id = v.article_id
                ORDER BY v.source_kind, v.alliance, v.state_iso3, v.date, v.article_path, v.claim_id
                """
        case .events:
            return """
                SELECT v.event_id, v.event_type, v.date, v.date_precision, v.date_text, v.actors, v.location, v.trigger, v.rule, v.confidence,
                       v.article_id, v.article_path, v.sentence_index, v.sentence, ar.url, ar.title, ar.language
                FROM event_view v JOIN article ar ON ar.id = v.article_id
                ORDER BY v.article_path, v.article_id, v.sentence_index, v.event_id
                """
        case .conflicts:
            return """
                SELECT v.conflict_id, v.party_a, v.party_b, v.kind, v.rule, v.article_id, v.article_path, v.sentence_index, v.sentence,
                       ar.url, ar.title, ar.language
                FROM conflict_view v JOIN article ar ON ar.id = v.article_id ORDER BY v.article_path, v.article_id, v.conflict_id
                """
        case .persons:
            return """
                SELECT v.person_role_id, v.person_code, v.name, v.name_native, v.state_iso3, v.role, v.rule, v.article_id, v.article_path,
                       v.sentence_index, v.sentence, ar.url, ar.title, ar.language
                FROM person_view v JOIN article ar ON ar.id = v.article_id ORDER BY v.article_path, v.article_id, v.person_role_id
                """
        case .articleTexts:
            return """
                SELECT id AS article_id, path, language, text FROM article ORDER BY path, id
                """
        }
    }
}

extension KnowledgeStore {
    /// The rows of one export table.
    public func exportTable(_ table: ExportTable) throws -> ResultTable {
        try database.rows(sql: table.sql)
    }

    /// Counts per table and per language, and the date range of the articles, as (measure, value) rows.
    public func statistics() throws -> ResultTable {
        var t = ResultTable(columns: ["measure", "value"])
        let tables = [("articles", "article"), ("sentences", "sentence"), ("entities", "entity"), ("aliases", "alias"),
                      ("mentions", "mention"), ("membership claims", "membership"), ("events", "event"),
                      ("conflicts", "conflict"), ("person roles", "person_role")]
        for (label, table) in tables {
            t.rows.append([label, try database.scalar(sql: "SELECT count(*) FROM \(table)").text])
        }
        for row in try database.values(sql: "SELECT language, count(*) FROM article GROUP BY language ORDER BY count(*) DESC, language") {
            t.rows.append(["articles (\(row[0].text ?? "?"))", row[1].text])
        }
        for row in try database.values(sql: "SELECT source_kind, count(*) FROM membership GROUP BY source_kind ORDER BY source_kind") {
            t.rows.append(["membership claims (\(row[0].text ?? "?"))", row[1].text])
        }
        for row in try database.values(sql: "SELECT kind, count(*) FROM entity GROUP BY kind ORDER BY kind") {
            t.rows.append(["entities (\(row[0].text ?? "?"))", row[1].text])
        }
        // Month-and-day dates without a year ('XXXX-11-23') would sort after every real year.
        let dated = try database.values(sql: "SELECT min(published), max(published) FROM article WHERE published NOT LIKE 'X%'")
        t.rows.append(["first published", dated.first?[0].text])
        t.rows.append(["last published", dated.first?[1].text])
        t.rows.append(["articles without a publication year",
                       try database.scalar(sql: "SELECT count(*) FROM article WHERE published IS NULL OR published LIKE 'X%'").text])
        return t
    }
}
