import ArgumentParser
import Foundation
import KBModel
import KBQuery
import KBReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the membership matrix, the timeline and the conflicts as one self-contained HTML page.",
        discussion: """
            The page holds its CSS, script, SVG and data inline and makes no network request, so it opens \
            offline and can be mailed. The matrix shows each state's status at the start of the year chosen \
            (what `members --at YEAR` prints); the timeline, conflicts and evidence are those of `timeline`, \
            `conflicts` and `evidence`. Click a cell, mark or row to see its sentences.

            Examples:
              alliance-kb report --out report.html
              alliance-kb report --out report-ar.html --lang ar --from 1990 --state ARM --state AZE
            """)

    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "FILE"))
    var out: String

    @Option(name: .customLong("alliance"), help: ArgumentHelp("Only this alliance (repeatable). Default: every alliance with a claim.", valueName: "CODE"))
    var alliances: [String] = []

    @Option(name: .customLong("state"), help: ArgumentHelp("Only this state (repeatable).", valueName: "CODE"))
    var states: [String] = []

    @Option(help: ArgumentHelp("First year of the matrix and first day of the timeline (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Last year of the matrix and last day of the timeline.", valueName: "DATE"))
    var to: String?

    @Option(help: "The page's language: ar (right to left), en or ru.")
    var lang: String = "en"

    @Option(help: "Which membership claims to read: articles, reference or all.")
    var source: MembershipSource = .all

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        for d in [from, to].compactMap({ $0 }) where QueryDate(parsing: d) == nil {
            throw ValidationError(QueryError.badDate(d).description)
        }
        guard ["ar", "en", "ru"].contains(lang) else { throw ValidationError("Unknown language '\(lang)': use ar, en or ru.") }
    }

    func run() throws {
        let started = Date()
        let kb = try KnowledgeBase.open(path: database.path)
        let options = ReportOptions(alliances: alliances, states: states, from: from.flatMap(QueryDate.init(parsing:)),
                                    to: to.flatMap(QueryDate.init(parsing:)), language: Language(tag: lang) ?? .english, source: source)
        let data = try ReportBuilder(kb: kb).build(options)
        let html = try ReportPage.render(data)
        try Data(html.utf8).write(to: URL(fileURLWithPath: out))
        let summary = String(format: "wrote %@: %d alliances, %d states, %d years, %d events, %d conflicts, %.1f MB in %.1f s\n",
                             out, data.alliances.count, data.states.count, data.years.count, data.events.count, data.conflicts.count,
                             Double(html.utf8.count) / 1_000_000, Date().timeIntervalSince(started))
        FileHandle.standardError.write(Data(summary.utf8))
    }
}
