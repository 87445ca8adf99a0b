import Foundation
import KBExtraction
import KBModel
@testable import KBQuery

/// A fresh knowledge base in a temporary directory, filled with hand-made facts.
final class Fixture {
    let directory: URL
    let connection: PendingSQLite
    let kb: KnowledgeBase
    private var articles = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kbquery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        connection = try PendingSQLite(path: directory.appendingPathComponent("kb.sqlite").path)
        kb = KnowledgeBase(connection: connection)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func ref(_ code: String) -> EntityRef {
        if let e = Gazetteer.shared.alliance(code: code) ?? Gazetteer.shared.state(code: code) { return e }
        return EntityRef(kind: .person, code: code, name: code)
    }

    /// One membership claim, as `facts` would carry it.
    static func claim(_ alliance: String, _ state: String, _ status: MembershipStatus, _ date: String?, sentence: Int = 0) -> MembershipClaim {
        MembershipClaim(alliance: ref(alliance), state: ref(state), status: status, date: date.flatMap { FuzzyDate(iso: $0) },
                        provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    static func event(_ type: EventType, _ date: String?, _ actors: [String], trigger: String = "t", sentence: Int = 0) -> Event {
        Event(type: type, date: date.flatMap { FuzzyDate(iso: $0) }, actors: actors.map(ref), trigger: trigger,
              provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    /// Stores one article with `sentences` and the facts that point into them.
    @discardableResult
    func write(published: String?, sentences: [String] = ["A sentence."], language: Language = .english,
               memberships: [MembershipClaim] = [], events: [Event] = [], conflicts: [Conflict] = [],
               persons: [PersonMention] = []) throws -> Int64 {
        articles += 1
        let path = "a\(articles).txt"
        var offset = 0
        let sents = sentences.enumerated().map { i, s in
            defer { offset += s.unicodeScalars.count + 1 }
            return Sentence(index: i, start: offset, end: offset + s.unicodeScalars.count, text: s)
        }
        let article = Article(path: path, location: directory.appendingPathComponent(path).path,
                              published: published.flatMap { FuzzyDate(iso: $0) }, text: sentences.joined(separator: " "))
        let facts = ArticleFacts(language: language, published: article.published, publishedBasis: article.publishedBasis,
                                 sentences: sents, memberships: memberships, events: events, conflicts: conflicts, persons: persons)
        return try FactWriter(connection: connection).write(article: article, contentHash: "hash-\(articles)", facts: facts)
    }
}

/// Stores facts with plain SQL, as KnowledgeStore.write does.
struct FactWriter {
    let connection: QueryConnection

    func entityID(_ e: EntityRef) throws -> Int64 {
        try connection.run("INSERT INTO entity (kind, code, name) VALUES (?, ?, ?) ON CONFLICT (kind, code) DO NOTHING",
                           [.text(e.kind.rawValue), .text(e.code), .text(e.name)])
        return Int64(try connection.fetch("SELECT id FROM entity WHERE kind = ? AND code = ?", [.text(e.kind.rawValue), .text(e.code)]).rows[0][0]!)!
    }

    func last() throws -> Int64 { Int64(try connection.fetch("SELECT last_insert_rowid()", []).rows[0][0]!)! }

    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> Int64 {
        try connection.inTransaction {
            try connection.run("""
                INSERT INTO article (location, path, format, content_hash, language, published, published_precision, published_basis, text)
                VALUES (?, ?, 'txt', ?, ?, ?, ?, ?, ?)
                """, [.text(article.location), .text(article.path), .text(contentHash), .text(facts.language.rawValue),
                      .optional(article.published?.iso), .optional(article.published?.precision.rawValue),
                      .text(article.publishedBasis.rawValue), .text(article.text)])
            let aid = try last()
            var sid: [Int: Int64] = [:]
            for s in facts.sentences {
                try connection.run("INSERT INTO sentence (article_id, idx, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)",
                                   [.integer(aid), .integer(Int64(s.index)), .integer(Int64(s.start)), .integer(Int64(s.end)), .text(s.text)])
                sid[s.index] = try last()
            }
            for m in facts.memberships {
                try connection.run("""
                    INSERT INTO membership (source_kind, article_id, sentence_id, alliance_id, state_id, status, claim_date, claim_date_precision, rule, confidence)
                    VALUES ('article', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.integer(aid), .integer(sid[m.provenance.sentenceIndex]!), .integer(try entityID(m.alliance)), .integer(try entityID(m.state)),
                          .text(m.status.rawValue), .optional(m.date?.iso), .optional(m.date?.precision.rawValue), .text(m.provenance.rule),
                          .real(m.provenance.confidence)])
            }
            for e in facts.events {
                try connection.run("""
                    INSERT INTO event (article_id, sentence_id, event_type, date, date_precision, location_id, trigger, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, [.integer(aid), .integer(sid[e.provenance.sentenceIndex]!), .text(e.type.rawValue), .optional(e.date?.iso),
                          .optional(e.date?.precision.rawValue), try e.location.map { .integer(try entityID($0)) } ?? .null,
                          .text(e.trigger), .text(e.provenance.rule)])
                let eid = try last()
                for (i, a) in e.actors.enumerated() {
                    try connection.run("INSERT OR IGNORE INTO event_actor (event_id, entity_id, position) VALUES (?, ?, ?)",
                                       [.integer(eid), .integer(try entityID(a)), .integer(Int64(i))])
                }
            }
            for c in facts.conflicts {
                try connection.run("INSERT INTO conflict (article_id, sentence_id, party_a_id, party_b_id, kind, rule) VALUES (?, ?, ?, ?, ?, ?)",
                                   [.integer(aid), .integer(sid[c.provenance.sentenceIndex]!), .integer(try entityID(c.partyA)),
                                    .integer(try entityID(c.partyB)), .optional(c.kind?.rawValue), .text(c.provenance.rule)])
            }
            for p in facts.persons {
                try connection.run("""
                    INSERT INTO person_role (article_id, sentence_id, person_id, name_native, state_id, role, rule) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, [.integer(aid), .integer(sid[p.provenance.sentenceIndex]!), .integer(try entityID(p.person)), .text(p.nameNative),
                          try p.state.map { .integer(try entityID($0)) } ?? .null, .optional(p.role), .text(p.provenance.rule)])
            }
            return aid
        }
    }
}
