import ArgumentParser
import Foundation
import KBExport
import KBModel
import KBQuery
import KBStorage

/// `alliance-kb export --out DIR`: one CSV file per table.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the knowledge base as CSV files, one per table, for spreadsheets, pandas and R.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The folder to write the CSV files to (created if missing).", valueName: "DIR"))
    var out: String

    @Flag(help: "Add a byte-order mark and neutralise cells a spreadsheet would run as formulas.")
    var excel = false

    @Option(parsing: .upToNextOption,
            help: ArgumentHelp("Only these tables, separated by commas or spaces (default: all): "
                               + ExportTable.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                               valueName: "TABLE"))
    var tables: [String] = []

    func validate() throws {
        _ = try selectedTables()
    }

    func selectedTables() throws -> [ExportTable] {
        let names = tables.flatMap { $0.split(separator: ",") }
        guard !names.isEmpty else { return ExportTable.allCases }
        return try names.map { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let table = ExportTable(rawValue: name) else {
                throw ValidationError("Unknown table '\(name)'. Choose from: \(ExportTable.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return table
        }
    }

    func run() throws {
        let store = try KnowledgeStore(existing: database.path)
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let exporter = CSVExporter(excel: excel)
        let tables = try selectedTables()
        var total = 0
        for table in tables {
            var rows = try store.exportTable(table)
            if table == .events { rows = try Self.withEventGroups(rows, kb: KnowledgeBase.open(path: database.path)) }
            let file = dir.appendingPathComponent("\(table.rawValue).csv")
            try exporter.write(rows, to: file)
            total += rows.rows.count
            FileHandle.standardError.write(Data("  \(table.rawValue).csv: \(rows.rows.count) rows\n".utf8))
        }
        FileHandle.standardError.write(Data("Exported \(tables.count) tables (\(total) rows) to \(dir.path)\n".utf8))
    }

    /// Adds `event_group` to events.csv: the id of the `timeline` row each report is merged into (the
    /// first of its `e:` ids), so that the merge can be reproduced in pandas by grouping on it.
    static func withEventGroups(_ table: ResultTable, kb: KnowledgeBase) throws -> ResultTable {
        var group: [String: String] = [:]
        for row in try kb.timeline() {
            let ids = row.id.split(separator: ",").map { String($0.dropFirst(2)) }
            for id in ids { group[id] = ids.first }
        }
        var out = table
        out.columns.append("event_group")
        let idColumn = table.columns.firstIndex(of: "event_id") ?? 0
        out.rows = table.rows.map { $0 + [$0[idColumn].flatMap { group[$0] }] }
        return out
    }
}
