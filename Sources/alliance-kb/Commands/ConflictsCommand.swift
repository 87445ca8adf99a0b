import ArgumentParser
import KBExport
import KBQuery

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Pairs of states in dispute, with their attacks.",
        discussion: """
            One row per pair: the kind of dispute, the publication dates of the first and last articles \
            reporting it, the number of attacks and wars between the two and the latest of them. \
            `alliance-kb evidence c:N` lists every sentence that reports the pair.

            Examples:
              alliance-kb conflicts
              alliance-kb conflicts Armenia --format json
            """)

    @Argument(help: "Only the disputes of this state (code or name).")
    var state: String?

    @OptionGroup var listing: LimitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let rows = try kb.conflicts(of: state.map { try kb.resolveArgument($0, as: .state) }, limit: listing.rowsToRead)
        print(output.render(listing.cut(rows).table), terminator: "")
    }
}
