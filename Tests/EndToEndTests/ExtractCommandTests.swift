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
