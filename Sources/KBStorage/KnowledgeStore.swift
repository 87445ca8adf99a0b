import CSQLite
import Foundation
import KBModel
import KBSchema

/// The knowledge base: articles, their sentences and mentions, and the facts read from them.
/// Writes one article and all its facts in one transaction; `batch` groups the commits of a run.
///
///     let store = try KnowledgeStore(path: "alliance-kb.sqlite")
///     let outcome = try store.write(article: article, contentHash: hash, facts: facts)
///
/// Like its `Database`, a store is used by one thread at a time.
public final class KnowledgeStore {
    /// The connection, for typed reads by the query layer.
    public let database: Database
    /// Entity ids by kind and code, so that each entity is looked up once per connection.
    var entityIDs: [EntityKey: Int64] = [:]

    /// What identifies an entity in the store (its name is not part of it), cheaper to hash than
    /// an `EntityRef`.
    struct EntityKey: Hashable {
        var kind: EntityKind
        var code: String
        init(_ e: EntityRef) { (kind, code) = (e.kind, e.code) }
    }

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

    /// Opens an existing knowledge base for reading (export, stats, queries); refuses a missing file
    /// rather than creating it. The connection is read-only, so that a file or folder that is not
    /// writable can still be queried; only an older schema is upgraded first, which needs writing.
    public init(existing path: String, busyTimeout: Double = 10) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.notFound(path: path) }
        let reader = try Database(path: path, readOnly: true, busyTimeout: busyTimeout)
        let version = try Migrator.version(of: reader)
        if version > KBSchema.latestVersion {
            throw StoreError.newerSchema(path: path, found: version, known: KBSchema.latestVersion)
        }
        if version == 0, let n = try reader.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").int64, n > 0 {
            throw StoreError.notAKnowledgeBase(path: path)
        }
        if version == KBSchema.latestVersion {
            database = reader
            return
        }
        do {
            database = try Database(path: path, busyTimeout: busyTimeout)
            try Migrator.migrate(database)
        } catch let e as SQLiteError where e.primaryCode == SQLITE_READONLY || e.primaryCode == SQLITE_CANTOPEN {
            throw StoreError.cannotOpen(path: path, reason: "it has schema \(version), older than this binary's \(KBSchema.latestVersion), "
                                        + "and is write-protected, so it cannot be upgraded; make it writable once")
        } catch StoreError.cannotOpen {
            throw StoreError.cannotOpen(path: path, reason: "it has schema \(version), older than this binary's \(KBSchema.latestVersion), "
                                        + "and is write-protected, so it cannot be upgraded; make it writable once")
        }
    }

    /// The stored article with this content hash, if any.
    public func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        let rows = try database.values(sql: "SELECT id, location, path FROM article WHERE content_hash = ?", arguments: [.text(contentHash)])
        guard let r = rows.first, let id = r[0].int64 else { return nil }
        return (id, r[1].text ?? "", r[2].text ?? "")
    }

    /// The id of an entity, inserted on first use (an existing entity keeps its name).
    func entityID(_ e: EntityRef) throws -> Int64 {
        if let id = entityIDs[EntityKey(e)] { return id }
        try database.execute(sql: "INSERT INTO entity (id, kind, code, name) VALUES (?, ?, ?, ?) ON CONFLICT (kind, code) DO NOTHING",
                             arguments: [.integer(StableID.entity(kind: e.kind.rawValue, code: e.code)), .text(e.kind.rawValue), .text(e.code), .text(e.name)])
        return try lookUpEntity(e)
    }

    private func lookUpEntity(_ e: EntityRef) throws -> Int64 {
        guard let id = try database.scalar(sql: "SELECT id FROM entity WHERE kind = ? AND code = ?",
                                           arguments: [.text(e.kind.rawValue), .text(e.code)]).int64 else {
            throw SQLiteError(code: SQLITE_INTERNAL, message: "entity \(e.kind.rawValue) \(e.code) was not stored")
        }
        entityIDs[EntityKey(e)] = id
        return id
    }

    /// Runs `body` in a transaction (a savepoint inside a batch); when it fails, forgets the entity
    /// ids learnt meanwhile, since the rollback removed the rows they name.
    private func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        let known = entityIDs
        let result: T
        do {
            result = try database.transaction(immediate: true, body)
        } catch {
            entityIDs = known
            throw error
        }
        try batchDidWrite()
        return result
    }

    /// Starts grouping writes into one commit: until `commitBatch`, each `write` is all or nothing
    /// as a savepoint of one open transaction. A commit per article appends every page it touched
    /// to the WAL and fsyncs at each checkpoint; grouping a few hundred articles per commit makes
    /// ingest several times faster. Other connections see the articles at the commit; the write
    /// lock is held meanwhile. Does nothing when a transaction is already open.
    public func beginBatch() throws {
        guard !database.isInTransaction else { return }
        // A CHECK constraint with a list (`event_type IN (...)`) builds a small table of the list
        // on every single-row insert: 93,000 event rows took 1.3 s with the event table's two
        // such checks, 0.5 s without (about 35 of them an article on the benchmark corpus).
        // Every value a batch writes comes from a Swift enum whose cases the schema lists (a test
        // inserts each one with the checks on), so batches skip them; other writes keep them.
        try database.execute(sql: "PRAGMA ignore_check_constraints = ON")
        checksOff = true
        if bulkLoading {
            // Foreign keys are checked row by row (two look-ups for most rows, half of a bulk
            // load's time); the batch writes only ids it has just made or looked up. A write that
            // needs their cascades (a replacement) throws, and is redone outside the batch.
            try database.execute(sql: "PRAGMA foreign_keys = OFF")
            foreignKeysOff = true
        }
        do {
            try database.execute(sql: "BEGIN IMMEDIATE")
        } catch {
            restoreBatchPragmas()
            throw error
        }
        pendingWrites = 0
        entityIDsAtBatchStart = entityIDs
    }

    /// CHECK constraints and foreign keys back on after a batch (the foreign-key pragma is a no-op
    /// inside a transaction).
    func restoreBatchPragmas() {
        if checksOff, (try? database.execute(sql: "PRAGMA ignore_check_constraints = OFF")) != nil { checksOff = false }
        guard foreignKeysOff, !database.isInTransaction else { return }
        if (try? database.execute(sql: "PRAGMA foreign_keys = ON")) != nil { foreignKeysOff = false }
    }

    /// Undoes the writes since `beginBatch` and forgets the entity ids learnt meanwhile.
    public func rollbackBatch() {
        pendingWrites = 0
        if database.isInTransaction { try? database.execute(sql: "ROLLBACK") }
        restoreBatchPragmas()
        entityIDs = entityIDsAtBatchStart ?? [:]
        entityIDsAtBatchStart = nil
    }

    /// Set by `beginBulkLoad` (an empty knowledge base): batches run without foreign-key checks.
    var bulkLoading = false
    /// Whether this connection runs with foreign keys off (inside a bulk-load batch).
    private(set) var foreignKeysOff = false
    /// Whether this connection skips CHECK constraints (inside a batch).
    private(set) var checksOff = false

    /// The entity ids known when the open batch began.
    private var entityIDsAtBatchStart: [EntityKey: Int64]?

    /// Commits the writes since `beginBatch` (nothing to do without one). When the commit fails,
    /// SQLite may have rolled the whole batch back, so the store forgets the entity ids it learnt.
    public func commitBatch() throws {
        pendingWrites = 0
        guard database.isInTransaction else { return }
        do {
            try database.execute(sql: "COMMIT")
        } catch {
            entityIDs.removeAll()
            if database.isInTransaction { try? database.execute(sql: "ROLLBACK") }
            restoreBatchPragmas()
            throw error
        }
        restoreBatchPragmas()
    }

    /// Runs `body`, typically a loop of `write` calls, in batches of `articlesPerCommit` writes
    /// (see `beginBatch`). What was written is committed also when `body` throws, as it would be
    /// without a batch.
    ///
    ///     try store.batch { for (a, h, f) in work { _ = try store.write(article: a, contentHash: h, facts: f) } }
    public func batch<T>(articlesPerCommit: Int = 200, _ body: () throws -> T) throws -> T {
        if batchLimit != nil || database.isInTransaction { return try body() }
        try beginBatch()
        batchLimit = max(1, articlesPerCommit)
        defer { batchLimit = nil }
        let result: T
        do {
            result = try body()
        } catch {
            try? commitBatch()
            throw error
        }
        try commitBatch()
        return result
    }

    /// Writes since the last commit of the current batch.
    private var pendingWrites = 0
    /// Writes per commit while `batch` runs; nil outside one.
    private var batchLimit: Int?

    private func batchDidWrite() throws {
        guard let limit = batchLimit else { return }
        pendingWrites += 1
        guard pendingWrites >= limit else { return }
        do { try commitBatch() } catch { batchLimit = nil; throw error }
        // Should another writer hold the lock past the busy timeout, the batch goes on with a
        // transaction per write: slower, but what write returns stays true.
        if (try? beginBatch()) == nil { batchLimit = nil }
    }

    /// Upserts the gazetteer's entities (their canonical names win) and aliases, in one transaction.
    /// Meant once per ingest run; 10,000 aliases take a few tens of milliseconds.
    public func syncAliases(_ aliases: [Alias]) throws {
        try writeTransaction {
            let upsertEntity = try database.cached("""
                INSERT INTO entity (id, kind, code, name) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name WHERE name <> excluded.name
                """)
            let insertAlias = try database.cached("INSERT OR IGNORE INTO alias (entity_id, language, surface, normalized) VALUES (?, ?, ?, ?)")
            var synced: [EntityRef: Int64] = [:]
            for a in aliases {
                let id: Int64
                if let known = synced[a.entity] {
                    id = known
                } else {
                    try upsertEntity.execute([.integer(StableID.entity(kind: a.entity.kind.rawValue, code: a.entity.code)),
                                              .text(a.entity.kind.rawValue), .text(a.entity.code), .text(a.entity.name)])
                    id = try lookUpEntity(a.entity)
                    synced[a.entity] = id
                }
                try insertAlias.execute([.integer(id), .text(a.language.rawValue), .text(a.surface), .text(a.normalized)])
            }
        }
    }

    /// Writes one article and all its facts in one transaction (all or nothing).
    /// - same location and same content hash: `.unchanged` (nothing written);
    /// - another location already holds this content hash: `.duplicate(ofPath:)` (an earlier version at
    ///   this location is removed with its facts; nothing else is written);
    /// - same location, different hash: the old article and its facts go, the new one is inserted: `.replaced`;
    /// - otherwise `.inserted`.
    public func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> WriteOutcome {
        try writeTransaction { try writeArticle(article, contentHash: contentHash, facts: facts) }
    }

    /// `write` without its own transaction or savepoint: for a batch opened with `beginBatch`, whose
    /// caller rolls the whole batch back (`rollbackBatch`) when this throws, since the article may
    /// then be half written. A savepoint per article spills its journal to temporary files; a batch
    /// that is redone article by article on the rare failure does not.
    public func writeInBatch(article: Article, contentHash: String, facts: ArticleFacts) throws -> WriteOutcome {
        guard database.isInTransaction else { return try write(article: article, contentHash: contentHash, facts: facts) }
        return try writeArticle(article, contentHash: contentHash, facts: facts)
    }

    func writeArticle(_ article: Article, contentHash: String, facts: ArticleFacts) throws -> WriteOutcome {
        do {
            let same = try storedArticle(contentHash: contentHash)
            if let same, same.location == article.location { return .unchanged(articleID: same.id) }
            // The earlier version at this location goes first, also when the new text is a
            // duplicate of another file: its old facts must not outlive the text they came from.
            var replaced = false
            if let old = try database.scalar(sql: "SELECT id FROM article WHERE location = ?", arguments: [.text(article.location)]).int64 {
                if foreignKeysOff { throw StoreError.replacementInBulkBatch(path: article.path) }
                // ON DELETE CASCADE takes its sentences, mentions and facts along
                try database.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [.integer(old)])
                replaced = true
            }
            if let same { return .duplicate(ofPath: same.path) }
            let published = facts.published ?? article.published
            let basis = facts.published != nil ? facts.publishedBasis : article.publishedBasis
            // The id follows the content (the next free one in the unlikely case of a collision).
            var articleID = StableID.of(["article", contentHash])
            while try database.scalar(sql: "SELECT 1 FROM article WHERE id = ?", arguments: [.integer(articleID)]).int64 != nil {
                articleID = articleID % 0x000F_FFFF_FFFF_FFFF + 1
            }
            try database.execute(sql: """
                INSERT INTO article (id, location, path, format, content_hash, external_id, language, title, published,
                                     published_precision, published_basis, url, source, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [.integer(articleID), .text(article.location), .text(article.path), .text(article.format.rawValue), .text(contentHash),
                                 DatabaseValue(article.externalID), .text(facts.language.rawValue), DatabaseValue(article.title),
                                 DatabaseValue(published?.iso), DatabaseValue(published?.precision.rawValue),
                                 .text(published == nil ? PublishedBasis.unknown.rawValue : basis.rawValue),
                                 DatabaseValue(article.url), DatabaseValue(article.source), .text(article.text)])
            try writeFacts(facts, articleID: articleID, articlePath: article.path, contentHash: contentHash, articlePublished: published?.iso)
            return replaced ? .replaced(articleID: articleID) : .inserted(articleID: articleID)
        }
    }

    /// Fact ids follow the article's content hash and the fact's normalised key (with its
    /// occurrence, for the same key twice in one article): see `StableID`.
    private func writeFacts(_ facts: ArticleFacts, articleID: Int64, articlePath: String, contentHash: String, articlePublished: String?) throws {
        let a = DatabaseValue.integer(articleID)
        var article = StableID.Key()
        article.append(contentHash)
        var occurrences: [StableID.Key: Int] = [:]
        // StableID.of([contentHash] + key + [n, when the key came n times before]), `key` added by `parts`
        func factID(_ parts: (inout StableID.Key) -> Void) -> Int64 {
            var k = article
            parts(&k)
            let n = occurrences[k, default: 0]
            occurrences[k] = n + 1
            if n > 0 { k.append(String(n)) }
            return k.id
        }
        // Each sentence's mentions, as the JSON array its `mentions` column holds (migration 0006).
        var mentions: [Int: [String]] = [:]
        for m in facts.mentions {
            mentions[m.sentenceIndex, default: []].append("[\(try entityID(m.entity)),\(m.start),\(m.end),\(JSONString.quoted(m.surface))]")
        }
        var sentenceIDs: [Int: Int64] = [:]
        let insertSentence = try database.cached("INSERT INTO sentence (article_id, idx, start_offset, end_offset, text, mentions) VALUES (?, ?, ?, ?, ?, ?)")
        for s in facts.sentences where sentenceIDs[s.index] == nil {   // (article_id, idx) is unique (migration 0006)
            try insertSentence.execute([a, .integer(Int64(s.index)), .integer(Int64(s.start)), .integer(Int64(s.end)), .text(s.text),
                                        mentions[s.index].map { .text("[" + $0.joined(separator: ",") + "]") } ?? .null])
            sentenceIDs[s.index] = database.lastInsertRowID
        }
        func sentence(_ i: Int) throws -> DatabaseValue {
            guard let id = sentenceIDs[i] else { throw StoreError.missingSentence(index: i, articlePath: articlePath) }
            return .integer(id)
        }
        // a mention of a sentence that is not there (checked here, still inside the article's transaction)
        for m in facts.mentions { _ = try sentence(m.sentenceIndex) }

        let insertClaim = try database.cached("""
            INSERT OR IGNORE INTO membership (id, source_kind, article_id, sentence_id, alliance_id, state_id, status,
                                              claim_date, claim_date_precision, rule, confidence, published, dated_change)
            VALUES (?, 'article', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // One claim per alliance, state and status in an article: the first (migration 0006).
        struct Claimed: Hashable { var alliance: Int64, state: Int64, status: MembershipStatus }
        var claimed = Set<Claimed>()
        for c in facts.memberships {
            let (alliance, state) = (try entityID(c.alliance), try entityID(c.state))
            guard claimed.insert(Claimed(alliance: alliance, state: state, status: c.status)).inserted else { continue }
            let (published, datedChange) = Self.claimTime(c, articlePublished: articlePublished, events: facts.events)
            let id = factID { $0.append("m"); $0.append(c.alliance.code); $0.append(c.state.code); $0.append(c.status.rawValue) }
            try insertClaim.execute([.integer(id), a, try sentence(c.provenance.sentenceIndex), .integer(alliance),
                                     .integer(state), .text(c.status.rawValue), DatabaseValue(c.date?.iso), DatabaseValue(c.date?.precision.rawValue),
                                     .text(c.provenance.rule), .real(c.provenance.confidence), DatabaseValue(published), .integer(datedChange ? 1 : 0)])
        }
        let insertEvent = try database.cached("""
            INSERT INTO event (id, article_id, sentence_id, event_type, date, date_precision, date_text, location_id, trigger, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertActor = try database.cached("INSERT OR IGNORE INTO event_actor (event_id, entity_id, position) VALUES (?, ?, ?)")
        let insertPair = try database.cached("INSERT OR IGNORE INTO event_pair (a, b, event_id) VALUES (?, ?, ?)")
        for e in facts.events {
            let date = e.date?.iso
            let eventID = factID {
                $0.append("e"); $0.append(e.type.rawValue); $0.append(date ?? "")
                $0.startPart()   // the actors' codes joined by ";"
                for (i, actor) in e.actors.enumerated() {
                    if i > 0 { $0.add(UInt8(ascii: ";")) }
                    $0.add(actor.code)
                }
                $0.append(String(e.provenance.sentenceIndex)); $0.append(e.trigger)
            }
            try insertEvent.execute([.integer(eventID), a, try sentence(e.provenance.sentenceIndex), .text(e.type.rawValue),
                                     DatabaseValue(date), DatabaseValue(e.date?.precision.rawValue), DatabaseValue(e.dateText),
                                     e.location.map { .integer(try entityID($0)) } ?? .null,
                                     .text(e.trigger), .text(e.provenance.rule), .real(e.provenance.confidence)])
            var ids: [Int64] = []
            for (i, actor) in e.actors.enumerated() {
                let id = try entityID(actor)
                try insertActor.execute(eventID, id, Int64(i))
                if !ids.contains(id) { ids.append(id) }
            }
            // every pair of actors, smaller id first, for the timeline of two entities (migration 0002)
            for (i, x) in ids.enumerated() {
                for y in ids[(i + 1)...] {
                    try insertPair.execute(min(x, y), max(x, y), eventID)
                }
            }
        }
        let insertConflict = try database.cached("INSERT OR IGNORE INTO conflict (id, article_id, sentence_id, party_a_id, party_b_id, kind, rule) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for c in facts.conflicts {
            let id = factID { $0.append("c"); $0.append(c.partyA.code); $0.append(c.partyB.code) }
            try insertConflict.execute([.integer(id), a, try sentence(c.provenance.sentenceIndex), .integer(try entityID(c.partyA)),
                                        .integer(try entityID(c.partyB)), DatabaseValue(c.kind?.rawValue), .text(c.provenance.rule)])
        }
        let insertPerson = try database.cached("INSERT OR IGNORE INTO person_role (id, article_id, sentence_id, person_id, name_native, state_id, role, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for p in facts.persons {
            let id = factID { $0.append("p"); $0.append(p.person.code) }
            try insertPerson.execute([.integer(id), a, try sentence(p.provenance.sentenceIndex), .integer(try entityID(p.person)), .text(p.nameNative),
                                      p.state.map { .integer(try entityID($0)) } ?? .null, DatabaseValue(p.role), .text(p.provenance.rule)])
        }
    }

    /// The time columns of an article claim (migrations 0003 and 0004, computed here since 0005): the
    /// article's publication date when its year is known, and whether the claim is a dated change:
    /// dated by its own sentence rather than by its article and not after its publication, or told by
    /// a membership-change event of its state in the same sentence and of the same date.
    static func claimTime(_ c: MembershipClaim, articlePublished: String?, events: [Event]) -> (published: String?, datedChange: Bool) {
        let published = articlePublished.flatMap { $0.hasPrefix("X") || $0.hasPrefix("x") ? nil : $0 }
        guard let date = c.date?.iso, !date.isEmpty, !date.hasPrefix("X"), !date.hasPrefix("x") else { return (published, false) }
        let told = events.contains { e in
            e.type == .membershipChange && e.provenance.sentenceIndex == c.provenance.sentenceIndex
                && e.date?.iso == date && e.actors.contains { $0.kind == c.state.kind && $0.code == c.state.code }
        }
        // a date after the publication says what the state will do as a member, not when the status began (0004)
        if let p = published, date > p { return (published, told) }
        if date != articlePublished { return (published, true) }
        return (published, told)
    }
}
