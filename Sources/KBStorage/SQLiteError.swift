import CSQLite
import Foundation

/// An error reported by SQLite: its result code, its message and the SQL that failed
/// (never the bound values, which may hold article text).
public struct SQLiteError: Error, LocalizedError, CustomStringConvertible, Sendable {
    /// SQLite's (extended) result code, such as 19 or 2067 for a constraint.
    public let code: Int32
    public let message: String
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, ...), without the extended bits.
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        var s = "SQLite error \(code): \(message)"
        if primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED {
            s += " (the database is in use by another process; try again when it has finished)"
        }
        if let sql { s += " — while executing `\(sql.prefix(200))`" }
        return s
    }

    public var errorDescription: String? { description }
}

/// Errors about the knowledge base file itself: what happened and what to do.
public enum StoreError: Error, LocalizedError, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, found: Int, known: Int)
    case notFound(path: String)
    /// A fact points at a sentence the article does not have: the extraction output is inconsistent.
    case missingSentence(index: Int, articlePath: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "Cannot open the knowledge base \(path): \(reason). Check that the folder exists and is writable "
                + "and that the file is an AllianceKB database, or pass another --db."
        case let .newerSchema(path, found, known):
            return "\(path) was written by a newer AllianceKB (schema \(found), this binary knows \(known)): upgrade alliance-kb"
        case let .notFound(path):
            return "No knowledge base at \(path). Create one with `alliance-kb ingest FOLDER --db \(path)`, or pass --db."
        case let .missingSentence(index, path):
            return "A fact of \(path) refers to sentence \(index), which the article does not have; nothing of it was stored."
        }
    }

    public var errorDescription: String? { description }
}
