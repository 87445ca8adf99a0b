import Foundation
import Testing

/// export over SampleData: provenance columns beside every fact, the timeline's merge as a column,
/// and the article texts the mention offsets count in.
@Suite struct ExportProvenanceTests {
    @Test func factFilesCarryTheirArticleAndTheEventGroup() throws {
        let (dir, db) = try CLI.sampleKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["export", "--out", out.path, "--db", db]).status == 0)
        func header(_ f: String) throws -> [String] {
            let text = try String(contentsOf: out.appendingPathComponent(f), encoding: .utf8)
            return text.prefix { $0 != "\n" }.split(separator: ",").map(String.init)
        }
        for f in ["memberships.csv", "events.csv", "conflicts.csv", "persons.csv"] {
            let h = try header(f)
            #expect(["url", "title", "language", "article_id"].allSatisfy(h.contains), "\(f): \(h)")
        }
        #expect(try header("memberships.csv").contains("date_precision"))
        #expect(try header("events.csv").last == "event_group")
        #expect(try header("article_texts.csv") == ["article_id", "path", "language", "text"])
        // The groups are the timeline's rows: as many groups as timeline rows.
        let timeline = try CLI.run(["timeline", "--format", "csv", "--db", db])
        let rows = timeline.stdout.split(separator: "\n").count - 1
        let events = try String(contentsOf: out.appendingPathComponent("events.csv"), encoding: .utf8)
        let groups = Set(events.split(separator: "\n").dropFirst().compactMap { line in line.split(separator: ",").last.map(String.init) })
        #expect(groups.count == rows, "\(groups.count) groups, \(rows) timeline rows")
    }
}
