import ArgumentParser
import Foundation
import KBExport
import KBQuery

struct AlliancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances",
        abstract: "Alliances of a state and its status at a date.",
        discussion: """
            The same columns as `members`, the other way round.

            Examples:
              alliance-kb alliances TUR --source all
              alliance-kb alliances Армения --at 2024-06-01
            """)

    @Argument(help: "The state: an ISO 3166-1 alpha-3 code (ARM) or a name in Arabic, English or Russian.")
    var state: String

    @Option(help: ArgumentHelp("The date asked about: YYYY, YYYY-MM or YYYY-MM-DD. Default: the latest known.", valueName: "DATE"))
    var at: String?

    @Option(help: "Which claims to read: articles, reference or all (reference rows exist only after import-reference).")
    var source: MembershipSource = .all

    @OptionGroup var listing: LimitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let at, QueryDate(parsing: at) == nil { throw ValidationError(QueryError.badDate(at).description) }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let entity = try kb.resolveArgument(state, as: .state)
        let date = at.flatMap(QueryDate.init(parsing:))
        let rows = try kb.alliances(of: entity, at: date, source: source)
        print(output.render(listing.cut(rows).table), terminator: "")
        if rows.isEmpty { try MembersCommand.explainEmpty(kb: kb, entity: entity, at: date, source: source) }
    }
}
