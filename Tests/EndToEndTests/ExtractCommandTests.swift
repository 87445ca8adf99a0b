import Foundation
import Testing

/// `alliance-kb extract` reads files as ingest does and prints the facts, storing nothing.
@Suite struct ExtractCommandTests {
    @Test func printsTheFactsOfAnArticleWithFrontMatter() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.md")
        try "---\npublished: 2022-11-27\n---\nوطلبت أرمينيا المساعدة من منظمة معاهدة الأمن الجماعي في سبتمبر/ أيلول الماضي، وليس أذربيجان.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("published: 2022-11-27 (metadata)"))
        #expect(r.stdout.contains("event       request-assistance 2022-09 ARM;CSTO"), "\(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("alliance-kb.sqlite").path))
    }

    @Test func explainShowsPerSentenceTheCuesTheFactsAndWhyACandidateWasDropped() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("b.txt")
        try ("The bloc's founding treaty dates from 1992. The CSTO groups Russia, Belarus and Tajikistan, but not Georgia, while Serbia is an observer.\n"
             + "Armenia may quit the CSTO, its prime minister hinted.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", "--explain", "--published", "2024-03-01", "--language", "en", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        let out = r.stdout
        #expect(out.contains("clause 2: while Serbia is an observer."), "\(out)")
        #expect(out.contains("entity   BLR (state) 'Belarus'"), "\(out)")
        #expect(out.contains("date     '1992' = 1992"), "\(out)")
        #expect(out.contains("fact     membership CSTO TJK member 2024-03-01"), "\(out)")
        #expect(out.contains("fact     membership CSTO GEO non-member"), "\(out)")
        #expect(out.contains("dropped  ARM: cue 'quit' is wished, possible or conditional (modal)"), "\(out)")
        #expect(!out.contains("membership  CSTO ARM"), "\(out)")
    }

    @Test func withoutExplainNoTraceIsPrinted() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.txt")
        try "Armenia may quit the CSTO.\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("dropped"))
        #expect(!r.stdout.contains("cue "))
    }

    @Test func aMissingFileIsReportedWithItsName() throws {
        let r = try CLI.run(["extract", "/nonexistent/article.txt"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("article.txt"))
        #expect(r.stdout.isEmpty)
    }

    @Test func aBadDateIsABadArgument() throws {
        #expect(try CLI.run(["extract", "x.txt", "--published", "yesterday"]).status == 64)
    }
}
