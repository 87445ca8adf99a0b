import ArgumentParser
import KBExport
import KBQuery

struct PersonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persons",
        abstract: "Persons named, with roles, states and articles.",
        discussion: """
            One row per person: native spellings, roles, states and the number of articles. \
            `alliance-kb evidence p:N` lists every sentence that names the person.

            Examples:
              alliance-kb persons
              alliance-kb persons ARM --format csv > armenian-persons.csv
            """)

    @Argument(help: "Only the persons of this state (code or name).")
    var state: String?

    @OptionGroup var listing: LimitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let rows = try kb.persons(of: state.map { try kb.resolveArgument($0, as: .state) }, limit: listing.rowsToRead)
        print(output.render(listing.cut(rows).table), terminator: "")
    }
}
