import ArgumentParser
import Foundation
import KBQuery

struct ImportReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-reference",
        abstract: "Load curated membership history from a CSV file.",
        discussion: """
            Columns: alliance, state_iso3, status, from, from_precision, to, to_precision, source, note \
            (see SampleData/reference/README.md). Every row is checked first; a bad row stops the import with \
            its line number and nothing is loaded. Importing the same file again replaces its earlier rows.

            Examples:
              alliance-kb import-reference SampleData/reference/memberships.csv
              alliance-kb members CSTO --source reference
            """)

    @Argument(help: "The CSV file, e.g. SampleData/reference/memberships.csv.")
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        // Checked before the knowledge base is opened, so that a bad file creates nothing.
        let records = try ReferenceImporter.read(file)
        let kb = try KnowledgeBase.open(path: database.path, create: true)
        let report = try ReferenceImporter(connection: kb.connection).store(records, from: file)
        var line = "Imported \(report.imported) reference rows from \(file)"
        if report.replaced > 0 { line += " (replacing the \(report.replaced) rows of its earlier import)" }
        FileHandle.standardError.write(Data((line + ".\n").utf8))
    }
}

