import ArgumentParser
import KBExport
import KBStorage

/// `alliance-kb stats`: what the knowledge base holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles, facts and entities per table and language, with the articles' date range.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try KnowledgeStore(existing: database.path)
        print(TableRenderer.render(try store.statistics(), as: output.format), terminator: "")
    }
}
