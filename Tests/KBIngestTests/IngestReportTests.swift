import Testing
@testable import KBIngest

@Suite struct IngestReportTests {
    @Test func summaryGroupsSkipsByReasonAndListsEachFailure() {
        var r = IngestReport()
        r.filesFound = 6
        r.articlesRead = 3
        r.inserted = 2
        r.unchanged = 1
        r.duplicates = [.init(path: "copy.txt", storedPath: "a.txt")]
        r.skipped = [SkippedPath(path: "a.pdf", reason: "unsupported file type .pdf"),
                     SkippedPath(path: "empty.txt", reason: "empty file"),
                     SkippedPath(path: "b.pdf", reason: "unsupported file type .pdf")]
        r.failed = [SkippedPath(path: "feed.jsonl:2", reason: "not valid JSON")]
        let s = r.summary
        #expect(s.contains("new        2"))
        #expect(s.contains("unchanged  1 (1 already stored under another path)"))
        #expect(s.contains("2 × unsupported file type .pdf: a.pdf, b.pdf"))
        #expect(s.contains("1 × empty file: empty.txt"))
        #expect(s.contains("feed.jsonl:2: not valid JSON"))
        #expect(!s.contains("Nothing new"))
        #expect(r.hasFailures)
    }

    @Test func nothingNewIsSaidOnlyWhenEverythingWasStoredBefore() {
        var r = IngestReport()
        r.unchanged = 19
        #expect(r.summary.contains("Nothing new: all 19 articles were already in the knowledge base."))
        r.replaced = 1
        #expect(!r.summary.contains("Nothing new"))
        #expect(!r.hasFailures)
    }
}
