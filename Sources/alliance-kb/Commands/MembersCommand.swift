import ArgumentParser
import Foundation
import KBExport
import KBQuery

struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "States of an alliance and their status at a date.",
        discussion: """
            One row per state: status, since and until where known, how many articles support it, the \
            latest claim, which sources give it (article, reference or both), how they disagree, and the \
            evidence of the strongest claim (its id works with `alliance-kb evidence`).
            """)

    @Argument(help: "The alliance: a code (CSTO) or a name in Arabic, English or Russian.")
    var alliance: String

    @Option(help: ArgumentHelp("The date asked about: YYYY, YYYY-MM or YYYY-MM-DD (a year means its first day). Default: the latest known.", valueName: "DATE"))
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
        let rows = try kb.members(of: kb.resolve(alliance, as: .alliance), at: at.flatMap(QueryDate.init(parsing:)), source: source)
        print(TableRenderer.render(rows.table, as: output.format), terminator: "")
        if rows.isEmpty { Self.explainEmpty(source: source) }
    }
}

extension MembershipSource: ExpressibleByArgument {}

extension MembersCommand {
    /// Says on stderr why nothing was listed, so that an empty result is not mistaken for an error.
    static func explainEmpty(source: MembershipSource) {
        let hint = source == .reference
            ? "No reference rows match: load them with `alliance-kb import-reference SampleData/reference/memberships.csv`.\n"
            : "No membership claim matches in this knowledge base.\n"
        FileHandle.standardError.write(Data(hint.utf8))
    }
}
