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
            sentence (the first 200 of an id, in date order; --limit N for more or fewer) is shown with its article's title, URL, publication date, language and path; in table \
            format one block per sentence, the sentence whole and wrapped.

            Examples:
              alliance-kb evidence m:468948556839668
              alliance-kb evidence e:7,e:9 --format csv
            """)

    @Argument(help: "One or more ids: m:12, e:7, c:3, p:5.")
    var ids: [String]

    @Option(help: ArgumentHelp("At most N sentences for each id (stderr says when there are more).", valueName: "N"))
    var limit: Int = 200

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try LimitOptions.check(limit)
        for id in ids {
            do { _ = try FactID.list(id) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let kb = try KnowledgeBase.open(path: database.path)
        var table = ResultTable(columns: KnowledgeBase.evidenceColumns, kinds: KnowledgeBase.evidenceKinds)
        for id in try ids.flatMap(FactID.list) {
            let rows = try kb.evidence(for: id, limit: limit + 1).rows
            if rows.count > limit {
                let shown = limit == 1 ? "the first sentence is shown" : "the first \(limit) sentences are shown"
                FileHandle.standardError.write(Data("\(id): \(shown); there are more (raise --limit to see more).\n".utf8))
            }
            table.rows += rows.prefix(limit)
        }
        let width = output.wide ? nil : FormatOptions.terminalWidth() ?? 100
        print(output.format == .table ? Self.blocks(table, width: width) : output.render(table), terminator: "")
    }

    /// One block per sentence: `field: value` lines, the sentence whole, wrapped at word boundaries
    /// to `width` (nil: not wrapped); a line with right-to-left letters is isolated (FSI ... PDI).
    static func blocks(_ t: ResultTable, width: Int?) -> String {
        var out = ""
        for row in t.rows {
            for (i, c) in t.columns.enumerated() {
                guard let v = row[i], !v.isEmpty else { continue }
                let label = c.padding(toLength: 15, withPad: " ", startingAt: 0)
                let lines = width.map { wrap(v, width: max(20, $0 - 15)) } ?? [v]
                out += label + TableRenderer.isolated(lines[0]) + "\n"
                for l in lines.dropFirst() { out += String(repeating: " ", count: 15) + TableRenderer.isolated(l) + "\n" }
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
