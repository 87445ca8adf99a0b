import Foundation
import KBModel
import KBSchema
import Testing
@testable import KBStorage

@Suite(.temporaryFolders) struct MigrationTests {
    @Test func freshDatabaseGetsTheLatestSchema() throws {
        let db = try Database(path: temporaryDatabasePath())
        #expect(try Migrator.version(of: db) == 0)
        let applied = try Migrator.migrate(db)
        #expect(applied == KBSchema.migrations.map(\.version))
        #expect(try Migrator.version(of: db) == KBSchema.latestVersion)
        #expect(try db.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'membership_view'").int64 == 1)
    }

    @Test func reopeningIsANoOpAndKeepsTheData() throws {
        let path = temporaryDatabasePath()
        let article = Article(path: "a.txt", location: "/data/a.txt", text: "Armenia is a member.")
        _ = try KnowledgeStore(path: path).write(article: article, contentHash: "h", facts: sampleFacts())
        let again = try KnowledgeStore(path: path)
        #expect(try Migrator.migrate(again.database).isEmpty)
        #expect(try count(again, "article") == 1)
    }

    @Test func anOlderDatabaseUpgradesWhenOpened() throws {
        guard KBSchema.migrations.count > 1 else { return }
        let path = temporaryDatabasePath()
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, migrations: [KBSchema.migrations[0]])
            #expect(try Migrator.version(of: db) == 1)
        }
        let store = try KnowledgeStore(path: path)
        #expect(try Migrator.version(of: store.database) == KBSchema.latestVersion)
    }

    @Test func version6KeepsTheMentionsOfAVersion5DatabaseInTheirSentences() throws {
        let path = temporaryDatabasePath()
        do {
            let db = try Database(path: path)
            try Migrator.migrate(db, migrations: Array(KBSchema.migrations.prefix { $0.version <= 5 }))
            try db.execute(sql: """
                INSERT INTO entity (id, kind, code, name) VALUES (1, 'state', 'ARM', 'Armenia'), (2, 'alliance', 'CSTO', 'CSTO');
                INSERT INTO article (id, location, path, format, content_hash, language, text)
                    VALUES (7, '/d/a.txt', 'a.txt', 'txt', 'h', 'en', 'Armenia left the "CSTO". Then nothing.');
                INSERT INTO sentence (id, article_id, idx, start_offset, end_offset, text) VALUES
                    (10, 7, 0, 0, 24, 'Armenia left the "CSTO".'), (11, 7, 1, 25, 38, 'Then nothing.');
                INSERT INTO mention (article_id, sentence_id, entity_id, start_offset, end_offset, surface) VALUES
                    (7, 10, 2, 18, 22, 'CSTO'), (7, 10, 1, 0, 7, 'Armenia');
                """)
        }
        let store = try KnowledgeStore(path: path)
        let rows = try store.database.values(sql: "SELECT sentence_id, entity_id, start_offset, end_offset, surface FROM mention ORDER BY start_offset")
        #expect(rows.map { $0.map { $0.text ?? $0.int64.map(String.init) ?? "" } } == [["10", "1", "0", "7", "Armenia"], ["10", "2", "18", "22", "CSTO"]])
        #expect(try store.database.scalar(sql: "SELECT mentions FROM sentence WHERE id = 11").text == nil)
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'mention'").int64 == 0)
        let exported = try store.exportTable(.mentions)
        #expect(exported.rows.count == 2)
        // The views written against the old sentence table read the new one.
        for table in ExportTable.allCases { _ = try store.exportTable(table) }
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'sentence_v6'").int64 == 0)
    }

    @Test func aNewerDatabaseIsRefusedWithAnUpgradeHint() throws {
        let path = temporaryDatabasePath()
        try Database(path: path).execute(sql: "PRAGMA user_version = \(KBSchema.latestVersion + 1)")
        do {
            _ = try KnowledgeStore(path: path)
            Issue.record("a newer database was opened")
        } catch let e as StoreError {
            #expect(e.description.contains("newer AllianceKB (schema \(KBSchema.latestVersion + 1), this binary knows \(KBSchema.latestVersion))"))
            #expect(e.description.contains("upgrade alliance-kb"))
        }
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let path = temporaryDatabasePath()
        try Database(path: path).execute(sql: "CREATE TABLE notes (body TEXT)")
        #expect(throws: StoreError.self) { try KnowledgeStore(path: path) }
        #expect(try Database(path: path, readOnly: true).scalar(sql: "SELECT count(*) FROM sqlite_master").int64 == 1)
    }

    @Test func everyMigrationFileIsEmbeddedInOrder() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Migrations/sql")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(!files.isEmpty)
        #expect(files == KBSchema.migrations.map(\.name))
        // Strictly increasing from 1; a number may be missing while branches that each add a
        // migration are merged (each branch keeps its own number, the merge closes the gap).
        let versions = KBSchema.migrations.map(\.version)
        #expect(versions.first == 1)
        #expect(zip(versions, versions.dropFirst()).allSatisfy { $0 < $1 })
        for m in KBSchema.migrations {
            #expect(m.name.hasPrefix(String(format: "%04d_", m.version)))
            let onDisk = try String(contentsOf: dir.appendingPathComponent(m.name), encoding: .utf8)
            #expect(onDisk == m.sql, "\(m.name) embedded differs from the file: rebuild")
        }
    }

    @Test func aFailingMigrationLeavesTheVersionUnchanged() throws {
        let db = try Database(path: temporaryDatabasePath())
        let broken = KBSchema.Migration(version: 1, name: "0001_broken.sql", sql: "CREATE TABLE t (x); INSERT INTO nowhere VALUES (1);")
        #expect(throws: SQLiteError.self) { try Migrator.migrate(db, migrations: [broken]) }
        #expect(try Migrator.version(of: db) == 0)
        #expect(try db.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name = 't'").int64 == 0)
    }
}
