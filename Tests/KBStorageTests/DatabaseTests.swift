import Foundation
import Testing
@testable import KBStorage

@Suite(.temporaryFolders) struct DatabaseTests {
    @Test func foreignKeysAreEnforced() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        #expect(try store.database.scalar(sql: "PRAGMA foreign_keys").int64 == 1)
        #expect(throws: SQLiteError.self) {
            try store.database.execute(sql: "INSERT INTO sentence (article_id, idx, start_offset, end_offset, text) VALUES (?, 0, 0, 1, 'x')",
                                       arguments: [.integer(999)])
        }
    }

    @Test func theJournalIsWAL() throws {
        let db = try Database(path: temporaryDatabasePath())
        #expect(try db.scalar(sql: "PRAGMA journal_mode").text == "wal")
    }

    @Test func aFileThatIsNotADatabaseGivesAClearError() throws {
        let path = temporaryDatabasePath()
        try Data(String(repeating: "this is not sqlite, just text. ", count: 20).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try KnowledgeStore(path: path) }
        #expect(throws: StoreError.self) { try Database(path: path, readOnly: true) }
    }

    @Test func aFolderThatDoesNotExistGivesAClearError() {
        let path = temporaryDatabasePath() + "/missing/kb.sqlite"
        #expect(throws: StoreError.self) { try Database(path: path) }
    }

    @Test func aMissingDatabaseIsNotCreatedForReading() {
        let path = temporaryDatabasePath()
        #expect(throws: StoreError.self) { try KnowledgeStore(existing: path) }
        #expect(throws: StoreError.self) { try Database(path: path, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func valuesRoundTrip() throws {
        let db = try Database(path: temporaryDatabasePath())
        let row = try db.values(sql: "SELECT ?, ?, ?, ?, ?, ?", arguments: [.integer(-7), .real(0.5), "أرمينيا", "", "a\u{0}b", .null])
        #expect(row.first == [.integer(-7), .real(0.5), .text("أرمينيا"), .text(""), .text("a\u{0}b"), .null])
        #expect(try db.rows(sql: "SELECT 42, 1.0, 2.5, NULL").rows == [["42", "1", "2.5", nil]])
    }

    @Test func errorsCarryTheSQLButNotTheValues() throws {
        let db = try Database(path: temporaryDatabasePath())
        try db.execute(sql: "CREATE TABLE t (x TEXT NOT NULL UNIQUE)")
        try db.execute(sql: "INSERT INTO t (x) VALUES (?)", arguments: ["secret article text"])
        do {
            try db.execute(sql: "INSERT INTO t (x) VALUES (?)", arguments: ["secret article text"])
            Issue.record("the duplicate was inserted")
        } catch let e as SQLiteError {
            #expect(e.primaryCode == 19)   // SQLITE_CONSTRAINT
            #expect(e.description.contains("INSERT INTO t"))
            #expect(!e.description.contains("secret"))
        }
    }

    @Test func aWrongNumberOfArgumentsIsAnError() throws {
        let db = try Database(path: temporaryDatabasePath())
        #expect(throws: SQLiteError.self) { try db.scalar(sql: "SELECT ? + ?", arguments: [1]) }
    }

    @Test func aNestedTransactionRollsBackOnlyItsOwnWork() throws {
        let db = try Database(path: temporaryDatabasePath())
        try db.execute(sql: "CREATE TABLE t (x INTEGER)")
        try db.transaction {
            try db.execute(sql: "INSERT INTO t VALUES (1)")
            try? db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES (2)")
                throw CancellationError()
            }
        }
        #expect(try db.rows(sql: "SELECT x FROM t").rows == [["1"]])
        #expect(!db.isInTransaction)
    }

    @Test func aLockedDatabaseIsWaitedFor() throws {
        let path = temporaryDatabasePath()
        _ = try KnowledgeStore(path: path)
        let locked = DispatchSemaphore(value: 0)
        let holder = Thread {
            guard let db = try? Database(path: path) else { locked.signal(); return }
            try? db.execute(sql: "BEGIN IMMEDIATE")
            locked.signal()
            Thread.sleep(forTimeInterval: 0.15)
            try? db.execute(sql: "COMMIT")
        }
        holder.start()
        locked.wait()
        let waiter = try Database(path: path, busyTimeout: 10)
        try waiter.transaction { try waiter.execute(sql: "INSERT INTO entity (kind, code, name) VALUES ('state', 'ARM', 'Armenia')") }
        #expect(try waiter.scalar(sql: "SELECT count(*) FROM entity").int64 == 1)
    }

    @Test func aLockThatOutlastsTheTimeoutIsReported() throws {
        let path = temporaryDatabasePath()
        let holder = try KnowledgeStore(path: path)
        try holder.database.execute(sql: "BEGIN IMMEDIATE")
        let other = try Database(path: path, busyTimeout: 0.05)
        do {
            try other.execute(sql: "BEGIN IMMEDIATE")
            Issue.record("the lock was not held")
        } catch let e as SQLiteError {
            #expect(e.primaryCode == 5)    // SQLITE_BUSY
            #expect(e.description.contains("in use by another process"))
        }
        try holder.database.execute(sql: "ROLLBACK")
        try other.execute(sql: "BEGIN IMMEDIATE; ROLLBACK")
    }
}
