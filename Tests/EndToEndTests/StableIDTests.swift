import Foundation
import Testing

/// Ids that users cite must survive a rebuild: two fresh ingests of the same folder, in parallel,
/// export the same files, and an id noted from one knowledge base shows the same evidence in the other.
@Suite struct StableIDTests {
    @Test func twoParallelRebuildsExportIdenticalFiles() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let articles = CLI.root.appendingPathComponent("SampleData/articles").path
        let csv = CLI.root.appendingPathComponent("SampleData/reference/memberships.csv").path
        var exports: [URL] = []
        for run in ["one", "two"] {
            let db = dir.appendingPathComponent("\(run).sqlite").path
            let ingest = try CLI.run(["ingest", articles, "--jobs", "2", "--db", db])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(try CLI.run(["import-reference", csv, "--db", db]).status == 0)
            let out = dir.appendingPathComponent("out-\(run)")
            let export = try CLI.run(["export", "--out", out.path, "--db", db])
            #expect(export.status == 0, "\(export.stderr)")
            exports.append(out)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: exports[0].path).filter { $0.hasSuffix(".csv") }.sorted()
        #expect(files.contains("events.csv") && files.contains("memberships.csv") && files.contains("articles.csv"))
        for f in files {
            let a = try Data(contentsOf: exports[0].appendingPathComponent(f)), b = try Data(contentsOf: exports[1].appendingPathComponent(f))
            #expect(a == b, "\(f) differs between the two rebuilds")
        }
        // An id noted from the first base names the same fact in the second.
        let members = try CLI.run(["members", "CSTO", "--source", "articles", "--format", "csv", "--db", dir.appendingPathComponent("one.sqlite").path])
        let line = try #require(members.stdout.split(separator: "\n").first { $0.contains(",ARM,") })
        let id = String(line.prefix { $0 != "," })
        let one = try CLI.run(["evidence", id, "--format", "csv", "--db", dir.appendingPathComponent("one.sqlite").path])
        let two = try CLI.run(["evidence", id, "--format", "csv", "--db", dir.appendingPathComponent("two.sqlite").path])
        #expect(two.status == 0)
        #expect(one.stdout == two.stdout)
    }
}
