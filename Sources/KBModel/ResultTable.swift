/// Rows to print or export: column names and text cells (nil is SQL NULL).
///
///     ResultTable(columns: ["state_iso3", "status"], rows: [["ARM", "member"]])
public struct ResultTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[String?]]

    public init(columns: [String], rows: [[String?]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The cell of `row` under `column`, or nil.
    public func value(_ column: String, in row: Int) -> String? {
        guard let i = columns.firstIndex(of: column), rows.indices.contains(row), rows[row].indices.contains(i) else { return nil }
        return rows[row][i]
    }
}
