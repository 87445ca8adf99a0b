import ArgumentParser
import Foundation
import KBExport
import KBQuery

struct AlliancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alliances",
        abstract: "Alliances of a state and its status at a date.",
        discussion: "The same columns as `members`, the other way round.")

    @Argument(help: "The state: an ISO 3166-1 alpha-3 code (ARM) or a name in Arabic, English or Russian.")
    var state: String

    @Option(help: ArgumentHelp("The date asked about: YYYY, YYYY-MM or YYYY-MM-DD. Default: the latest known.", valueName: "DATE"))
    var at: String?

    @Option(help: "Which claims to read: articles, reference or all.")
    var source: MembershipSource = .all

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let at, QueryDate(parsing: at) == nil { throw ValidationError(QueryError.badDate(at).description) }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let rows = try kb.alliances(of: kb.resolve(state, as: .state), at: at.flatMap(QueryDate.init(parsing:)), source: source)
        print(TableRenderer.render(rows.table, as: output.format), terminator: "")
        if rows.isEmpty { Self.explainEmpty(source: source) }
    }
}

extension AlliancesCommand {
    /// Says on stderr why nothing was listed, so that an empty result is not mistaken for an error.
    static func explainEmpty(source: MembershipSource) {
        let hint = source == .reference
            ? "No reference rows match: load them with `alliance-kb import-reference SampleData/reference/memberships.csv`.\n"
            : "No membership claim matches in this knowledge base.\n"
        FileHandle.standardError.write(Data(hint.utf8))
    }
}
