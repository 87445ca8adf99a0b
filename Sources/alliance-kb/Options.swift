import ArgumentParser
import Foundation
import KBExport
import KBModel
#if canImport(Glibc)
import Glibc
#endif

/// `--db`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file (default: $ALLIANCE_KB_DB or alliance-kb.sqlite).", valueName: "FILE"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["ALLIANCE_KB_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "alliance-kb.sqlite"
    }
}

/// `--format` and `--wide`, shared by every command that prints rows.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or ndjson.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "In table format, show every column and every cell whole (no fitting to the terminal width, no cut at 80 characters).")
    var wide = false

    /// The table layout: `--wide`, else fitted to the terminal width (`COLUMNS`, else the width of
    /// the terminal stdout is; a pipe or a file without `COLUMNS` gets whole lines, cells cut at 80).
    var layout: TableLayout { wide ? .wide : TableLayout(width: Self.terminalWidth()) }

    /// `table` in the chosen format; in table format, the columns left out to fit are named on stderr.
    func render(_ table: ResultTable) -> String {
        guard format == .table else { return TableRenderer.render(table, as: format) }
        let r = TableRenderer.table(table, layout: layout)
        if !r.hiddenColumns.isEmpty {
            let note = "\(r.hiddenColumns.count) column(s) not shown to fit the width: \(r.hiddenColumns.joined(separator: ", ")). --wide shows every column, --format csv every cell.\n"
            FileHandle.standardError.write(Data(note.utf8))
        }
        return r.text
    }

    /// `COLUMNS` when it is a positive number, else the width of the terminal stdout is, else nil.
    static func terminalWidth() -> Int? {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), c > 0 {
            return c
        }
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// `--limit`, shared by every command that lists rows.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only the first N rows (stderr says when there are more).", valueName: "N"))
    var limit: Int?

    func validate() throws {
        if let limit { try Self.check(limit) }
    }

    /// Refuses a limit below one (also for `evidence`'s own `--limit`).
    static func check(_ limit: Int) throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit).") }
    }

    /// How many rows to read: one more than the limit, to know whether there are more.
    var rowsToRead: Int? { limit.map { $0 + 1 } }

    /// The first `limit` rows; when there were more, stderr says so, with `hint` on how to see them.
    func cut<Row>(_ rows: [Row], hint: String = "raise --limit to see more") -> [Row] {
        guard let limit, rows.count > limit else { return rows }
        let shown = limit == 1 ? "The first row is shown" : "The first \(limit) rows are shown"
        FileHandle.standardError.write(Data("\(shown); there are more (\(hint)).\n".utf8))
        return Array(rows.prefix(limit))
    }
}

extension OutputFormat: ExpressibleByArgument {}
