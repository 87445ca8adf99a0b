import KBModel
import KBStorage

/// A value bound to a `?` parameter: KBStorage's own.
public typealias QueryValue = DatabaseValue

extension DatabaseValue {
    /// Text, or NULL for nil.
    public static func optional(_ s: String?) -> DatabaseValue { s.map(DatabaseValue.text) ?? .null }
}

/// What the queries need from the store: rows for SQL with `?` parameters, statements, transactions.
/// KBStorage's `Database` provides it; tests may stand in their own.
public protocol QueryConnection: AnyObject {
    /// The rows of one query; cells are text, nil for NULL.
    func fetch(_ sql: String, _ arguments: [QueryValue]) throws -> ResultTable
    /// Runs one statement that returns no rows.
    func run(_ sql: String, _ arguments: [QueryValue]) throws
    /// Runs `body` in one transaction, rolled back when it throws.
    func inTransaction<T>(_ body: () throws -> T) throws -> T
}

extension ResultTable {
    /// Cell `c` of row `r` as an integer (0 for NULL or text that is not a number).
    func int(_ r: Int, _ c: Int) -> Int { rows[r][c].flatMap { Int($0) } ?? Int(rows[r][c].flatMap { Double($0) } ?? 0) }
    /// Cell `c` of row `r`.
    func text(_ r: Int, _ c: Int) -> String? { rows[r][c] }
}

extension Database: QueryConnection {
    public func fetch(_ sql: String, _ arguments: [QueryValue]) throws -> ResultTable {
        try rows(sql: sql, arguments: arguments)
    }

    public func run(_ sql: String, _ arguments: [QueryValue]) throws {
        try execute(sql: sql, arguments: arguments)
    }

    public func inTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(body)
    }
}
