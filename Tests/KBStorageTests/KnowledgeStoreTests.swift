import Foundation
import KBModel
import KBSchema
import Testing
@testable import KBStorage

/// A fresh database file in a temporary folder.
func temporaryDatabasePath() -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("akb-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("kb.sqlite").path
}

let csto = EntityRef(kind: .alliance, code: "CSTO", name: "Collective Security Treaty Organization")
let armenia = EntityRef(kind: .state, code: "ARM", name: "Armenia")
let azerbaijan = EntityRef(kind: .state, code: "AZE", name: "Azerbaijan")

func sampleFacts(sentences: Int = 2) -> ArticleFacts {
    var f = ArticleFacts(language: .english, published: FuzzyDate(year: 2022, month: 11, day: 27), publishedBasis: .metadata)
    f.sentences = (0..<sentences).map { Sentence(index: $0, start: $0 * 10, end: $0 * 10 + 9, text: "Sentence \($0).") }
    f.mentions = [Mention(entity: armenia, sentenceIndex: 0, start: 0, end: 7, surface: "Armenia")]
    let p = Provenance(sentenceIndex: 0, rule: "test")
    f.memberships = [MembershipClaim(alliance: csto, state: armenia, status: .member, date: f.published, provenance: p),
                     MembershipClaim(alliance: csto, state: azerbaijan, status: .nonMember, date: f.published, provenance: p)]
    f.events = [Event(type: .attack, date: FuzzyDate(year: 2022, month: 9), actors: [azerbaijan, armenia], trigger: "shelling", provenance: p)]
    f.conflicts = [Conflict(partyA: azerbaijan, partyB: armenia, kind: .border, provenance: p)]
    f.persons = [PersonMention(person: EntityRef(kind: .person, code: "nikol-pashinyan", name: "Nikol Pashinyan"), nameNative: "Pashinyan",
                               state: armenia, role: "prime minister", provenance: p)]
    return f
}

func count(_ store: KnowledgeStore, _ table: String) throws -> Int64 {
    try store.database.scalar(sql: "SELECT count(*) FROM \(table)").int64 ?? -1
}

@Suite struct MigrationTests {
    @Test func freshDatabaseGetsTheLatestSchema() throws {
        let db = try Database(path: temporaryDatabasePath())
        let applied = try Migrator.migrate(db)
        #expect(applied == KBSchema.migrations.map(\.version))
        #expect(try Migrator.version(of: db) == KBSchema.latestVersion)
        #expect(try Migrator.migrate(db).isEmpty)
    }

    @Test func newerDatabaseIsRefused() throws {
        let path = temporaryDatabasePath()
        let db = try Database(path: path)
        try db.execute(sql: "PRAGMA user_version = \(KBSchema.latestVersion + 1)")
        #expect(throws: StoreError.self) { try KnowledgeStore(path: path) }
    }

    @Test func everyMigrationFileIsEmbedded() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Migrations/sql")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files == KBSchema.migrations.map(\.name))
        #expect(KBSchema.migrations.map(\.version) == Array(1...KBSchema.migrations.count))
    }

    @Test func foreignKeysAreEnforced() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        #expect(throws: SQLiteError.self) {
            try store.database.execute(sql: "INSERT INTO sentence (article_id, idx, start_offset, end_offset, text) VALUES (999, 0, 0, 1, 'x')")
        }
    }

    @Test func aFileThatIsNotADatabaseGivesAClearError() throws {
        let path = temporaryDatabasePath()
        try Data("this is not sqlite, just text that is long enough to have a header........".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try KnowledgeStore(path: path) }
    }

    @Test func aMissingDatabaseIsNotCreatedForReading() {
        let path = temporaryDatabasePath()
        #expect(throws: StoreError.self) { try KnowledgeStore(existing: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite struct KnowledgeStoreTests {
    let article = Article(path: "a.txt", location: "/data/a.txt", text: "Armenia is a member.")

    @Test func writeOutcomesFollowContentAndLocation() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        guard case .inserted = try store.write(article: article, contentHash: "h1", facts: sampleFacts()) else { Issue.record("not inserted"); return }
        guard case .unchanged = try store.write(article: article, contentHash: "h1", facts: sampleFacts()) else { Issue.record("not unchanged"); return }
        var copy = article
        copy.location = "/data/copy.txt"
        copy.path = "copy.txt"
        #expect(try store.write(article: copy, contentHash: "h1", facts: sampleFacts()) == .duplicate(ofPath: "a.txt"))
        guard case .replaced = try store.write(article: article, contentHash: "h2", facts: sampleFacts(sentences: 1)) else { Issue.record("not replaced"); return }
        #expect(try count(store, "article") == 1)
        #expect(try count(store, "sentence") == 1)
        #expect(try count(store, "membership") == 2)
        #expect(try count(store, "event_actor") == 2)
    }

    @Test func aFailedWriteLeavesNothingBehind() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var facts = sampleFacts()
        facts.events[0].provenance.sentenceIndex = 42   // no such sentence
        #expect(throws: SQLiteError.self) { try store.write(article: article, contentHash: "h", facts: facts) }
        #expect(try count(store, "article") == 0)
        #expect(try count(store, "sentence") == 0)
    }

    @Test func exportTablesHaveTheScorersColumns() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "h", facts: sampleFacts())
        let expected: [ExportTable: [String]] = [
            .articles: ["article_id", "path"],
            .memberships: ["alliance", "state_iso3", "status", "source_kind", "article_id", "sentence"],
            .events: ["event_type", "date", "actors", "article_id", "sentence"],
            .conflicts: ["party_a", "party_b", "article_id"],
            .persons: ["name", "name_native", "state_iso3", "article_id"],
        ]
        for (table, columns) in expected {
            let t = try store.exportTable(table)
            #expect(Set(columns).isSubset(of: Set(t.columns)), "\(table): \(t.columns)")
            #expect(!t.rows.isEmpty)
        }
        let events = try store.exportTable(.events)
        #expect(events.value("actors", in: 0) == "AZE;ARM")
        #expect(events.value("date", in: 0) == "2022-09")
        #expect(try store.exportTable(.conflicts).value("party_a", in: 0) == "ARM")
    }

    @Test func statisticsCountArticlesPerLanguage() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "h", facts: sampleFacts())
        let stats = try store.statistics()
        #expect(stats.rows.contains { $0 == ["articles (en)", "1"] })
        #expect(stats.rows.contains { $0 == ["first published", "2022-11-27"] })
    }

    @Test func aLockedDatabaseIsWaitedForThenReported() throws {
        let path = temporaryDatabasePath()
        let holder = try KnowledgeStore(path: path)
        try holder.database.execute(sql: "BEGIN IMMEDIATE")
        let other = try Database(path: path, busyTimeout: 0.2)
        #expect(throws: SQLiteError.self) { try other.execute(sql: "BEGIN IMMEDIATE") }
        try holder.database.execute(sql: "ROLLBACK")
        try other.execute(sql: "BEGIN IMMEDIATE; ROLLBACK")
    }
}
