import CSV
import Foundation
import KBModel

/// Writes result tables as UTF-8 CSV with a header row (RFC 4180 quoting by CSV.swift).
///
///     try CSVExporter(excel: true).write(table, to: URL(fileURLWithPath: "out/memberships.csv"))
public struct CSVExporter: Sendable {
    /// For spreadsheets: a byte-order mark, and cells that a spreadsheet would run as a formula
    /// (starting with =, +, -, @, tab or carriage return) prefixed with a single quote. Numbers such
    /// as "-3" are left alone.
    public var excel: Bool

    public init(excel: Bool = false) { self.excel = excel }

    /// The CSV text of `table`, ending with a newline.
    public func csv(_ table: ResultTable) throws -> String {
        let stream = OutputStream(toMemory: ())
        try write(table, to: stream)
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes `table` to a file, replacing it.
    public func write(_ table: ResultTable, to url: URL) throws {
        guard let stream = OutputStream(url: url, append: false) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        try write(table, to: stream)
    }

    func write(_ table: ResultTable, to stream: OutputStream) throws {
        stream.open()
        defer { stream.close() }
        if excel { _ = stream.write([0xEF, 0xBB, 0xBF], maxLength: 3) }
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: table.columns)
        for row in table.rows {
            try writer.write(row: row.map { cell($0) })
        }
        writer.stream.write("\n", maxLength: 1)
    }

    func cell(_ value: String?) -> String {
        guard let v = value else { return "" }
        guard excel, let first = v.unicodeScalars.first else { return v }
        if "=+-@\t\r".unicodeScalars.contains(first) && Double(v) == nil { return "'" + v }
        return v
    }
}
