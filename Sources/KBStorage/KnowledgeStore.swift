import CSQLite
import Foundation
import KBModel

/// The knowledge base: articles, their sentences and mentions, and the facts read from them.
/// Writes one article and all its facts in one transaction.
///
///     let store = try KnowledgeStore(path: "alliance-kb.sqlite")
///     let outcome = try store.write(article: article, contentHash: hash, facts: facts)
public final class KnowledgeStore {
    public let database: Database
    /// Entity ids by reference, so that each entity is looked up once per connection.
    private var entityIDs: [EntityRef: Int64] = [:]

    /// What `write` did with an article.
    public enum WriteOutcome: Equatable, Sendable {
        case inserted(articleID: Int64)
        case replaced(articleID: Int64)
        case unchanged(articleID: Int64)
        case duplicate(ofPath: String)
    }

    /// Opens (creating and migrating as needed) the knowledge base at `path`.
    public init(path: String, busyTimeout: Double = 10) throws {
        database = try Database(path: path, busyTimeout: busyTimeout)
        try Migrator.migrate(database)
    }

    /// Opens an existing knowledge base for reading; refuses a missing file rather than creating it.
    public init(existing path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notFound(path: path) }
        database = try Database(path: path)
        try Migrator.migrate(database)
    }

    /// The stored article with this content hash, if any.
    public func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        let rows = try database.values(sql: "SELECT id, location, path FROM article WHERE content_hash = ?", arguments: [.text(contentHash)])
        guard let r = rows.first, let id = r[0].int64 else { return nil }
        return (id, r[1].text ?? "", r[2].text ?? "")
    }

    /// The id of an entity, inserted on first use (an existing entity keeps its name).
    func entityID(_ e: EntityRef) throws -> Int64 {
        if let id = entityIDs[e] { return id }
        try database.execute(sql: "INSERT INTO entity (kind, code, name) VALUES (?, ?, ?) ON CONFLICT (kind, code) DO NOTHING",
                             arguments: [.text(e.kind.rawValue), .text(e.code), .text(e.name)])
        return try lookUpEntity(e)
    }

    private func lookUpEntity(_ e: EntityRef) throws -> Int64 {
        guard let id = try database.scalar(sql: "SELECT id FROM entity WHERE kind = ? AND code = ?",
                                           arguments: [.text(e.kind.rawValue), .text(e.code)]).int64 else {
            throw SQLiteError(code: SQLITE_INTERNAL, message: "entity \(e.kind.rawValue) \(e.code) was not stored")
        }
        entityIDs[e] = id
        return id
    }

    /// Runs `body` in a transaction; when it fails, forgets the entity ids learnt meanwhile, since
    /// the rollback removed the rows they name.
    private func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        let known = entityIDs
        do {
            return try database.transaction(immediate: true, body)
        } catch {
            entityIDs = known
            throw error
        }
    }

    /// Upserts the gazetteer's entities (their canonical names win) and aliases, in one transaction.
    /// Meant once per ingest run; 10,000 aliases take a few tens of milliseconds.
    public func syncAliases(_ aliases: [Alias]) throws {
        try writeTransaction {
            let upsertEntity = try database.cached("""
                INSERT INTO entity (kind, code, name) VALUES (?, ?, ?)
                ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name WHERE name <> excluded.name
                """)
            let insertAlias = try database.cached("INSERT OR IGNORE INTO alias (entity_id, language, surface, normalized) VALUES (?, ?, ?, ?)")
            var synced: [EntityRef: Int64] = [:]
            for a in aliases {
                let id: Int64
                if let known = synced[a.entity] {
                    id = known
                } else {
                    try upsertEntity.execute([.text(a.entity.kind.rawValue), .text(a.entity.code), .text(a.entity.name)])
                    id = try lookUpEntity(a.entity)
                    synced[a.entity] = id
                }
                try insertAlias.execute([.integer(id), .text(a.language.rawValue), .text(a.surface), .text(a.normalized)])
            }
        }
    }

    /// Writes one article and all its facts in one transaction (all or nothing).
    /// - same location and same content hash: `.unchanged` (nothing written);
    /// - another location already holds this content hash: `.duplicate(ofPath:)` (nothing written);
    /// - same location, different hash: the old article and its facts go, the new one is inserted: `.replaced`;
    /// - otherwise `.inserted`.
    public func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> WriteOutcome {
        try writeTransaction {
            if let same = try storedArticle(contentHash: contentHash) {
                return same.location == article.location ? .unchanged(articleID: same.id) : .duplicate(ofPath: same.path)
            }
            var replaced = false
            if let old = try database.scalar(sql: "SELECT id FROM article WHERE location = ?", arguments: [.text(article.location)]).int64 {
                // ON DELETE CASCADE takes its sentences, mentions and facts along
                try database.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [.integer(old)])
                replaced = true
            }
            let published = facts.published ?? article.published
            let basis = facts.published != nil ? facts.publishedBasis : article.publishedBasis
            try database.execute(sql: """
                INSERT INTO article (location, path, format, content_hash, external_id, language, title, published,
                                     published_precision, published_basis, url, source, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [.text(article.location), .text(article.path), .text(article.format.rawValue), .text(contentHash),
                                 DatabaseValue(article.externalID), .text(facts.language.rawValue), DatabaseValue(article.title),
                                 DatabaseValue(published?.iso), DatabaseValue(published?.precision.rawValue),
                                 .text(published == nil ? PublishedBasis.unknown.rawValue : basis.rawValue),
                                 DatabaseValue(article.url), DatabaseValue(article.source), .text(article.text)])
            let articleID = database.lastInsertRowID
            for e in facts.referencedEntities { _ = try entityID(e) }
            try writeFacts(facts, articleID: articleID, articlePath: article.path)
            return replaced ? .replaced(articleID: articleID) : .inserted(articleID: articleID)
        }
    }

    private func writeFacts(_ facts: ArticleFacts, articleID: Int64, articlePath: String) throws {
        let a = DatabaseValue.integer(articleID)
        var sentenceIDs: [Int: Int64] = [:]
        let insertSentence = try database.cached("INSERT INTO sentence (article_id, idx, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)")
        for s in facts.sentences {
            try insertSentence.execute([a, .integer(Int64(s.index)), .integer(Int64(s.start)), .integer(Int64(s.end)), .text(s.text)])
            sentenceIDs[s.index] = database.lastInsertRowID
        }
        func sentence(_ i: Int) throws -> DatabaseValue {
            guard let id = sentenceIDs[i] else { throw StoreError.missingSentence(index: i, articlePath: articlePath) }
            return .integer(id)
        }
        func date(_ d: FuzzyDate?) -> [DatabaseValue] { [DatabaseValue(d?.iso), DatabaseValue(d?.precision.rawValue)] }

        let insertMention = try database.cached("INSERT INTO mention (article_id, sentence_id, entity_id, start_offset, end_offset, surface) VALUES (?, ?, ?, ?, ?, ?)")
        for m in facts.mentions {
            try insertMention.execute([a, try sentence(m.sentenceIndex), .integer(try entityID(m.entity)),
                                       .integer(Int64(m.start)), .integer(Int64(m.end)), .text(m.surface)])
        }
        let insertClaim = try database.cached("""
            INSERT OR IGNORE INTO membership (source_kind, article_id, sentence_id, alliance_id, state_id, status,
                                              claim_date, claim_date_precision, rule, confidence)
            VALUES ('article', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in facts.memberships {
            try insertClaim.execute([a, try sentence(c.provenance.sentenceIndex), .integer(try entityID(c.alliance)),
                                     .integer(try entityID(c.state)), .text(c.status.rawValue)] + date(c.date)
                                    + [.text(c.provenance.rule), .real(c.provenance.confidence)])
        }
        let insertEvent = try database.cached("""
            INSERT INTO event (article_id, sentence_id, event_type, date, date_precision, date_text, location_id, trigger, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertActor = try database.cached("INSERT OR IGNORE INTO event_actor (event_id, entity_id, position) VALUES (?, ?, ?)")
        for e in facts.events {
            try insertEvent.execute([a, try sentence(e.provenance.sentenceIndex), .text(e.type.rawValue)] + date(e.date)
                                    + [DatabaseValue(e.dateText), e.location.map { .integer(try entityID($0)) } ?? .null,
                                       .text(e.trigger), .text(e.provenance.rule), .real(e.provenance.confidence)])
            let eventID = database.lastInsertRowID
            for (i, actor) in e.actors.enumerated() {
                try insertActor.execute([.integer(eventID), .integer(try entityID(actor)), .integer(Int64(i))])
            }
        }
        let insertConflict = try database.cached("INSERT OR IGNORE INTO conflict (article_id, sentence_id, party_a_id, party_b_id, kind, rule) VALUES (?, ?, ?, ?, ?, ?)")
        for c in facts.conflicts {
            try insertConflict.execute([a, try sentence(c.provenance.sentenceIndex), .integer(try entityID(c.partyA)),
                                        .integer(try entityID(c.partyB)), DatabaseValue(c.kind?.rawValue), .text(c.provenance.rule)])
        }
        let insertPerson = try database.cached("INSERT OR IGNORE INTO person_role (article_id, sentence_id, person_id, name_native, state_id, role, rule) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for p in facts.persons {
            try insertPerson.execute([a, try sentence(p.provenance.sentenceIndex), .integer(try entityID(p.person)), .text(p.nameNative),
                                      p.state.map { .integer(try entityID($0)) } ?? .null, DatabaseValue(p.role), .text(p.provenance.rule)])
        }
    }
}
