import ArgumentParser
import Foundation
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
            be given, separated by spaces or commas, as `timeline` prints them (e:7,e:9). Every supporting \
            sentence is shown with its article's title, URL, publication date, language and path; in table \
            format one block per sentence, the sentence whole and wrapped.

            Examples:
              alliance-kb evidence m:468948556839668
              alliance-kb evidence e:7,e:9 --format csv
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
        print(output.format == .table ? Self.blocks(table) : TableRenderer.render(table, as: output.format), terminator: "")
    }

    /// One block per sentence: `field: value` lines, the sentence whole, wrapped at word boundaries.
    static func blocks(_ t: ResultTable) -> String {
        let width = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100
        var out = ""
        for row in t.rows {
            for (i, c) in t.columns.enumerated() {
                guard let v = row[i], !v.isEmpty else { continue }
                let label = c.padding(toLength: 15, withPad: " ", startingAt: 0)
                let lines = wrap(v, width: max(20, width - 15))
                out += label + lines[0] + "\n"
                for l in lines.dropFirst() { out += String(repeating: " ", count: 15) + l + "\n" }
            }
            out += "\n"
        }
        return out
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty && line.count + 1 + word.count > width { lines.append(line); line = String(word) }
            else { line += (line.isEmpty ? "" : " ") + word }
        }
        lines.append(line)
        return lines
    }
}
