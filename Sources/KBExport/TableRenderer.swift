import Foundation
import KBModel

/// Renders a result table for the terminal or for other programs.
///
///     print(TableRenderer.render(table, as: .json))
public enum TableRenderer {
    /// Cells longer than this are cut in the terminal table (never in CSV or JSON).
    public static let tableCellLimit = 80

    public static func render(_ t: ResultTable, as format: OutputFormat) -> String {
        switch format {
        case .table: return table(t)
        case .csv: return (try? CSVExporter().csv(t)) ?? ""
        case .json: return json(t.rows.map { object(t.columns, $0) }, pretty: true) + "\n"
        case .ndjson: return t.rows.map { json(object(t.columns, $0), pretty: false) + "\n" }.joined()
        }
    }

    static func object(_ columns: [String], _ row: [String?]) -> [String: Any] {
        var o: [String: Any] = [:]
        for (c, v) in zip(columns, row) { o[c] = v.map { $0 as Any } ?? NSNull() }
        return o
    }

    /// JSON text of a Foundation object, keys sorted for stable output.
    public static func json(_ value: Any, pretty: Bool) -> String {
        var opts: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { opts.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: opts) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Aligned columns; the width of a cell is its number of characters, combining marks not counted.
    static func table(_ t: ResultTable) -> String {
        guard !t.rows.isEmpty else { return "(no rows)\n" }
        let cells = t.rows.map { $0.map { clip(($0 ?? "").replacingOccurrences(of: "\n", with: " ")) } }
        var widths = t.columns.map(width)
        for r in cells { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ r: [String]) -> String {
            r.enumerated().map { i, c in c + String(repeating: " ", count: max(0, widths[i] - width(c))) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(t.columns) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in cells { out += line(r) + "\n" }
        return out
    }

    static func clip(_ s: String) -> String {
        s.count > tableCellLimit ? String(s.prefix(tableCellLimit - 1)) + "…" : s
    }

    static func width(_ s: String) -> Int {
        s.unicodeScalars.filter { !$0.properties.generalCategory.isCombining }.count
    }
}

extension Unicode.GeneralCategory {
    var isCombining: Bool { self == .nonspacingMark || self == .enclosingMark || self == .format }
}
