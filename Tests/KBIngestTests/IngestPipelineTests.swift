import Foundation
import KBModel
import Testing
@testable import KBIngest

/// A store in memory with the replacement rules of the SQLite store.
final class MemoryStore: ArticleStore, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var byLocation: [String: (hash: String, path: String, facts: ArticleFacts)] = [:]
    private(set) var aliasSyncs = 0
    private(set) var openBatches = 0
    private(set) var commits = 0
    var failWrites = false

    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        lock.lock(); defer { lock.unlock() }
        if failWrites { throw IngestError("disk I/O error") }
        if let other = byLocation.first(where: { $0.value.hash == contentHash }) {
            return other.key == article.location ? .unchanged : .duplicate(ofPath: other.value.path)
        }
        let replaced = byLocation[article.location] != nil
        byLocation[article.location] = (contentHash, article.path, facts)
        return replaced ? .replaced : .inserted
    }

    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        lock.lock(); defer { lock.unlock() }
        return byLocation.first { $0.value.hash == contentHash }.map { (1, $0.key, $0.value.path) }
    }

    func beginBatch() throws {
        lock.lock(); defer { lock.unlock() }
        openBatches += 1
    }

    func commitBatch() throws {
        lock.lock(); defer { lock.unlock() }
        openBatches -= 1
        commits += 1
    }

    func syncAliases(_ aliases: [Alias]) throws {
        lock.lock(); defer { lock.unlock() }
        aliasSyncs += 1
    }
}

@Suite struct IngestPipelineTests {
    func pipeline(_ store: MemoryStore, jobs: Int = 2, reader: ReaderOptions = ReaderOptions()) -> IngestPipeline {
        IngestPipeline(options: IngestOptions(reader: reader, jobs: jobs, showProgress: false)) { store }
    }

    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for i in 0..<30 {
            try folder.write("en/\(i).txt", "Article \(i): the defence ministers met in Minsk on day \(i).")
        }
        try folder.write("ar/one.md", "---\nlanguage: ar\n---\nعقدت المنظمة اجتماعا في موسكو.")
        try folder.write("feed.jsonl", "{\"text\": \"First line article.\"}\n{oops}\n{\"text\": \"Second line article.\"}\n")
        try folder.write("page.html", "<html><body><article><p>A page about the summit.</p></article></body></html>")
        try folder.write("empty.txt", "")
        try folder.write("image.png", "png")
        return folder
    }

    @Test func firstRunStoresEverythingAndReportsBadInput() throws {
        let folder = try corpus()
        let store = MemoryStore()
        let report = try pipeline(store).run(paths: [folder.path])
        #expect(report.filesFound == 34)
        #expect(report.articlesRead == 34)
        #expect(report.inserted == 34)
        #expect(report.unchanged == 0)
        #expect(report.failed.map(\.path) == ["feed.jsonl:2"])
        #expect(Set(report.skipped.map(\.path)) == ["empty.txt", "image.png"])
        #expect(report.hasFailures)
        #expect(store.byLocation.count == 34)
        #expect(store.byLocation[folder.path + "/feed.jsonl#3"]?.path == "feed.jsonl#3")
        #expect(store.byLocation[folder.path + "/ar/one.md"]?.facts.language == .arabic)
        #expect(store.aliasSyncs == 1)
        #expect(report.bytesRead > 0)
    }

    @Test func secondRunAddsNothingAndSaysSo() throws {
        let folder = try corpus()
        let store = MemoryStore()
        _ = try pipeline(store).run(paths: [folder.path])
        let report = try pipeline(store, jobs: 1).run(paths: [folder.path])
        #expect(report.inserted == 0)
        #expect(report.replaced == 0)
        #expect(report.unchanged == 34)
        #expect(report.duplicates.isEmpty)
        #expect(report.summary.contains("Nothing new: all 34 articles were already in the knowledge base."))
    }

    @Test func aChangedFileReplacesItsEarlierVersion() throws {
        let folder = try corpus()
        let store = MemoryStore()
        _ = try pipeline(store).run(paths: [folder.path])
        try folder.write("en/3.txt", "Article 3, rewritten: the ministers met in Dushanbe instead.")
        let report = try pipeline(store).run(paths: [folder.path])
        #expect(report.replaced == 1)
        #expect(report.inserted == 0)
        #expect(report.unchanged == 33)
        #expect(!report.summary.contains("Nothing new"))
    }

    @Test func aCopyUnderAnotherNameIsAlreadyStored() throws {
        let folder = try corpus()
        let store = MemoryStore()
        _ = try pipeline(store).run(paths: [folder.path])
        try folder.write("copy-of-5.txt", "Article 5:  the defence ministers met in Minsk\r\non day 5.")
        let report = try pipeline(store).run(paths: [folder.path])
        #expect(report.inserted == 0)
        #expect(report.duplicates.map(\.path) == ["copy-of-5.txt"])
        #expect(report.duplicates.map(\.storedPath) == ["en/5.txt"])
    }

    @Test func anUnwritableStoreStopsTheRunWithAClearError() throws {
        let folder = try corpus()
        let store = MemoryStore()
        store.failWrites = true
        #expect {
            try pipeline(store).run(paths: [folder.path])
        } throws: { error in
            "\(error)".contains("cannot be written") && "\(error)".contains("run ingest again")
        }
    }

    @Test func aStoreThatCannotBeOpenedIsAClearError() throws {
        let folder = try corpus()
        let failing = IngestPipeline(options: IngestOptions(jobs: 1, showProgress: false)) {
            throw IngestError("unable to open database file")
        }
        #expect {
            try failing.run(paths: [folder.path])
        } throws: { error in
            "\(error)".contains("cannot open the knowledge base") && "\(error)".contains("unable to open")
        }
    }

    @Test func manyArticlesFlowThroughSmallQueues() throws {
        let folder = try TemporaryFolder()
        var lines = ""
        for i in 0..<300 { lines += "{\"text\": \"Line article number \(i) about the treaty.\"}\n" }
        try folder.write("many.jsonl", lines)
        let store = MemoryStore()
        let report = try pipeline(store, jobs: 3).run(paths: [folder.path])
        #expect(report.inserted == 300)
        #expect(store.byLocation.count == 300)
        #expect(store.openBatches == 0)
        #expect(store.commits >= 2)   // at most IngestPipeline.batchSize articles per commit
    }
}
