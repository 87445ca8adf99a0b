/// A value bound to or read from SQL.
///
///     try db.execute(sql: "INSERT INTO t (a, b, c) VALUES (?, ?, ?)", arguments: ["text", 42, nil])
public enum DatabaseValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(_ s: String?) { self = s.map { .text($0) } ?? .null }
    public init(_ i: Int?) { self = i.map { .integer(Int64($0)) } ?? .null }
    public init(_ i: Int64?) { self = i.map { .integer($0) } ?? .null }
    public init(_ d: Double?) { self = d.map { .real($0) } ?? .null }

    /// The value as text, as a CSV cell shows it; nil for NULL.
    public var text: String? {
        switch self {
        case .null: return nil
        case .integer(let i): return String(i)
        case .real(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .text(let s): return s
        }
    }

    /// Whether the value is SQL NULL.
    public var isNull: Bool { self == .null }

    /// The value as an integer, when it is one (or text or a real that reads as one).
    public var int64: Int64? {
        switch self {
        case .integer(let i): return i
        case .real(let d): return Int64(d)
        case .text(let s): return Int64(s)
        case .null: return nil
        }
    }

    public var description: String { text ?? "NULL" }
}
