import ArgumentParser
import Foundation
import KBExport
import KBModel
import KBQuery

struct MembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "States of an alliance and their status at a date.",
        discussion: """
            One row per state: its status, `from`/`to` (the dated changes that start and end it, each with \
            its precision and source; empty where no dated change is known, never a publication date, and \
            never later than the first report of the same status), \
            `first_reported`/`last_reported` (publication dates of the articles stating it), how many \
            articles state it, which sources give it (article, reference or both), how they disagree, and \
            the evidence (its id works with `alliance-kb evidence`). Claims dated only by their article \
            hold from its publication on.

            Examples:
              alliance-kb members CSTO
              alliance-kb members NATO --at 2023-01-01 --source reference
            """)

    @Argument(help: "The alliance: a code (CSTO) or a name in Arabic, English or Russian.")
    var alliance: String

    @Option(help: ArgumentHelp("The date asked about: YYYY, YYYY-MM or YYYY-MM-DD (a year means its first day). Default: the latest known.", valueName: "DATE"))
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
        let entity = try kb.resolveArgument(alliance, as: .alliance)
        let date = at.flatMap(QueryDate.init(parsing:))
        let rows = try kb.members(of: entity, at: date, source: source)
        print(output.render(listing.cut(rows).table), terminator: "")
        if rows.isEmpty { try Self.explainEmpty(kb: kb, entity: entity, at: date, source: source) }
    }
}

extension MembershipSource: ExpressibleByArgument {}

extension MembersCommand {
    /// Says on stderr why nothing was listed, so that an empty result is not mistaken for an error:
    /// a date before anything known, or no claim at all.
    static func explainEmpty(kb: KnowledgeBase, entity: EntityRef, at: QueryDate?, source: MembershipSource) throws {
        let hint: String
        if let at, let earliest = try kb.earliestMembershipDate(of: entity, source: source), at.day < earliest {
            hint = "Nothing is known about \(entity.code) memberships on \(at.day): the earliest claim read (--source \(source.rawValue)) speaks of \(earliest).\n"
        } else if source == .reference {
            hint = "No reference rows match: load them with `alliance-kb import-reference SampleData/reference/memberships.csv`.\n"
        } else {
            hint = "No membership claim matches in this knowledge base\(at.map { " at \($0.day)" } ?? "").\n"
        }
        FileHandle.standardError.write(Data(hint.utf8))
    }
}

extension KnowledgeBase {
    /// `resolve` for a command-line argument: an unknown name is a bad argument (exit 64), with
    /// the close matches in the message.
    func resolveArgument(_ name: String, as kind: EntityKind? = nil) throws -> EntityRef {
        do {
            return try resolve(name, as: kind)
        } catch let error as QueryError {
            throw ValidationError(error.description)
        }
    }
}
