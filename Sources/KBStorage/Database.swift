import CSQLite
import Foundation
import KBModel

/// One connection to a SQLite file, with foreign keys on, WAL journaling and a busy timeout so
/// that a database locked by another process is waited for rather than failing at once.
///
///     let db = try Database(path: "alliance-kb.sqlite")
///     let t = try db.rows(sql: "SELECT code FROM entity WHERE kind = ?", arguments: ["alliance"])
public final class Database {
    let handle: OpaquePointer
    public let path: String
    private var cache: [String: Statement] = [:]

    public init(path: String, readOnly: Bool = false, busyTimeout: Double = 10) throws {
        self.path = path
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw StoreError.notFound(path: path) }
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(rc)"
            if let db { sqlite3_close(db) }
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_busy_timeout(db, Int32(busyTimeout * 1000))
        do {
            // a file that is not a database fails here, with SQLite's own words
            try execute(sql: "PRAGMA foreign_keys = ON")
            if !readOnly { _ = try scalar(sql: "PRAGMA journal_mode = WAL") }
            try execute(sql: "PRAGMA synchronous = NORMAL")
        } catch let e as SQLiteError {
            throw StoreError.cannotOpen(path: path, reason: e.message)
        }
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without parameters.
    public func execute(sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(err)
            throw SQLiteError(code: rc, message: message, sql: sql)
        }
    }

    /// Runs one statement with `?` parameters.
    public func execute(sql: String, arguments: [DatabaseValue]) throws {
        try cached(sql).execute(arguments)
    }

    /// A prepared statement, kept for reuse.
    public func cached(_ sql: String) throws -> Statement {
        if let s = cache[sql] { return s }
        let s = try Statement(db: handle, sql: sql)
        cache[sql] = s
        return s
    }

    /// A fresh prepared statement.
    public func prepare(sql: String) throws -> Statement { try Statement(db: handle, sql: sql) }

    /// All rows of a query, as text cells.
    public func rows(sql: String, arguments: [DatabaseValue] = []) throws -> ResultTable {
        let s = try cached(sql)
        try s.bind(arguments)
        var table = ResultTable(columns: (0..<s.columnCount).map(s.columnName))
        while try s.step() {
            table.rows.append((0..<s.columnCount).map { s.value($0).text })
        }
        return table
    }

    /// All rows of a query, as typed values.
    public func values(sql: String, arguments: [DatabaseValue] = []) throws -> [[DatabaseValue]] {
        let s = try cached(sql)
        try s.bind(arguments)
        var out: [[DatabaseValue]] = []
        while try s.step() { out.append((0..<s.columnCount).map(s.value)) }
        return out
    }

    /// The first column of the first row, or `.null`.
    public func scalar(sql: String, arguments: [DatabaseValue] = []) throws -> DatabaseValue {
        let s = try cached(sql)
        try s.bind(arguments)
        let v = try s.step() ? s.value(0) : .null
        try s.bind([])
        return v
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Inside an open transaction (a caller grouping several writes into one commit) it nests as
    /// a savepoint, so `body` is still all or nothing.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        if sqlite3_get_autocommit(handle) == 0 {
            try execute(sql: "SAVEPOINT nested")
            do {
                let result = try body()
                try execute(sql: "RELEASE nested")
                return result
            } catch {
                try? execute(sql: "ROLLBACK TO nested")
                try? execute(sql: "RELEASE nested")
                throw error
            }
        }
        try execute(sql: immediate ? "BEGIN IMMEDIATE" : "BEGIN")
        do {
            let result = try body()
            try execute(sql: "COMMIT")
            return result
        } catch {
            try? execute(sql: "ROLLBACK")
            throw error
        }
    }
}
