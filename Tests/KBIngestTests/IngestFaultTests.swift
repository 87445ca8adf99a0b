import Foundation
import KBModel
import KBStorage
import Testing
@testable import KBIngest

/// Faults of reading and ingesting found by trying them as a new user would (issue 10).
@Suite struct IngestFaultTests {
    func ingest(_ paths: [String], db: String) throws -> IngestReport {
        try IngestPipeline(storePath: db, options: IngestOptions(jobs: 2, showProgress: false)).run(paths: paths)
    }

    @Test func aFileRewrittenAsACopyOfAnotherNoLongerAnswersFromItsOldText() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Armenia joined the Collective Security Treaty Organization in 1992.")
        try folder.write("b.txt", "Georgia left the Collective Security Treaty Organization in 1999.")
        let db = folder.path + "/kb.sqlite"
        _ = try ingest([folder.path], db: db)
        try folder.write("a.txt", "Georgia left the Collective Security Treaty Organization in 1999.")
        let report = try ingest([folder.path], db: db)
        #expect(report.duplicates.map(\.path) == ["a.txt"])
        let store = try KnowledgeStore(existing: db)
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM article").int64 == 1)
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM membership_view WHERE state_iso3 = 'ARM'").int64 == 0)
    }

    @Test func oneBadLineOfAJSONLFileFailsAloneWithItsNumber() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = []
        for i in 1...5 {
            if i == 3 {
                bytes += Array("{\"text\": \"Line three \u{0}broken\"}\n".utf8)
            } else {
                bytes += Array("{\"text\": \"Article number \(i) about the alliance.\"}\n".utf8)
            }
        }
        let path = try folder.write("feed.jsonl", bytes: bytes)
        let items = ArticleReader().read(ArticleFile(absolutePath: path, relativePath: "feed.jsonl"))
        let articles = items.filter { if case .article = $0 { true } else { false } }
        #expect(articles.count == 4)
        #expect(items.contains { if case .failed(let p, let why) = $0 { p == "feed.jsonl:3" && why.contains("NUL") } else { false } })
    }

    @Test func deeplyNestedHTMLKeepsItsText() throws {
        let depth = 300
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Armenia froze its participation in the bloc.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        #expect(HTMLText(html: html).text.contains("Armenia froze its participation"))
    }
}

@Suite struct UTF16WithoutBOMTests {
    func utf16(_ text: String, little: Bool) -> [UInt8] {
        text.utf16.flatMap { u in little ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
    }

    @Test func utf16WithoutAByteOrderMarkIsDecoded() throws {
        for (text, little) in [("Armenia froze its participation.\r\n", true), ("انسحبت أرمينيا من المعاهدة.", true),
                               ("Армения заморозила участие.", false)] {
            let decoded = try TextDecoder.decode(bytes: utf16(text, little: little))
            #expect(decoded.text == TextDecoder.normalizeLineEnds(text))
            #expect(decoded.encoding == (little ? .utf16LE : .utf16BE))
        }
    }

    @Test func binaryDataWithNULsOnBothSidesIsStillBinary() {
        let bytes: [UInt8] = [0x00, 0x01, 0x02, 0x00, 0x7F, 0x00, 0x00, 0x10] + Array(repeating: 0, count: 32)
        #expect(throws: TextDecodingError.self) { try TextDecoder.decode(bytes: bytes) }
    }
}
