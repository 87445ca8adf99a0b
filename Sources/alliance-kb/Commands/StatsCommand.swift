import ArgumentParser
import KBExport
import KBModel
import KBStorage

/// `alliance-kb stats`: what the knowledge base holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles, facts and entities per table and language, with the articles' date range.",
        discussion: """
            Examples:
              alliance-kb stats
              alliance-kb stats --db sample.sqlite --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try KnowledgeStore(existing: database.path)
        var table = try store.statistics()
        table.kinds["value"] = .integer   // counts as numbers in JSON; the two dates stay text
        print(output.render(table), terminator: "")
    }
}
