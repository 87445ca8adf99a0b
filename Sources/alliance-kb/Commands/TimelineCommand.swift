import ArgumentParser
import KBExport
import KBModel
import KBQuery

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Events in date order, one row per event.",
        discussion: """
            With entities, only the events that involve every one of them. Each row gives the date and its \
            precision, the type, the actors, the location, how many articles report it and the evidence; \
            its ids (e:7,e:9) work with `alliance-kb evidence`. Events of unknown date come last.
            """)

    @Argument(help: "States, alliances or persons the events must involve (codes or names).")
    var entities: [String] = []

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date.", valueName: "DATE"))
    var to: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("Only events of this type (repeatable): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "TYPE"))
    var types: [String] = []

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        for d in [from, to].compactMap({ $0 }) where QueryDate(parsing: d) == nil {
            throw ValidationError(QueryError.badDate(d).description)
        }
        for t in types where EventType(rawValue: t) == nil {
            throw ValidationError("Unknown event type '\(t)': use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let rows = try kb.timeline(entities: entities.map { try kb.resolve($0) },
                                   from: from.flatMap(QueryDate.init(parsing:)), to: to.flatMap(QueryDate.init(parsing:)),
                                   types: types.compactMap(EventType.init(rawValue:)))
        print(TableRenderer.render(rows.table, as: output.format), terminator: "")
    }
}
