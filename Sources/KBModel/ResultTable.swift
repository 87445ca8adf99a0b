/// Rows to print or export: column names and text cells (nil is SQL NULL).
///
///     ResultTable(columns: ["state_iso3", "status"], rows: [["ARM", "member"]])
public struct ResultTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[String?]]
    /// How the cells of a column read in JSON, by column name; a column not named is text.
    /// Tables and CSV show the text cells unchanged.
    public var kinds: [String: ColumnKind]
    /// Columns a terminal table too narrow for every column leaves out first (details of another column).
    public var secondaryColumns: [String]

    public init(columns: [String], rows: [[String?]] = [], kinds: [String: ColumnKind] = [:], secondaryColumns: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.kinds = kinds
        self.secondaryColumns = secondaryColumns
    }

    /// The cell of `row` under `column`, or nil.
    public func value(_ column: String, in row: Int) -> String? {
        guard let i = columns.firstIndex(of: column), rows.indices.contains(row), rows[row].indices.contains(i) else { return nil }
        return rows[row][i]
    }

    /// The kind of `column` (text unless said otherwise).
    public func kind(of column: String) -> ColumnKind { kinds[column] ?? .text }
}

/// What a column holds, for the formats that have types (JSON, NDJSON): the text cell is the
/// table's and CSV's form, JSON writes a number as a number and a list as an array.
public enum ColumnKind: Sendable, Hashable {
    case text
    /// A whole number (`12`).
    case integer
    /// A decimal number (`0.85`).
    case number
    /// Items joined by `separator` in the text cell (`ARM;AZE` with ";").
    case list(separator: String)
}
