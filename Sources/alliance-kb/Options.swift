import ArgumentParser
import Foundation
import KBExport

/// `--db`, shared by every command.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge base file (default: $ALLIANCE_KB_DB or alliance-kb.sqlite).", valueName: "FILE"))
    var db: String?

    var path: String {
        db ?? ProcessInfo.processInfo.environment["ALLIANCE_KB_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "alliance-kb.sqlite"
    }
}

/// `--format`, shared by every command that prints rows.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json or ndjson.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}
