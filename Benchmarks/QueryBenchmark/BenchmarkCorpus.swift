import Foundation
import KBQuery

/// Fills an empty knowledge base with a synthetic corpus: 100,000 articles of 10 sentences,
/// 1,000,000 events of two or three actors, 300,000 membership claims, conflicts and persons.
///
/// The distribution: 60 states and 6 alliances; an event's actors are spread evenly over the
/// states (a typical pair shares a few hundred events) except Armenia and Azerbaijan, who share
/// one event in 200 (5,000); each alliance has claims about 10 states (about 5,000 claims per
/// state and alliance), 80% of them "member"; dates spread over 2000–2024, 5% of events undated.
enum BenchmarkCorpus {
    static let states = ["ARM", "AZE", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB", "GEO", "UKR", "MDA", "TKM", "USA", "CAN", "GBR",
                         "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "BEL", "LUX", "DNK", "NOR", "ISL", "SWE", "FIN", "POL", "CZE",
                         "SVK", "HUN", "ROU", "BGR", "GRC", "TUR", "ALB", "MNE", "MKD", "HRV", "SVN", "EST", "LVA", "LTU", "CHN",
                         "IND", "PAK", "IRN", "MNG", "AFG", "IRQ", "SYR", "ISR", "EGY", "SAU", "ARE", "QAT", "JPN", "KOR", "PRK"]
    static let alliances = ["CSTO", "NATO", "SCO", "CIS", "EAEU", "GUAM"]
    static let types = ["summit", "visit", "request-assistance", "deploy-forces", "withdraw-forces", "attack", "mediation",
                        "criticism", "agreement", "membership-change", "unrest", "election", "appointment", "war", "statement"]

    static func generate(into db: QueryConnection) throws {
        try db.run("PRAGMA synchronous = OFF", [])
        try db.inTransaction {
            for (i, s) in states.enumerated() {
                try db.run("INSERT INTO entity (id, kind, code, name) VALUES (?, 'state', ?, ?)", [.integer(Int64(i + 1)), .text(s), .text(s)])
            }
            for (i, a) in alliances.enumerated() {
                try db.run("INSERT INTO entity (id, kind, code, name) VALUES (?, 'alliance', ?, ?)", [.integer(Int64(101 + i)), .text(a), .text(a)])
            }
            try db.run("""
                INSERT INTO entity (id, kind, code, name)
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
                SELECT 1000 + i, 'person', 'person-' || i, 'Person ' || i FROM n
                """, [])
            try db.run("""
                INSERT INTO article (id, location, path, format, content_hash, language, published, published_precision, published_basis, text)
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                SELECT i, '/gen/' || i || '.txt', i || '.txt', 'txt', 'hash-' || i, 'en',
                       date('2000-01-01', '+' || ((i * 7919) % 9100) || ' days'), 'day', 'metadata', 'generated'
                FROM n
                """, [])
            try db.run("""
                INSERT INTO sentence (id, article_id, idx, start_offset, end_offset, text)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
                SELECT i + 1, i / 10 + 1, i % 10, (i % 10) * 80, (i % 10) * 80 + 79, 'Generated sentence ' || i || ' of a synthetic article.'
                FROM n
                """, [])
            // Event n belongs to article n % 100000 + 1, sentence n % 10 of it.
            try db.run("""
                INSERT INTO event (id, article_id, sentence_id, event_type, date, date_precision, trigger, rule)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
                SELECT i + 1, i % 100000 + 1, (i % 100000) * 10 + (i / 100000) % 10 + 1, ?,
                       CASE WHEN i % 20 = 0 THEN NULL
                            WHEN i % 3 = 0 THEN substr(ar.published, 1, 7)
                            WHEN i % 7 = 0 THEN substr(ar.published, 1, 4)
                            ELSE date(ar.published, '-' || (i % 9) || ' days') END,
                       CASE WHEN i % 20 = 0 THEN NULL WHEN i % 3 = 0 THEN 'month' WHEN i % 7 = 0 THEN 'year' ELSE 'day' END,
                       'generated', 'benchmark'
                FROM n JOIN article ar ON ar.id = i % 100000 + 1
                """.replacingOccurrences(of: "?", with: typeCase), [])
            // Two actors for every event, a third for one in four; Armenia and Azerbaijan share one in 200.
            try db.run("""
                INSERT OR IGNORE INTO event_actor (event_id, entity_id, position)
                SELECT id, CASE WHEN id % 200 = 0 THEN 1 ELSE abs(random()) % 60 + 1 END, 0 FROM event
                """, [])
            try db.run("""
                INSERT OR IGNORE INTO event_actor (event_id, entity_id, position)
                SELECT id, CASE WHEN id % 200 = 0 THEN 2 ELSE abs(random()) % 60 + 1 END, 1 FROM event
                """, [])
            try db.run("""
                INSERT OR IGNORE INTO event_actor (event_id, entity_id, position)
                SELECT id, CASE WHEN id % 8 = 0 THEN 101 + abs(random()) % 6 ELSE abs(random()) % 60 + 1 END, 2 FROM event WHERE id % 4 = 0
                """, [])
            // The pairs of actors of each event, as the store writes them with the event.
            try db.run("""
                INSERT OR IGNORE INTO event_pair (a, b, event_id)
                SELECT x.entity_id, y.entity_id, x.event_id FROM event_actor x
                JOIN event_actor y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
                """, [])
            // Three membership claims per article, about the 10 states of one alliance each, dated by their
            // article: reports (their time columns are the store's to set since migration 0005).
            try db.run("""
                INSERT OR IGNORE INTO membership (source_kind, article_id, sentence_id, alliance_id, state_id, status, claim_date,
                                                  claim_date_precision, rule, confidence, published, dated_change)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 299999)
                SELECT 'article', i / 3 + 1, (i / 3) * 10 + 1, 101 + (i / 3 + i % 3) % 6,
                       ((i / 3 + i % 3) % 6) * 8 + abs(random()) % 10 + 1,
                       CASE WHEN i % 10 = 0 THEN 'suspended' WHEN i % 17 = 0 THEN 'non-member' ELSE 'member' END,
                       ar.published, 'day', 'benchmark', 0.8, ar.published, 0
                FROM n JOIN article ar ON ar.id = i / 3 + 1
                """, [])
            try db.run("""
                INSERT OR IGNORE INTO conflict (article_id, sentence_id, party_a_id, party_b_id, kind, rule)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
                SELECT i * 5 + 1, i * 50 + 2, CASE WHEN i % 4 = 0 THEN 1 ELSE i % 30 + 1 END,
                       CASE WHEN i % 4 = 0 THEN 2 ELSE i % 30 + 31 END, 'border', 'benchmark' FROM n
                """, [])
            try db.run("""
                INSERT OR IGNORE INTO person_role (article_id, sentence_id, person_id, name_native, state_id, role, rule)
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
                SELECT i * 2 + 1, i * 20 + 3, 1001 + i % 500, 'Person ' || (i % 500), (i % 500) % 60 + 1, 'minister', 'benchmark' FROM n
                """, [])
        }
        try db.run("ANALYZE", [])
    }

    /// The event type of event `i`, as an SQL CASE over `i % 15`.
    static var typeCase: String {
        "CASE i % 15 " + types.enumerated().map { "WHEN \($0.offset) THEN '\($0.element)'" }.joined(separator: " ") + " END"
    }
}
