import ArgumentParser
import Foundation
import KBSchema

@main
struct AllianceKB: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliance-kb",
        abstract: "Build a knowledge base of alliances and conflicts from Arabic, English and Russian news.",
        version: "alliance-kb 0.9 (SQLite schema \(KBSchema.latestVersion))",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, ExportCommand.self, StatsCommand.self,
            MembersCommand.self, AlliancesCommand.self, TimelineCommand.self, ConflictsCommand.self,
            PersonsCommand.self, EvidenceCommand.self, AskCommand.self, ImportReferenceCommand.self,
            ReportCommand.self, ServeCommand.self,
        ]
    )

    /// A mistyped subcommand gets the closest names (`member` → `members`), exit 64.
    static func main() async {
        let args = Array(CommandLine.arguments.dropFirst())
        if let first = args.first, !first.hasPrefix("-"), first != "help" {
            let names = configuration.subcommands.map { $0._commandName }
            if !names.contains(first) {
                let close = names.filter { $0.hasPrefix(first) || first.hasPrefix($0) || distance(Array(first), Array($0)) <= 2 }
                let hint = close.isEmpty ? "Subcommands: \(names.joined(separator: ", "))." : "Did you mean: \(close.joined(separator: ", "))?"
                FileHandle.standardError.write(Data("Error: Unknown subcommand '\(first)'. \(hint)\n".utf8))
                Foundation.exit(64)
            }
        }
        await Self.main(nil)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count { cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) }
            prev = cur
        }
        return prev[b.count]
    }
}
