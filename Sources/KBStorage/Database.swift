import CSQLite
import Foundation
import KBModel

/// One connection to a SQLite file, with foreign keys on, WAL journaling and a busy timeout so
/// that a database locked by another process is waited for rather than failing at once.
///
///     let db = try Database(path: "alliance-kb.sqlite")
///     let t = try db.rows(sql: "SELECT code FROM entity WHERE kind = ?", arguments: ["alliance"])
///
/// A connection is used by one thread at a time (SQLite's multi-thread mode).
public final class Database {
    let handle: OpaquePointer
    /// The file this connection opened.
    public let path: String
    /// Whether the connection was opened read-only.
    public let isReadOnly: Bool
    /// Prepared statements by SQL, so that repeated SQL is compiled once.
    private var cache: [String: Statement] = [:]
    /// Dynamically built SQL must not grow the cache without bound.
    private static let cacheLimit = 256

    /// Library-wide settings, made once before the first connection initialises SQLite.
    private static let libraryConfigured: Void = { _ = akb_sqlite_skip_memory_statistics() }()

    /// Opens (creating when writable) the database file at `path`.
    /// - Throws: `StoreError.notFound` for a missing file opened read-only, `StoreError.cannotOpen`
    ///   when the file cannot be opened or is not a SQLite database.
    public init(path: String, readOnly: Bool = false, busyTimeout: Double = 10) throws {
        _ = Self.libraryConfigured
        self.path = path
        self.isReadOnly = readOnly
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw StoreError.notFound(path: path) }
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_NOMUTEX
        var rc = sqlite3_open_v2(path, &db, flags, nil)
        if readOnly, rc == SQLITE_OK, let opened = db, Self.needsImmutableOpen(opened, path: path) {
            // A WAL database in a folder we cannot write: SQLite cannot create the shared-memory
            // file beside it. With no pending log (-wal absent or empty) the file holds every
            // committed page, so it is read as immutable, without that file.
            sqlite3_close_v2(opened)
            db = nil
            rc = sqlite3_open_v2(Self.immutableURI(path), &db, flags | SQLITE_OPEN_URI, nil)
        }
        guard rc == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? "SQLite error \(rc)"
            sqlite3_close_v2(db)
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Int32(max(0, busyTimeout) * 1000))
        do {
            // Reading the schema is what makes a file that is not a database fail, here rather than later.
            _ = try scalar(sql: "SELECT count(*) FROM sqlite_master")
            try execute(sql: "PRAGMA foreign_keys = ON")
            if !readOnly {
                // Another program's database (schema version 0 with tables of its own) is refused
                // before any pragma that writes: switching it to WAL would change its header.
                if try scalar(sql: "PRAGMA user_version").int64 == 0,
                   let n = try scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").int64, n > 0 {
                    cache.removeAll()
                    sqlite3_close_v2(db)
                    throw StoreError.notAKnowledgeBase(path: path)
                }
                try switchToWAL(busyTimeout: busyTimeout)
                // With WAL, NORMAL loses no committed data on a crash of the process, only on power loss.
                try execute(sql: "PRAGMA synchronous = NORMAL")
                // A 32 MB page cache keeps the indexes of a bulk ingest in memory (a fixed size, not per article).
                try execute(sql: "PRAGMA cache_size = -32768")
                // Statement journals and sorts (index builds) in memory: a bulk write must not spill to temporary files.
                try execute(sql: "PRAGMA temp_store = MEMORY")
                // checkpoint every 64 MB of log rather than every 4 MB: the index pages a bulk ingest
                // rewrites in every batch are copied back once instead of many times
                _ = try scalar(sql: "PRAGMA wal_autocheckpoint = 16384")
            }
        } catch let e as SQLiteError {
            cache.removeAll()
            sqlite3_close_v2(db)
            throw StoreError.cannotOpen(path: path, reason: e.message)
        }
    }

    /// `PRAGMA journal_mode = WAL` needs the file to itself for a moment and answers SQLITE_BUSY at
    /// once, without the busy handler, while another process creates or migrates the same new file
    /// (two ingests started together): it is tried again until the busy timeout has passed.
    private func switchToWAL(busyTimeout: Double) throws {
        let deadline = Date().addingTimeInterval(max(0, busyTimeout))
        while true {
            do {
                _ = try scalar(sql: "PRAGMA journal_mode = WAL")
                return
            } catch let e as SQLiteError where e.primaryCode == SQLITE_BUSY && Date() < deadline {
                usleep(20_000)
            }
        }
    }

    /// Whether a read-only connection fails to read because the WAL index cannot be set up, with
    /// no log waiting to be checkpointed.
    private static func needsImmutableOpen(_ db: OpaquePointer, path: String) -> Bool {
        sqlite3_extended_result_codes(db, 1)
        let rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
        guard rc & 0xFF == SQLITE_READONLY || rc & 0xFF == SQLITE_CANTOPEN else { return false }
        var st = stat()
        return stat(path + "-wal", &st) != 0 || st.st_size == 0
    }

    private static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    deinit {
        cache.removeAll()   // statements finalize before the connection closes
        sqlite3_close_v2(handle)
    }

    /// Runs one or more `;`-separated statements without parameters (schema scripts, pragmas).
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
    ///
    ///     try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [.integer(7)])
    public func execute(sql: String, arguments: [DatabaseValue]) throws {
        try cached(sql).execute(arguments)
    }

    /// A prepared statement for `sql`, compiled once and kept for reuse (reset before it is returned).
    public func cached(_ sql: String) throws -> Statement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        let s = try Statement(db: handle, sql: sql)
        if cache.count >= Self.cacheLimit { cache.removeAll() }
        cache[sql] = s
        return s
    }

    /// A fresh prepared statement, owned by the caller; step it and read its columns.
    ///
    ///     let s = try db.prepare(sql: "SELECT id, code FROM entity")
    ///     while try s.step() { print(s.int64(0), s.string(1) ?? "") }
    public func prepare(sql: String) throws -> Statement { try Statement(db: handle, sql: sql) }

    /// All rows of a query, as text cells (integers without decimals, nil for NULL).
    public func rows(sql: String, arguments: [DatabaseValue] = []) throws -> ResultTable {
        let s = try cached(sql)
        defer { s.reset() }
        try s.bind(arguments)
        let n = s.columnCount
        var table = ResultTable(columns: (0..<n).map(s.columnName))
        while try s.step() {
            table.rows.append((0..<n).map { s.value($0).text })
        }
        return table
    }

    /// All rows of a query, as typed values.
    public func values(sql: String, arguments: [DatabaseValue] = []) throws -> [[DatabaseValue]] {
        let s = try cached(sql)
        defer { s.reset() }
        try s.bind(arguments)
        let n = s.columnCount
        var out: [[DatabaseValue]] = []
        while try s.step() { out.append((0..<n).map(s.value)) }
        return out
    }

    /// The first column of the first row, or `.null` when there is no row.
    public func scalar(sql: String, arguments: [DatabaseValue] = []) throws -> DatabaseValue {
        let s = try cached(sql)
        defer { s.reset() }
        try s.bind(arguments)
        return try s.step() ? s.value(0) : .null
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    /// The number of rows the last INSERT, UPDATE or DELETE changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }
    /// Whether a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// `immediate` takes the write lock at once, so that two writers wait for each other (busy
    /// timeout) instead of one failing when it upgrades its read lock. Inside an open transaction
    /// the body runs in a savepoint, so that its failure undoes only its own work.
    public func transaction<T>(immediate: Bool = true, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            try execute(sql: "SAVEPOINT kb_nested")
            do {
                let result = try body()
                try execute(sql: "RELEASE kb_nested")
                return result
            } catch {
                try? execute(sql: "ROLLBACK TO kb_nested; RELEASE kb_nested")
                throw error
            }
        }
        try execute(sql: immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let result = try body()
            try execute(sql: "COMMIT")
            return result
        } catch {
            if isInTransaction { try? execute(sql: "ROLLBACK") }
            throw error
        }
    }
}
