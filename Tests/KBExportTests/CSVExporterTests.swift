import CSV
import Foundation
import KBModel
import Testing
@testable import KBExport

@Suite struct CSVExporterTests {
    let table = ResultTable(columns: ["state", "sentence"], rows: [
        ["ARM", "وطلبت أرمينيا المساعدة، من المنظمة"],
        ["AZE", "He said \"no\", then left"],
        ["KAZ", "line one\nline two"],
        ["RUS", nil],
    ])

    func readBack(_ text: String) throws -> (header: [String]?, rows: [[String]]) {
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let r = reader.next() { rows.append(r) }
        return (reader.headerRow, rows)
    }

    @Test func quotedCellsReadBackUnchanged() throws {
        let (header, rows) = try readBack(try CSVExporter().csv(table))
        #expect(header == ["state", "sentence"])
        #expect(rows.map { $0[1] } == ["وطلبت أرمينيا المساعدة، من المنظمة", "He said \"no\", then left", "line one\nline two", ""])
    }

    @Test func aFileIsUTF8WithAHeaderAndNoBOM() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akb-export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try CSVExporter().write(table, to: url, excel: false)
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(6)) == Array("state,".utf8))
        #expect(data.last == 0x0A)
        let (_, rows) = try readBack(try #require(String(data: data, encoding: .utf8)))
        #expect(rows.count == 4)
    }

    @Test func excelGetsABOM() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("akb-export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try CSVExporter().write(table, to: url, excel: true)
        #expect(Array(try Data(contentsOf: url).prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+7 troops", "'+7 troops"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-1+2", "'-1+2"),
        ("-inf", "'-inf"),
        ("\tcmd", "'\tcmd"),
        ("-3", "-3"),
        ("+7", "+7"),
        ("-0.25", "-0.25"),
        ("2022-11-27", "2022-11-27"),
        ("CSTO", "CSTO"),
    ])
    func excelDefusesFormulasButNotNumbers(cell: String, expected: String) throws {
        #expect(CSVExporter.cell(cell, excel: true) == expected)
        #expect(CSVExporter.cell(cell, excel: false) == cell)
    }

    @Test func excelCellsStillReadBack() throws {
        let t = ResultTable(columns: ["cell"], rows: [["=1+1"], ["-3"]])
        var text = try CSVExporter(excel: true).csv(t)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        text.removeFirst()
        #expect(try readBack(text).rows == [["'=1+1"], ["-3"]])
    }
}

@Suite struct TableRendererTests {
    let table = ResultTable(columns: ["state", "sentence"], rows: [["ARM", "قالَ \"نعم\""], ["RUS", nil]])

    @Test func jsonIsAnArrayOfObjectsInColumnOrder() throws {
        let json = TableRenderer.render(table, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        #expect(parsed[0]["sentence"] as? String == "قالَ \"نعم\"")
        #expect(parsed[1]["sentence"] is NSNull)
        #expect(json.range(of: "\"state\"")!.lowerBound < json.range(of: "\"sentence\"")!.lowerBound)
        #expect(TableRenderer.render(ResultTable(columns: ["a"]), as: .json) == "[]\n")
    }

    @Test func ndjsonIsOneObjectPerLine() throws {
        let lines = TableRenderer.render(table, as: .ndjson).split(separator: "\n")
        #expect(lines.count == 2)
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2)
        #expect(objects[0]["state"] as? String == "ARM")
    }

    @Test func csvRendersWithAHeader() {
        #expect(TableRenderer.render(table, as: .csv).hasPrefix("state,sentence\nARM,\"قالَ \"\"نعم\"\"\"\n"))
    }

    @Test func theTerminalTableAlignsByDisplayWidth() {
        let t = ResultTable(columns: ["name", "x"], rows: [["قالَ", "1"], ["日本", "2"], ["ab", "3"]])
        let lines = TableRenderer.render(t, as: .table).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        // harakat take no column, wide characters two: every x lands in the same terminal column
        #expect(Set(lines.dropFirst(2).map { TableRenderer.width(String($0.dropLast())) }) == [6])
    }

    @Test func theTerminalTableClipsLongCellsAndFlattensLines() {
        let t = ResultTable(columns: ["a", "b"], rows: [["x", String(repeating: "y", count: 200)], ["line\nbreak", nil]])
        let lines = TableRenderer.render(t, as: .table).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].count < 100)
        #expect(lines[2].hasSuffix("…"))
        #expect(TableRenderer.render(ResultTable(columns: ["a"]), as: .table) == "(no rows)\n")
    }
}

/// The layout of terminal tables and the types of JSON cells.
@Suite struct TableLayoutTests {
    @Test func jsonTypesCellsByTheirColumnKind() throws {
        let t = ResultTable(columns: ["n", "x", "actors", "label"], rows: [["12", "0.5", "ARM;AZE", "7"], ["n/a", nil, "", "8"]],
                            kinds: ["n": .integer, "x": .number, "actors": .list(separator: ";")])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(TableRenderer.render(t, as: .json).utf8)) as? [[String: Any]])
        #expect(rows[0]["n"] as? Int == 12 && rows[0]["x"] as? Double == 0.5)
        #expect(rows[0]["actors"] as? [String] == ["ARM", "AZE"] && rows[1]["actors"] as? [String] == [])
        #expect(rows[0]["label"] as? String == "7")          // text columns stay text
        #expect(rows[1]["n"] as? String == "n/a" && rows[1]["x"] is NSNull)
        #expect(TableRenderer.render(t, as: .csv).contains("ARM;AZE"))
    }

    @Test(arguments: [
        ("The summit opened in Minsk on Tuesday", 20, "The summit opened…"),
        ("The summit opened in Minsk on Tuesday", 12, "The summit…"),
        ("Unbreakablewordwithoutspaces", 10, "Unbreakab…"),
        ("ARM;KAZ;KGZ;RUS;TJK", 12, "ARM;KAZ;KGZ…"),
        ("short", 10, "short"),
    ])
    func cellsAreCutAtTheEndOfAWord(_ cell: String, _ width: Int, _ expected: String) {
        #expect(TableRenderer.clip(cell, to: width) == expected)
    }

    @Test func linesFitTheWidthWithCodesAndDatesWhole() {
        let long = String(repeating: "word ", count: 30)
        let t = ResultTable(columns: ["id", "date", "evidence", "empty"], rows: [["m:1", "2024-02-22", long, nil], ["m:2", "1999", long, ""]])
        let r = TableRenderer.table(t, layout: TableLayout(width: 50))
        for line in r.text.split(separator: "\n") { #expect(TableRenderer.width(String(line)) <= 50, "\(line)") }
        #expect(r.text.contains("2024-02-22"))
        #expect(r.hiddenColumns == ["empty"])
        let wide = TableRenderer.table(t, layout: .wide)
        #expect(wide.text.contains(long.trimmingCharacters(in: .whitespaces)) && wide.hiddenColumns.isEmpty)
    }

    @Test func rightToLeftCellsAreIsolated() {
        let t = ResultTable(columns: ["code", "name"], rows: [["ARM", "أرمينيا"], ["RUS", "Russia"]])
        let text = TableRenderer.render(t, as: .table)
        #expect(text.contains("\u{2068}أرمينيا\u{2069}"))
        #expect(!text.contains("\u{2068}Russia"))
        #expect(!TableRenderer.render(t, as: .csv).contains("\u{2068}"))
    }
}
