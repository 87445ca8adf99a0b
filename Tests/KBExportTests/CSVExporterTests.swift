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

    @Test func quotedCellsReadBackUnchanged() throws {
        let text = try CSVExporter().csv(table)
        let reader = try CSVReader(string: text, hasHeaderRow: true)
        var rows: [[String]] = []
        while let r = reader.next() { rows.append(r) }
        #expect(reader.headerRow == ["state", "sentence"])
        #expect(rows.map { $0[1] } == ["وطلبت أرمينيا المساعدة، من المنظمة", "He said \"no\", then left", "line one\nline two", ""])
    }

    @Test func excelGetsABOMAndNoFormulas() throws {
        let t = ResultTable(columns: ["cell"], rows: [["=HYPERLINK(\"x\")"], ["+7 troops"], ["@SUM(A1)"], ["-3"], ["plain"]])
        let text = try CSVExporter(excel: true).csv(t)
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("'+7 troops"))
        #expect(text.contains("'@SUM"))
        #expect(text.contains("\n-3\n"))
        #expect(!(try CSVExporter().csv(t)).contains("'="))
    }

    @Test func jsonAndNDJSONShapes() throws {
        let json = TableRenderer.render(table, as: .json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 4)
        #expect(parsed?[3]["sentence"] is NSNull)
        let lines = TableRenderer.render(table, as: .ndjson).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
    }

    @Test func terminalTableAlignsAndClips() {
        let t = ResultTable(columns: ["a", "b"], rows: [["x", String(repeating: "y", count: 200)]])
        let lines = TableRenderer.render(t, as: .table).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[2].count < 100)
    }
}
