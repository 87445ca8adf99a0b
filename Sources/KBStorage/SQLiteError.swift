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
        if let remedy { return "\(s). \(remedy)" }
        if let sql { s += " — while executing `\(sql.prefix(200))`" }
        return s
    }

    public var errorDescription: String? { description }

    /// What to do, for the failures a user can fix (the SQL is then left out: it would not help).
    public var remedy: String? {
        switch primaryCode {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return "The knowledge base is in use by another process; try again when it has finished."
        case SQLITE_READONLY:
            return "The knowledge base (or its folder) is write-protected: make it writable, or pass another --db."
        case SQLITE_FULL:
            return "The disk is full: free some space, then run the command again (what was stored is kept)."
        case SQLITE_IOERR:
            return "The knowledge base could not be read or written (a full disk, a file size limit such as `ulimit -f`, "
                + "or a failing device): free space or raise the limit, then run the command again."
        case SQLITE_CORRUPT, SQLITE_NOTADB:
            return "The knowledge base file is damaged or not a database: restore it from a copy, "
                + "or build a new one with `alliance-kb ingest FOLDER --db NEW.sqlite`."
        default:
            return nil
        }
    }
}

/// Errors about the knowledge base file itself: what happened and what to do.
public enum StoreError: Error, LocalizedError, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)
    case newerSchema(path: String, found: Int, known: Int)
    case notFound(path: String)
    case notAKnowledgeBase(path: String)
    /// A fact points at a sentence the article does not have: the extraction output is inconsistent.
    case missingSentence(index: Int, articlePath: String)
    /// A replacement (which needs the cascades of foreign keys) inside a bulk-load batch, which runs
    /// without them: the caller writes the batch again article by article.
    case replacementInBulkBatch(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason) where reason.contains("not a database") || reason.contains("malformed"):
            return "Cannot open the knowledge base \(path): \(reason). The file is damaged or is not a SQLite database: "
                + "restore it from a copy, or build a new one with `alliance-kb ingest FOLDER --db NEW.sqlite`."
        case let .cannotOpen(path, reason) where reason.contains("readonly") || reason.contains("read-only"):
            return "Cannot write the knowledge base \(path): \(reason). The file or its folder is write-protected: "
                + "make them writable, or pass another --db."
        case let .cannotOpen(path, reason):
            return "Cannot open the knowledge base \(path): \(reason). Check that the folder exists and is writable "
                + "and that the file is an AllianceKB database, or pass another --db."
        case let .newerSchema(path, found, known):
            return "\(path) was written by a newer AllianceKB (schema \(found), this binary knows \(known)): upgrade alliance-kb"
        case let .notFound(path):
            return "No knowledge base at \(path). Create one with `alliance-kb ingest FOLDER --db \(path)`, or pass --db."
        case let .notAKnowledgeBase(path):
            return "\(path) is a SQLite database of another program, not an AllianceKB knowledge base; "
                + "it was left unchanged. Pass another --db."
        case let .missingSentence(index, path):
            return "A fact of \(path) refers to sentence \(index), which the article does not have; nothing of it was stored."
        case let .replacementInBulkBatch(path):
            return "\(path) replaces an earlier version, which a bulk-load batch cannot do; it is written on its own."
        }
    }

    public var errorDescription: String? { description }
}
