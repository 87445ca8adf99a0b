import KBModel

/// The tables `export` writes, one CSV file each.
public enum ExportTable: String, CaseIterable, Sendable {
    case articles, entities, aliases, mentions, memberships, events, conflicts, persons

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
                SELECT claim_id, fact_id, alliance, state_iso3, state_name, status, source_kind, article_id, article_path,
                       date, valid_to, rule, confidence, citation, sentence_index, sentence
                FROM membership_view ORDER BY source_kind, alliance, state_iso3, date, article_path, claim_id
                """
        case .events:
            return """
                SELECT event_id, event_type, date, date_precision, date_text, actors, location, trigger, rule, confidence,
                       article_id, article_path, sentence_index, sentence
                FROM event_view ORDER BY article_path, article_id, sentence_index, event_id
                """
        case .conflicts:
            return """
                SELECT conflict_id, party_a, party_b, kind, rule, article_id, article_path, sentence_index, sentence
                FROM conflict_view ORDER BY article_path, article_id, conflict_id
                """
        case .persons:
            return """
                SELECT person_role_id, person_code, name, name_native, state_iso3, role, rule, article_id, article_path,
                       sentence_index, sentence
                FROM person_view ORDER BY article_path, article_id, person_role_id
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
