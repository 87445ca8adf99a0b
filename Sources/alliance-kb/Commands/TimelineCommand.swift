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
            its ids (e:7,e:9) work with `alliance-kb evidence`. Events of unknown date (or unknown year, \
            XXXX-11-23) come last. With --from/--to an event is kept when its span (its day, month or \
            year) overlaps the range, and events of unknown date are left out. --limit N prints the first N \
            rows, reading only as many reports as they need (the first page of a long timeline; --from \
            starts a later one).

            Examples:
              alliance-kb timeline ARM AZE --from 2022 --to 2022
              alliance-kb timeline KAZ --type deploy-forces withdraw-forces
              alliance-kb timeline CSTO --exclude-type statement
              alliance-kb timeline ARM AZE --limit 20
            """)

    @Argument(help: "States, alliances or persons the events must involve (codes or names).")
    var entities: [String] = []

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date.", valueName: "DATE"))
    var to: String?

    @Option(name: .customLong("type"), parsing: .upToNextOption,
            help: ArgumentHelp("Only events of these types (several after one flag, or comma-separated): \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "TYPE"))
    var types: [String] = []

    @Option(name: .customLong("exclude-type"), parsing: .upToNextOption,
            help: ArgumentHelp("Leave out events of these types (such as statement).", valueName: "TYPE"))
    var excludedTypes: [String] = []

    /// The types named, commas splitting a value.
    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { String($0).trimmingWhitespace() } }.filter { !$0.isEmpty }
    }

    @OptionGroup var listing: LimitOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        for d in [from, to].compactMap({ $0 }) where QueryDate(parsing: d) == nil {
            throw ValidationError(QueryError.badDate(d).description)
        }
        if let f = from.flatMap(QueryDate.init(parsing:)), let t = to.flatMap(QueryDate.init(parsing:)),
           f.day > QueryDate(date: t.date, atEnd: true).day {
            throw ValidationError("The range is inverted: --from \(f.date.iso) is after --to \(t.date.iso); swap them.")
        }
        for t in Self.split(types + excludedTypes) where EventType(rawValue: t) == nil {
            throw ValidationError("Unknown event type '\(t)': use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        let rows = try kb.timeline(entities: entities.map { try kb.resolveArgument($0) },
                                   from: from.flatMap(QueryDate.init(parsing:)), to: to.flatMap(QueryDate.init(parsing:)),
                                   types: Self.split(types).compactMap(EventType.init(rawValue:)),
                                   excludedTypes: Self.split(excludedTypes).compactMap(EventType.init(rawValue:)), limit: listing.rowsToRead)
        let shown = listing.cut(rows, hint: "raise --limit, or start a later page with --from")
        print(output.render(shown.table), terminator: "")
    }
}
