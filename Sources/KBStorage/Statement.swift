import CSQLite

/// SQLite's "copy this text now" destructor marker: bound Swift strings do not outlive the call.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A prepared statement with `?` parameters; finalized when released. `bind` resets it, so one
/// statement serves many executions (bulk inserts reuse theirs inside one transaction).
///
///     let s = try db.prepare(sql: "SELECT code FROM entity WHERE kind = ?")
///     try s.bind(["state"])
///     while try s.step() { print(s.string(0) ?? "") }
public final class Statement {
    let handle: OpaquePointer
    let db: OpaquePointer
    /// The SQL as written (shown in errors; bound values never are).
    public let sql: String

    init(db: OpaquePointer, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            sqlite3_finalize(stmt)
            throw SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(db)), sql: sql)
        }
        self.handle = stmt
        self.db = db
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to its `?` parameters in order.
    public func bind(_ values: [DatabaseValue]) throws {
        reset()
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(code: SQLITE_RANGE, message: "\(values.count) arguments for \(expected) parameters", sql: sql)
        }
        for (i, v) in values.enumerated() {
            let idx = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(handle, idx)
            case .integer(let n): rc = sqlite3_bind_int64(handle, idx, n)
            case .real(let d): rc = sqlite3_bind_double(handle, idx, d)
            case .text(let s):
                rc = bindText(s, at: idx)
            }
            guard rc == SQLITE_OK else { throw error(rc) }
        }
    }

    /// Binds text by its UTF-8 bytes and length; an empty string stays text (a nil pointer would bind NULL).
    private func bindText(_ text: String, at idx: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress, !chars.isEmpty else { return sqlite3_bind_text(handle, idx, "", 0, SQLITE_TRANSIENT) }
                return sqlite3_bind_text(handle, idx, base, Int32(chars.count), SQLITE_TRANSIENT)
            }
        }
    }

    /// Advances to the next row: true when a row is available, false when done.
    /// Any other result (constraint, busy, I/O) throws and resets the statement.
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

    /// Binds `values`, runs the statement to completion and resets it.
    public func execute(_ values: [DatabaseValue] = []) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    /// `execute([.integer(a), .integer(b), .integer(c)])` without building the array: the rows of
    /// three integers (an event's actors and pairs) are half of what an ingest writes.
    public func execute(_ a: Int64, _ b: Int64, _ c: Int64) throws {
        sqlite3_reset(handle)
        guard sqlite3_bind_parameter_count(handle) == 3 else {
            throw SQLiteError(code: SQLITE_RANGE, message: "3 arguments for \(sqlite3_bind_parameter_count(handle)) parameters", sql: sql)
        }
        var rc = sqlite3_bind_int64(handle, 1, a)
        if rc == SQLITE_OK { rc = sqlite3_bind_int64(handle, 2, b) }
        if rc == SQLITE_OK { rc = sqlite3_bind_int64(handle, 3, c) }
        guard rc == SQLITE_OK else { throw error(rc) }
        // (integers hold no copy to clear: a reset is enough)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// Makes the statement ready to run again and drops its bound values (and the copies of text they hold).
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// The number of result columns.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    /// The name of result column `i` (its `AS` alias when it has one).
    public func columnName(_ i: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(i))) }

    /// Column `i` of the current row.
    public func value(_ i: Int) -> DatabaseValue {
        let c = Int32(i)
        switch sqlite3_column_type(handle, c) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, c))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, c))
        default: return string(i).map(DatabaseValue.text) ?? .null
        }
    }

    /// Column `i` of the current row as an integer (0 for NULL).
    public func int64(_ i: Int) -> Int64 { sqlite3_column_int64(handle, Int32(i)) }

    /// Column `i` of the current row as text (nil for NULL); reads its byte count, so text with NUL survives.
    public func string(_ i: Int) -> String? {
        let c = Int32(i)
        guard sqlite3_column_type(handle, c) != SQLITE_NULL, let p = sqlite3_column_text(handle, c) else { return nil }
        let n = Int(sqlite3_column_bytes(handle, c))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    private func error(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: rc, message: String(cString: sqlite3_errmsg(db)), sql: sql)
    }
}
