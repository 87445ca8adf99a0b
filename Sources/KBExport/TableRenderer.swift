import Foundation
import KBModel

/// Renders a result table for the terminal or for other programs.
///
///     print(TableRenderer.render(table, as: .json))
public enum TableRenderer {
    /// Cells longer than this are cut in the terminal table (never in CSV or JSON).
    public static let tableCellLimit = 80

    /// `t` as text: an aligned table (long cells cut), CSV with a header row, a JSON array of
    /// objects (null for NULL), or NDJSON (one object per line). Ends with a newline.
    public static func render(_ t: ResultTable, as format: OutputFormat) -> String {
        switch format {
        case .table: return table(t)
        case .csv: return (try? CSVExporter().csv(t)) ?? ""
        case .json:
            guard !t.rows.isEmpty else { return "[]\n" }
            return "[\n" + t.rows.map { "  " + object(t.columns, $0, separator: ", ") }.joined(separator: ",\n") + "\n]\n"
        case .ndjson: return t.rows.map { object(t.columns, $0, separator: ",") + "\n" }.joined()
        }
    }

    /// One row as a JSON object with its keys in column order (a dictionary would reorder them);
    /// each key and value is encoded by JSONSerialization.
    static func object(_ columns: [String], _ row: [String?], separator: String) -> String {
        let members = zip(columns, row).map { c, v in
            fragment(c) + (separator == "," ? ":" : ": ") + (v.map(fragment) ?? "null")
        }
        return "{" + members.joined(separator: separator) + "}"
    }

    static func fragment(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: s, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// JSON text of a Foundation object, keys sorted for stable output.
    public static func json(_ value: Any, pretty: Bool) -> String {
        var opts: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { opts.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: opts) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Aligned columns, for a terminal. Widths count terminal columns: a combining mark (Arabic
    /// harakat) takes none, an East Asian wide character two. Right-to-left text is left-aligned
    /// like the rest; the terminal's bidi handles its display.
    static func table(_ t: ResultTable) -> String {
        guard !t.rows.isEmpty else { return "(no rows)\n" }
        let cells = t.rows.map { $0.map { clip(oneLine($0 ?? "")) } }
        var widths = t.columns.map(width)
        for r in cells { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func line(_ r: [String]) -> String {
            var out = ""
            for (i, c) in r.enumerated() where i < widths.count {
                if i > 0 { out += "  " }
                out += c
                if i < widths.count - 1 { out += String(repeating: " ", count: max(0, widths[i] - width(c))) }
            }
            while out.last == " " { out.removeLast() }
            return out
        }
        var out = line(t.columns) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in cells { out += line(r) + "\n" }
        return out
    }

    /// Line breaks and tabs would break the grid.
    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
        return String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    static func clip(_ s: String) -> String {
        s.count > tableCellLimit ? String(s.prefix(tableCellLimit - 1)) + "…" : s
    }

    /// The number of terminal columns `s` takes.
    static func width(_ s: String) -> Int {
        s.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory.isZeroWidth }) { return 0 }
        return isWide(first) ? 2 : 1
    }

    /// East Asian wide and fullwidth ranges, and emoji shown as pictures.
    static func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Unicode.GeneralCategory {
    var isZeroWidth: Bool { self == .nonspacingMark || self == .enclosingMark || self == .format }
}
