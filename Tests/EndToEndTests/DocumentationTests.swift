import Foundation
import Testing

/// The README documents every subcommand, and its Quick start stays two commands.
@Suite struct DocumentationTests {
    static func subcommands() throws -> [String] {
        let help = try CLI.run(["--help"]).stdout
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        return help[start.upperBound...].split(separator: "\n").compactMap { line in
            let trimmed = line.drop(while: { $0 == " " })
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let word = trimmed.split(separator: " ").first, !trimmed.hasPrefix("See") else { return nil }
            return String(word)
        }
    }

    @Test func helpListsTheSubcommands() throws {
        let names = try Self.subcommands()
        #expect(names.contains("ingest") && names.contains("export") && names.contains("ask"), "\(names)")
    }

    @Test func readmeDocumentsEverySubcommand() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        for name in try Self.subcommands() where name != "help" {
            #expect(readme.contains("alliance-kb \(name)"), "README.md does not document `alliance-kb \(name)`")
        }
    }

    @Test func quickStartHasExactlyTwoCommands() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "## Quick start") else { Issue.record("no Quick start section"); return }
        let section = readme[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        let parts = section[..<end].components(separatedBy: "```")
        var commands: [String] = []
        for (i, block) in parts.enumerated() where i % 2 == 1 {
            for line in block.split(separator: "\n").dropFirst() where !line.allSatisfy({ $0 == " " }) { commands.append(String(line)) }
        }
        #expect(commands.count == 2, "\(commands)")
    }
}
