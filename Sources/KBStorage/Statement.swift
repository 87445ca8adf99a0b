import CSQLite

/// SQLite's "copy this text now" destructor marker.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement; finalized when released. Reset and rebind it to reuse it.
public final class Statement {
    let handle: OpaquePointer
    let db: OpaquePointer
    public let sql: String

    init(db: OpaquePointer, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(db)), sql: sql)
        }
        self.handle = stmt
        self.db = db
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `?` parameters in order, after a reset.
    public func bind(_ values: [DatabaseValue]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, v) in values.enumerated() {
            let idx = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(handle, idx)
            case .integer(let n): rc = sqlite3_bind_int64(handle, idx, n)
            case .real(let d): rc = sqlite3_bind_double(handle, idx, d)
            case .text(let s): rc = sqlite3_bind_text(handle, idx, s, -1, SQLITE_TRANSIENT)
            }
            guard rc == SQLITE_OK else { throw error(rc) }
        }
    }

    /// Advances; true when a row is available.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let e = error(rc)
            sqlite3_reset(handle)
            throw e
        }
    }

    /// Binds, runs to completion and resets.
    public func execute(_ values: [DatabaseValue] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public func columnName(_ i: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(i))) }

    public func value(_ i: Int) -> DatabaseValue {
        let c = Int32(i)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, c))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, c))
        default:
            guard let p = sqlite3_column_text(handle, c) else { return .null }
            return .text(String(cString: p))
        }
    }

    public func int64(_ i: Int) -> Int64 { sqlite3_column_int64(handle, Int32(i)) }
    public func string(_ i: Int) -> String? { value(i).text }

    private func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(db)), sql: sql)
    }
}
