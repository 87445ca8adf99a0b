import KBModel

/// A value bound to a `?` parameter.
public enum QueryValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case integer(Int64)
    case real(Double)
    case null

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// Text, or NULL for nil.
    public static func optional(_ s: String?) -> QueryValue { s.map(QueryValue.text) ?? .null }
}

/// What the queries need from the store: rows for SQL with `?` parameters, statements, transactions.
/// KBStorage's `Database` provides it (see `Database+QueryConnection.swift`).
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
