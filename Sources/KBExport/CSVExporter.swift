import CSV
import Foundation
import KBModel

/// Writes result tables as UTF-8 CSV with a header row (RFC 4180 quoting by CSV.swift), NULL as an
/// empty cell.
///
///     try CSVExporter().write(table, to: URL(fileURLWithPath: "out/memberships.csv"), excel: true)
///
/// With `excel`, the file starts with a UTF-8 byte-order mark (so that spreadsheets read Arabic and
/// Russian as UTF-8) and a cell that a spreadsheet would run as a formula is prefixed with a single
/// quote: one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return. A cell that is a plain
/// number ("-3", "+7", "-0.5") is left alone, since a spreadsheet reads it as that number and runs
/// nothing; so is everything in plain (non-excel) CSV, which is for programs and must round-trip.
public struct CSVExporter: Sendable {
    /// The default for `write(_:to:)` and `csv(_:)`.
    public var excel: Bool

    public init(excel: Bool = false) { self.excel = excel }

    /// The CSV text of `table`, ending with a newline.
    public func csv(_ table: ResultTable) throws -> String {
        String(decoding: try data(table, excel: excel), as: UTF8.self)
    }

    /// Writes `table` to a file, replacing it (atomically: a reader never sees half a file).
    public func write(_ table: ResultTable, to url: URL) throws {
        try write(table, to: url, excel: excel)
    }

    /// Writes `table` to a file, replacing it, for spreadsheets when `excel` is true.
    public func write(_ table: ResultTable, to url: URL, excel: Bool) throws {
        try data(table, excel: excel).write(to: url, options: .atomic)
    }

    /// The bytes of the file. CSV.swift writes a byte per stream call, so it writes to memory and
    /// the file gets one write.
    func data(_ table: ResultTable, excel: Bool) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        defer { stream.close() }
        if excel { try write(bytes: [0xEF, 0xBB, 0xBF], to: stream) }
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: table.columns)
        for row in table.rows {
            try writer.write(row: row.map { Self.cell($0, excel: excel) })
        }
        try write(bytes: [0x0A], to: stream)
        return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    }

    private func write(bytes: [UInt8], to stream: OutputStream) throws {
        guard stream.write(bytes, maxLength: bytes.count) == bytes.count else { throw CSVError.cannotWriteStream }
    }

    /// The text of one cell; in excel mode, formulas are defused (see the type's documentation).
    static func cell(_ value: String?, excel: Bool) -> String {
        guard let v = value else { return "" }
        guard excel, let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return v }
        return isPlainNumber(v) ? v : "'" + v
    }

    /// "-3", "+7", "-0.25", "1e5": digits with an optional sign, point and exponent; not "-inf" or "+0x1".
    static func isPlainNumber(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) } && Double(s) != nil
    }
}
