import ArgumentParser
import Foundation
import KBExport
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

    @Option(help: ArgumentHelp("Only these tables, separated by commas (default: all): "
                               + ExportTable.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                               valueName: "TABLES"))
    var tables: String?

    func validate() throws {
        _ = try selectedTables()
    }

    func selectedTables() throws -> [ExportTable] {
        guard let tables else { return ExportTable.allCases }
        return try tables.split(separator: ",").map { name in
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
        for table in try selectedTables() {
            let rows = try store.exportTable(table)
            let file = dir.appendingPathComponent("\(table.rawValue).csv")
            try exporter.write(rows, to: file)
            FileHandle.standardError.write(Data("\(file.path): \(rows.rows.count) rows\n".utf8))
        }
    }
}
