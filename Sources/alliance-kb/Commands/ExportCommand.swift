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
        abstract: "Write the knowledge base as CSV files, one per table, for spreadsheets, pandas and R.",
        discussion: """
            One UTF-8 CSV file per table, with a header row (the columns are listed in the README). \
            Ids are derived from content, so a rebuild of the same folder writes the same files.

            Examples:
              alliance-kb export --out export
              alliance-kb export --out export --tables memberships,events --excel
            """)

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
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a folder name, for example --out export (use --out . for the current folder).")
        }
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
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch {
            throw ExportError(path: dir.path, action: "create the folder", underlying: error)
        }
        let exporter = CSVExporter(excel: excel)
        let tables = try selectedTables()
        var total = 0
        for table in tables {
            var rows = try store.exportTable(table)
            if table == .events { rows = try Self.withEventGroups(rows, kb: KnowledgeBase.open(path: database.path)) }
            let file = dir.appendingPathComponent("\(table.rawValue).csv")
            do { try exporter.write(rows, to: file) } catch { throw ExportError(path: file.path, action: "write", underlying: error) }
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

/// A file or folder of the export that could not be written: the OS's reason in words, and what to do.
struct ExportError: Error, CustomStringConvertible {
    var path: String
    var action: String
    var underlying: Error

    var description: String {
        "Cannot \(action) \(path): \(Self.reason(underlying)). Choose another --out folder, "
            + "or make this one writable (and free space if the disk is full)."
    }

    /// The POSIX reason inside a Foundation error (NSCocoaErrorDomain wraps it), without the dump.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if ns.code == NSFileWriteUnknownError || ns.code == NSFileNoSuchFileError, let path = ns.userInfo[NSFilePathErrorKey] as? String {
            // Foundation gives no reason when a file stands where a folder should be (or the
            // other way round): find it.
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue,
               (path as NSString).pathExtension == "csv" {
                return "a folder of that name is in the way"
            }
            var dir = (path as NSString).deletingLastPathComponent
            while !dir.isEmpty && dir != "/" {
                if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
                    if !isDir.boolValue { return "\(dir) is a file, not a folder" }
                    if !FileManager.default.isWritableFile(atPath: dir) { return "\(dir) is not writable" }
                    break
                }
                dir = (dir as NSString).deletingLastPathComponent
            }
        }
        switch ns.code {
        case NSFileWriteFileExistsError: return "a file of that name is in the way"
        case NSFileWriteNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
        default: return ns.localizedDescription
        }
    }
}
