import Foundation
import KBModel
import Testing
@testable import KBIngest

/// An article whose extraction takes longer than the time limit is reported by name, with the
/// reason, and the run goes on without it (issue 10, fault 7).
@Suite struct ArticleTimeLimitTests {
    /// About `bytes` of text with a yearless dateline and no publication date: the slow case of fault 7.
    static func longArticle(bytes: Int) -> String {
        var text = "YEREVAN, Feb 23 - Armenia froze its participation in the bloc.\n"
        var day = 1
        while text.utf8.count < bytes {
            text += "The ministers of Armenia and Azerbaijan met again on \(day) March in Minsk and spoke about the border. "
            day = day % 28 + 1
        }
        return text
    }

    @Test func anArticleOverTheTimeLimitIsReportedAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write("long.txt", Self.longArticle(bytes: 400_000))
        let store = MemoryStore()
        let options = IngestOptions(jobs: 1, showProgress: false, articleTimeLimit: 0.002)
        let report = try IngestPipeline(options: options) { store }.run(paths: [folder.path])
        let failure = report.failed.first { $0.path == "long.txt" }
        #expect(failure?.reason.contains("extraction took longer than 0.002 s") == true, "\(report.failed)")
        #expect(failure?.reason.contains("--article-time-limit") == true)
        #expect(report.inserted == 0)
        #expect(store.byLocation.isEmpty)
        #expect(report.summary.contains("long.txt: extraction took longer"))
    }

    @Test func withoutALimitTheSameArticleIsStored() throws {
        let folder = try TemporaryFolder()
        try folder.write("long.txt", Self.longArticle(bytes: 50_000))
        let store = MemoryStore()
        let report = try IngestPipeline(options: IngestOptions(jobs: 1, showProgress: false, articleTimeLimit: nil)) { store }
            .run(paths: [folder.path])
        #expect(report.inserted == 1)
        #expect(report.failed.isEmpty)
    }
}
