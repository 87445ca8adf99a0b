// TEMPORARY: a minimal connection used until KBStorage's Database lands on this branch;
// replaced by `Database+QueryConnection.swift` at the merge.
import CSQLite
import KBModel
import KBSchema

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A bare SQLite connection for tests, until KBStorage is merged.
public final class PendingSQLite: QueryConnection {
    var handle: OpaquePointer?

    public init(path: String) throws {
        guard sqlite3_open(path, &handle) == SQLITE_OK else { throw QueryError.missingDatabase(path: path) }
        try run("PRAGMA foreign_keys = ON", [])
        if try fetch("PRAGMA user_version", []).rows.first?[0] == "0" {
            for m in KBSchema.migrations { try exec(m.sql) }
            try run("PRAGMA user_version = \(KBSchema.latestVersion)", [])
        }
    }

    deinit { sqlite3_close_v2(handle) }

    func exec(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw SQLFailure(message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        }
    }

    struct SQLFailure: Error { var message: String; var sql: String }

    public func fetch(_ sql: String, _ arguments: [QueryValue]) throws -> ResultTable {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &stmt, nil) == SQLITE_OK else {
            throw SQLFailure(message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        }
        defer { sqlite3_finalize(stmt) }
        for (i, a) in arguments.enumerated() {
            let idx = Int32(i + 1)
            switch a {
            case .text(let s): sqlite3_bind_text(stmt, idx, s, -1, transient)
            case .integer(let v): sqlite3_bind_int64(stmt, idx, v)
            case .real(let v): sqlite3_bind_double(stmt, idx, v)
            case .null: sqlite3_bind_null(stmt, idx)
            }
        }
        let n = sqlite3_column_count(stmt)
        var table = ResultTable(columns: (0..<n).map { String(cString: sqlite3_column_name(stmt, $0)) })
        while true {
            switch sqlite3_step(stmt) {
            case SQLITE_ROW:
                table.rows.append((0..<n).map { c in
                    sqlite3_column_type(stmt, c) == SQLITE_NULL ? nil : String(cString: sqlite3_column_text(stmt, c))
                })
            case SQLITE_DONE: return table
            default: throw SQLFailure(message: String(cString: sqlite3_errmsg(handle)), sql: sql)
            }
        }
    }

    public func run(_ sql: String, _ arguments: [QueryValue]) throws { _ = try fetch(sql, arguments) }

    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try exec("BEGIN IMMEDIATE")
        do { let v = try body(); try exec("COMMIT"); return v } catch { try? exec("ROLLBACK"); throw error }
    }
}
