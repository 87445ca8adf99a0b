import Foundation
import Testing

/// `evidence` over SampleData with the reference data: every sentence with its article's
/// provenance, the sentence whole, and a reference row's article sentences beside its citation.
@Suite struct EvidenceProvenanceTests {
    @Test func everySentenceComesWithItsArticleAndWhole() throws {
        let (dir, db) = try CLI.sampleKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = CLI.root.appendingPathComponent("SampleData/reference/memberships.csv").path
        #expect(try CLI.run(["import-reference", csv, "--db", db]).status == 0)
        let members = try CLI.run(["members", "CSTO", "--format", "csv", "--db", db])
        let line = try #require(members.stdout.split(separator: "\n").first { $0.contains(",ARM,") })
        let id = String(line.prefix { $0 != "," })
        #expect(line.contains("reference m:"))
        // The reference row's citation and the articles' sentences of the same status.
        let json = try CLI.run(["evidence", id, "--format", "json", "--db", db])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.contains { $0["source_kind"] as? String == "reference" })
        let articles = rows.filter { $0["source_kind"] as? String == "article" }
        #expect(!articles.isEmpty)
        #expect(articles.allSatisfy { $0["language"] != nil && $0["path"] != nil })
        #expect(articles.contains { $0["title"] != nil && $0["published"] != nil })
        // In table format each sentence is whole, wrapped at word boundaries, never cut.
        let table = try CLI.run(["evidence", id, "--db", db], environment: ["COLUMNS": "60"])
        #expect(!table.stdout.contains("…"))
        let sentence = try #require(articles.first?["sentence"] as? String)
        let shown = table.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for word in sentence.split(separator: " ") { #expect(shown.contains(word)) }
        #expect(table.stdout.contains("title"))
    }
}
