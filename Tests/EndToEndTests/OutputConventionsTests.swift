import CSV
import Foundation
import Testing

/// What every listing command prints over SampleData: typed JSON, tables that fit the terminal with
/// right-to-left cells isolated, titles from a text's headline, examples in every `--help`.
@Suite struct OutputConventionsTests {
    let folder: TemporaryDirectory
    let dir: URL
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        (dir, db) = try CLI.sampleKnowledgeBase(in: folder.url)
    }

    func json(_ args: [String]) throws -> [[String: Any]] {
        let r = try CLI.run(args + ["--format", "json", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }

    // MARK: JSON

    @Test func jsonWritesNumbersAsNumbersAndListsAsLists() throws {
        let members = try json(["members", "CSTO"])
        #expect(!members.isEmpty)
        for row in members {
            #expect(row["articles"] is NSNumber && !(row["articles"] is String), "\(row)")
            if let from = row["from"] as? String {
                #expect(from.range(of: #"^\d{4}(-\d{2}(-\d{2})?)?$"#, options: .regularExpression) != nil, "\(from)")
                #expect(["day", "month", "year"].contains(row["from_precision"] as? String ?? ""), "\(row)")
            }
        }
        let timeline = try json(["timeline", "ARM", "AZE"])
        #expect(!timeline.isEmpty)
        for row in timeline {
            let actors = try #require(row["actors"] as? [String], "\(row)")
            #expect(actors.contains("ARM") && actors.contains("AZE"))
            #expect(row["articles"] is NSNumber && !(row["articles"] is String))
            if row["date"] is String { #expect(row["precision"] is String) }
        }
        let conflicts = try json(["conflicts", "ARM"])
        let aze = try #require(conflicts.first { $0["party_b"] as? String == "AZE" })
        #expect(aze["events"] is NSNumber && aze["articles"] is NSNumber)
        #expect(aze["latest_event_ids"] is [String])
        #expect(aze["latest_event_date"] is String && aze["latest_event_precision"] is String)
        let persons = try json(["persons", "ARM"])
        let pashinyan = try #require(persons.first { $0["name"] as? String == "Nikol Pashinyan" })
        #expect(pashinyan["roles"] is [String] && pashinyan["states"] is [String] && pashinyan["name_native"] is [String])
        let id = try #require(members.first?["id"] as? String)
        let evidence = try json(["evidence", id])
        #expect(evidence.allSatisfy { $0["sentence_index"] == nil || $0["sentence_index"] is NSNumber || $0["sentence_index"] is NSNull })
        #expect(evidence.contains { $0["published_precision"] as? String == "day" })
        let stats = try json(["stats"])
        #expect(stats.first { $0["measure"] as? String == "articles" }?["value"] is NSNumber)
        #expect(stats.first { $0["measure"] as? String == "first published" }?["value"] is String)
    }

    @Test func ndjsonLinesAreTypedLikeJSON() throws {
        let r = try CLI.run(["timeline", "ARM", "AZE", "--format", "ndjson", "--db", db])
        let lines = r.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(row["actors"] is [String] && row["articles"] is NSNumber)
        }
    }

    @Test func csvKeepsItsTextCellsAndAskItsKeys() throws {
        let csv = try CLI.run(["timeline", "ARM", "AZE", "--format", "csv", "--db", db]).stdout
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        #expect(reader.headerRow == ["id", "date", "precision", "event_type", "actors", "location", "articles", "evidence"])
        var sawList = false
        while let row = reader.next() { if row[4].contains(";") { sawList = true } }
        #expect(sawList)
        let ask = try CLI.run(["ask", "Is Armenia a member of the CSTO?", "--format", "json", "--db", db])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ask.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "membership-check")
        #expect(object.keys.contains("answer"))
    }

    // MARK: Tables

    /// Terminal columns of a line: combining marks and format characters (bidi isolates) take none.
    static func width(_ s: Substring) -> Int {
        s.reduce(0) { n, c in
            let zero = c.unicodeScalars.allSatisfy { [.nonspacingMark, .enclosingMark, .format].contains($0.properties.generalCategory) }
            return n + (zero ? 0 : 1)
        }
    }

    @Test func tablesFitColumnsCutAtWordsAndNameWhatTheyLeaveOut() throws {
        for width in [60, 100, 160] {
            let r = try CLI.run(["timeline", "ARM", "AZE", "--db", db], environment: ["COLUMNS": String(width)])
            #expect(r.status == 0)
            let lines = r.stdout.split(separator: "\n")
            #expect(lines.count > 2)
            for line in lines { #expect(Self.width(line) <= width, "\(width): \(line)") }
        }
        // A cut cell ends at the end of a word of the whole cell.
        let whole = try json(["timeline", "ARM", "AZE"]).flatMap { $0.values.compactMap { $0 as? String } }
        let cut = try CLI.run(["timeline", "ARM", "AZE", "--db", db], environment: ["COLUMNS": "160"]).stdout
            .replacingOccurrences(of: "\u{2068}", with: "").replacingOccurrences(of: "\u{2069}", with: "")
        var checked = 0
        for line in cut.split(separator: "\n") {
            for cell in line.components(separatedBy: "  ") where cell.hasSuffix("…") {
                let prefix = cell.dropLast().trimmingCharacters(in: .whitespaces)
                guard prefix.contains(" "), let full = whole.first(where: { $0.hasPrefix(prefix) }) else { continue }
                let next = full.dropFirst(prefix.count).first
                #expect(next == nil || next == " " || next == "," || next == ";", "cut inside a word: \(cell)")
                checked += 1
            }
        }
        #expect(checked > 0)
        // Too narrow for every column: the ones left out are named on stderr.
        let narrow = try CLI.run(["members", "CSTO", "--db", db], environment: ["COLUMNS": "60"])
        #expect(narrow.stderr.contains("not shown") && narrow.stderr.contains("--wide"))
    }

    @Test func wideShowsEveryColumnAndCellWhole() throws {
        let evidence = try #require(try json(["members", "CSTO"]).compactMap { $0["evidence"] as? String }.max { $0.count < $1.count })
        #expect(evidence.count > 80)
        let wide = try CLI.run(["members", "CSTO", "--wide", "--db", db], environment: ["COLUMNS": "60"])
        #expect(wide.status == 0 && wide.stderr.isEmpty)
        #expect(wide.stdout.contains(evidence))
        let header = try #require(wide.stdout.split(separator: "\n").first)
        #expect(header.contains("evidence") && header.contains("disagreement") && header.hasPrefix("id"))
        // Written to a file without COLUMNS: every column, cells cut at 80.
        let file = try CLI.run(["members", "CSTO", "--db", db])
        #expect(file.stdout.split(separator: "\n").first?.hasSuffix("evidence") == true)
        #expect(!file.stdout.contains(evidence))
    }

    @Test func arabicCellsAreIsolatedInTablesOnly() throws {
        let table = try CLI.run(["members", "CSTO", "--wide", "--db", db]).stdout
        var isolated = 0
        for line in table.split(separator: "\n") {
            #expect(line.filter { $0 == "\u{2068}" }.count == line.filter { $0 == "\u{2069}" }.count)
            // Outside the isolates no Arabic letter is left to reorder the line.
            let outside = line.replacingOccurrences(of: "\u{2068}[^\u{2069}]*\u{2069}", with: "", options: .regularExpression)
            #expect(!outside.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }, "\(line)")
            isolated += line.filter { $0 == "\u{2068}" }.count
        }
        #expect(isolated > 0)
        let csv = try CLI.run(["members", "CSTO", "--format", "csv", "--db", db]).stdout
        #expect(!csv.contains("\u{2068}") && csv.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
        let blocks = try CLI.run(["evidence", "m:468948556839668", "--db", db], environment: ["COLUMNS": "90"]).stdout
        for line in blocks.split(separator: "\n") where line.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
            #expect(line.contains("\u{2068}"), "\(line)")
            #expect(Self.width(line) <= 90, "\(line)")
        }
    }

    // MARK: Titles and help

    @Test func aHeadlineFirstLineIsTheTitleWhenNoMetadataGivesOne() throws {
        let out = dir.appendingPathComponent("export")
        #expect(try CLI.run(["export", "--out", out.path, "--tables", "articles", "--db", db]).status == 0)
        let reader = try CSVReader(string: try String(contentsOf: out.appendingPathComponent("articles.csv"), encoding: .utf8), hasHeaderRow: true)
        var titles: [String: String] = [:]
        let header = try #require(reader.headerRow)
        let path = try #require(header.firstIndex(of: "path")), title = try #require(header.firstIndex(of: "title"))
        while let row = reader.next() { titles[row[path]] = row[title] }
        #expect(titles["en/en-uzbekistan-analysis.txt"] == "Analysis: Uzbekistan, Central Asia's reluctant ally")
        #expect(titles["ar/ar-csto-explainer.txt"] == "ما هي منظمة معاهدة الأمن الجماعي؟")
        // A dateline, a time stamp and a wire lead of several sentences are not headlines.
        #expect(titles["ar/ar-astana-summit-2024.txt"] == "")
        #expect(titles["ru/ru-kyrgyz-tajik-2022.txt"] == "")
        #expect(titles["en/en-minsk-summit-tass.txt"] == "")
        // Metadata still wins.
        #expect(titles["en/en-finland-nato.html"] == "Finland joins NATO, doubling alliance's border with Russia")
    }

    @Test func everySubcommandsHelpShowsExamplesThatUseIt() throws {
        let names = try DocumentationTests.subcommands().filter { $0 != "help" }
        #expect(names.count >= 14)
        for name in names {
            let r = try CLI.run([name, "--help"])
            #expect(r.status == 0)
            guard let examples = r.stdout.range(of: "Examples:") else { Issue.record("\(name) --help has no examples"); continue }
            let lines = r.stdout[examples.upperBound...].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(lines.contains { $0.hasPrefix("alliance-kb \(name) ") || $0 == "alliance-kb \(name)" }, "\(name): \(lines.prefix(4))")
        }
    }
}
