import CSQLite

/// An error reported by SQLite: its result code, its message and the SQL that failed
/// (never the bound values, which may hold article text).
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    public var description: String {
        var s = "SQLite error \(code): \(message)"
        if code == SQLITE_BUSY || code == SQLITE_LOCKED {
            s += " (the database is in use by another process; try again when it has finished)"
        }
        if let sql { s += " — while executing `\(sql.prefix(200))`" }
        return s
    }
}

/// Errors about the knowledge base file itself.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, found: Int, known: Int)
    case notFound(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "Cannot open the knowledge base \(path): \(reason). Check that the folder exists and is writable, or pass another --db."
        case let .newerSchema(path, found, known):
            return "\(path) was written by a newer AllianceKB (schema \(found); this binary knows up to \(known)). Upgrade alliance-kb to read it."
        case let .notFound(path):
            return "No knowledge base at \(path). Create one with `alliance-kb ingest FOLDER --db \(path)`, or pass --db."
        }
    }
}
