import KBModel

/// How listing commands print rows.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, ndjson
}

/// How a terminal table is laid out.
///
///     TableLayout(width: 100)   // lines fit 100 columns, cells cut at 80 characters
///     TableLayout.wide          // every cell whole, lines as long as they come
public struct TableLayout: Sendable, Hashable {
    /// The terminal columns every line must fit in (nil: no limit).
    public var width: Int?
    /// The longest cell, in terminal columns (nil: cells whole).
    public var cellLimit: Int?

    public init(width: Int? = nil, cellLimit: Int? = TableRenderer.tableCellLimit) {
        self.width = width
        self.cellLimit = cellLimit
    }

    /// Everything shown: no width limit, no cell cut.
    public static let wide = TableLayout(width: nil, cellLimit: nil)
}
