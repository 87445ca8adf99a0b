import CSQLite
import Foundation
import KBModel
import Testing
@testable import KBStorage

/// Faults of the store found by trying it as a new user would (issue 10).
@Suite(.temporaryFolders) struct StoreFaultTests {
    let article = Article(path: "a.txt", location: "/data/a.txt", text: "Armenia is a member.")

    @Test func aFileRewrittenAsACopyOfAnotherLosesItsOldVersionAndFacts() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "old-a", facts: sampleFacts())
        var b = article
        b.path = "b.txt"
        b.location = "/data/b.txt"
        _ = try store.write(article: b, contentHash: "text-b", facts: sampleFacts(sentences: 1))
        // a.txt now holds exactly the text of b.txt
        #expect(try store.write(article: article, contentHash: "text-b", facts: sampleFacts()) == .duplicate(ofPath: "b.txt"))
        #expect(try store.storedArticle(contentHash: "old-a") == nil)
        #expect(try count(store, "article") == 1)
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM membership m JOIN article a ON a.id = m.article_id WHERE a.path = 'a.txt'").int64 == 0)
    }

    @Test func anotherProgramsDatabaseIsRefusedWithItsHeaderUntouched() throws {
        let path = temporaryDatabasePath()
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        #expect(sqlite3_exec(db, "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoice VALUES (1, 9.5)", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try KnowledgeStore(path: path) }
        #expect(throws: StoreError.self) { _ = try KnowledgeStore(existing: path) }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == before, "the file's bytes (its journal mode in the header) changed")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aWriterOpeningWhileAnotherCreatesTheFileWaitsInsteadOfFailing() throws {
        let path = temporaryDatabasePath()
        // Another process has the new file open in rollback mode with a write lock (SQLite answers
        // the switch to WAL with SQLITE_BUSY at once, without the busy handler).
        var other: OpaquePointer?
        #expect(sqlite3_open(path, &other) == SQLITE_OK)
        #expect(sqlite3_exec(other, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK)
        nonisolated(unsafe) let holder = other
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            sqlite3_exec(holder, "COMMIT", nil, nil, nil)
            sqlite3_close(holder)
        }
        let store = try KnowledgeStore(path: path, busyTimeout: 5)
        #expect(try store.database.scalar(sql: "PRAGMA journal_mode").text == "wal")
    }

    @Test func queriesOpenTheKnowledgeBaseReadOnly() throws {
        let path = temporaryDatabasePath()
        _ = try KnowledgeStore(path: path).write(article: article, contentHash: "h", facts: sampleFacts())
        let reader = try KnowledgeStore(existing: path)
        #expect(reader.database.isReadOnly)
        #expect(try count(reader, "article") == 1)
    }
}
