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
