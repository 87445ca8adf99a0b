import ArgumentParser
import KBExport
import KBModel
import KBQuery

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "The sentences behind facts, by their ids.",
        discussion: """
            Ids: m:N a membership claim or reference row (with every claim of the same status), e:N an event \
            report, c:N a conflict (every claim of the pair), p:N a person (every role claim). Several ids may \
            be given, separated by spaces or commas, as `timeline` prints them (e:7,e:9).
            """)

    @Argument(help: "One or more ids: m:12, e:7, c:3, p:5.")
    var ids: [String]

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        for id in ids {
            do { _ = try FactID.list(id) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        var table = ResultTable(columns: KnowledgeBase.evidenceColumns)
        for id in try ids.flatMap(FactID.list) { table.rows += try kb.evidence(for: id).rows }
        print(TableRenderer.render(table, as: output.format), terminator: "")
    }
}
