import Foundation
import KBModel

/// Renders a result table for the terminal or for other programs.
///
///     print(TableRenderer.render(table, as: .json))
public enum TableRenderer {
    /// Cells longer than this are cut in the terminal table (never in CSV or JSON) unless the layout is wide.
    public static let tableCellLimit = 80

    /// `t` as text: an aligned table (laid out by `layout`), CSV with a header row, a JSON array of
    /// objects (null for NULL; numbers and lists typed by the table's column kinds), or NDJSON (one
    /// object per line). Ends with a newline.
    public static func render(_ t: ResultTable, as format: OutputFormat, layout: TableLayout = TableLayout()) -> String {
        switch format {
        case .table: return table(t, layout: layout).text
        case .csv: return (try? CSVExporter().csv(t)) ?? ""
        case .json:
            guard !t.rows.isEmpty else { return "[]\n" }
            return "[\n" + t.rows.map { "  " + object(t, $0, separator: ", ") }.joined(separator: ",\n") + "\n]\n"
        case .ndjson: return t.rows.map { object(t, $0, separator: ",") + "\n" }.joined()
        }
    }

    /// One row as a JSON object with its keys in column order (a dictionary would reorder them);
    /// each key and value is encoded by JSONSerialization, typed by the column's kind.
    static func object(_ t: ResultTable, _ row: [String?], separator: String) -> String {
        let members = zip(t.columns, row).map { c, v in
            fragment(c) + (separator == "," ? ":" : ": ") + (v.map { value($0, t.kind(of: c), separator: separator) } ?? "null")
        }
        return "{" + members.joined(separator: separator) + "}"
    }

    /// A cell as JSON: a number when the column holds numbers (text that is not one stays text), an
    /// array when it holds lists (an empty cell is an empty list).
    static func value(_ cell: String, _ kind: ColumnKind, separator: String) -> String {
        switch kind {
        case .text: return fragment(cell)
        case .integer: return Int(cell).map(String.init) ?? fragment(cell)
        case .number:
            guard let d = Double(cell), d.isFinite else { return fragment(cell) }
            return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .list(let s):
            let items = cell.split(separator: s, omittingEmptySubsequences: true).map { fragment(String($0)) }
            return "[" + items.joined(separator: separator == "," ? "," : ", ") + "]"
        }
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

    /// Aligned columns, for a terminal, laid out by `layout` (see `TableLayout`). Widths count
    /// terminal columns: a combining mark (Arabic harakat) takes none, an East Asian wide character
    /// two. A cell with right-to-left letters is isolated (FSI ... PDI), so that the terminal's
    /// bidi algorithm orders it within its cell and leaves the columns around it in place.
    public static func table(_ t: ResultTable, layout: TableLayout) -> Rendered {
        guard !t.rows.isEmpty else { return Rendered(text: "(no rows)\n", hiddenColumns: []) }
        let limit = layout.cellLimit
        var cells = t.rows.map { r in t.columns.indices.map { i in oneLine(i < r.count ? r[i] ?? "" : "") } }
        var widths = t.columns.map(width)
        for r in cells { for (i, c) in r.enumerated() { widths[i] = max(widths[i], min(width(c), limit ?? Int.max)) } }
        var columns = Array(t.columns.indices)
        var hidden: [String] = []
        if let total = layout.width {
            // Columns empty in every row go first: they say nothing here.
            let empty = columns.filter { i in cells.allSatisfy { $0[i].isEmpty } }
            if span(columns.map { widths[$0] }) > total, empty.count < columns.count { columns.removeAll(where: empty.contains) }
            // Then the table's secondary columns, from the right, while the others would get less than 20 each.
            while span(columns.map { min(widths[$0], 20) }) > total,
                  let last = columns.last(where: { t.secondaryColumns.contains(t.columns[$0]) }) {
                columns.removeAll { $0 == last }
            }
            let fitted = fit(columns.map { widths[$0] }, into: total)
            for (k, i) in columns.prefix(fitted.count).enumerated() { widths[i] = fitted[k] }
            columns = Array(columns.prefix(fitted.count))
            hidden = t.columns.indices.filter { !columns.contains($0) }.map { t.columns[$0] }
        }
        let headers = columns.map { clip(t.columns[$0], to: widths[$0]) }
        for r in cells.indices { cells[r] = columns.map { clip(cells[r][$0], to: widths[$0]) } }
        widths = columns.map { widths[$0] }
        func line(_ r: [String]) -> String {
            var out = ""
            for (i, c) in r.enumerated() {
                if i > 0 { out += "  " }
                out += isolated(c)
                if i < r.count - 1 { out += String(repeating: " ", count: max(0, widths[i] - width(c))) }
            }
            while out.last == " " { out.removeLast() }
            return out
        }
        var out = line(headers) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in cells { out += line(r) + "\n" }
        return Rendered(text: out, hiddenColumns: hidden)
    }

    /// The terminal columns a line of these widths takes, two between columns.
    static func span(_ widths: [Int]) -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }

    /// Column widths that fit `total` terminal columns (two between columns): each column wider
    /// than its floor gives way in proportion to what it has beyond it, so the long text columns give
    /// most. The floor is first 10 (dates, codes and counts stay whole), then 6; columns that do not
    /// fit even then are left out from the right (the first always stays).
    static func fit(_ natural: [Int], into total: Int) -> [Int] {
        for floor in [10, 6] {
            let floors = natural.map { min($0, floor) }
            if span(floors) <= total { return shrink(natural, floors: floors, to: total) }
        }
        var shown = natural.count
        while shown > 1 && span(natural.prefix(shown).map { min($0, 6) }) > total { shown -= 1 }
        let kept = Array(natural.prefix(shown))
        return shrink(kept, floors: kept.map { min($0, 6) }, to: total)
    }

    static func shrink(_ natural: [Int], floors: [Int], to total: Int) -> [Int] {
        var w = natural
        let over = span(w) - total
        let slack = zip(w, floors).map { $0 - $1 }, totalSlack = slack.reduce(0, +)
        guard over > 0, totalSlack > 0 else { return over > 0 ? floors : w }
        // Proportional cuts, rounded down, then the rest one column at a time from the widest.
        var cut = slack.map { min($0, $0 * over / totalSlack) }
        var left = over - cut.reduce(0, +)
        while left > 0 {
            guard let i = w.indices.filter({ w[$0] - cut[$0] > floors[$0] }).max(by: { w[$0] - cut[$0] < w[$1] - cut[$1] }) else { break }
            cut[i] += 1
            left -= 1
        }
        for i in w.indices { w[i] -= cut[i] }
        return w
    }

    /// A rendered table and the columns left out to fit the width.
    public struct Rendered: Sendable, Hashable {
        public var text: String
        public var hiddenColumns: [String]
    }

    /// Line breaks and tabs would break the grid.
    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
        return String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// `s` cut to `columns` terminal columns at a word boundary, with "…" where it was cut; a first
    /// word longer than that is cut inside.
    static func clip(_ s: String, to columns: Int) -> String {
        guard width(s) > columns else { return s }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var kept = "", used = 0, lastBreak: String.Index? = nil
        for c in s {
            let w = width(of: c)
            if used + w > columns - 1 { break }
            if c == " " { lastBreak = kept.endIndex }
            kept.append(c)
            used += w
        }
        // At a word boundary unless that would drop more than half of what fits.
        if let b = lastBreak, width(String(kept[..<b])) * 2 >= columns - 1 {
            kept = String(kept[..<b])
        }
        while kept.last == " " || kept.last == "," || kept.last == ";" { kept.removeLast() }
        return kept + "…"
    }

    /// `s` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds right-to-left
    /// letters; other cells as they are.
    public static func isolated(_ s: String) -> String {
        s.unicodeScalars.contains(where: isRightToLeft) ? "\u{2068}" + s + "\u{2069}" : s
    }

    /// Letters of the right-to-left scripts (bidi classes R and AL): Hebrew, Arabic, Syriac,
    /// Thaana, N'Ko and their presentation forms.
    static func isRightToLeft(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return u.properties.isAlphabetic
        default:
            return false
        }
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
