import Foundation
import KBModel
import KBStorage
import Testing
@testable import KBIngest

/// Look-ups counted over the connections of a run.
final class LookupCount: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}

/// A SQLite store (one connection, like the real one: the pipeline opens one per thread) that
/// fails on one article (by path) and counts the content-hash look-ups.
final class FlakyStore: ArticleStore, @unchecked Sendable {
    let inner: KnowledgeStoreAdapter
    let failing: String?
    let lookups: LookupCount

    init(path: String, failing: String? = nil, lookups: LookupCount = LookupCount()) throws {
        inner = KnowledgeStoreAdapter(try KnowledgeStore(path: path))
        self.failing = failing
        self.lookups = lookups
    }

    struct Failure: Error, CustomStringConvertible { var description: String { "simulated failure" } }

    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        if article.path == failing { throw Failure() }
        return try inner.write(article: article, contentHash: contentHash, facts: facts)
    }
    func writeInBatch(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        // Half written, then the failure: the batch must be rolled back, not committed with it.
        let outcome = try inner.writeInBatch(article: article, contentHash: contentHash, facts: facts)
        if article.path == failing { throw Failure() }
        return outcome
    }
    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        lookups.add()
        return try inner.storedArticle(contentHash: contentHash)
    }
    func syncAliases(_ aliases: [Alias]) throws { try inner.syncAliases(aliases) }
    func beginBatch() throws { try inner.beginBatch() }
    func commitBatch() throws { try inner.commitBatch() }
    func rollbackBatch() { inner.rollbackBatch() }
    func beginBulkLoad() throws { try inner.beginBulkLoad() }
    func finishBulkLoad() throws { try inner.finishBulkLoad() }
    func unchangedFile(_ file: ArticleFile, reader: String) throws -> Int? { try inner.unchangedFile(file, reader: reader) }
    func recordFile(_ file: ArticleFile, reader: String, articles: Int) throws { try inner.recordFile(file, reader: reader, articles: articles) }
}

@Suite struct BatchIngestTests {
    func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for i in 0..<40 {
            try folder.write("n/\(i).txt", "---\npublished: 2021-03-\(10 + i % 18)\n---\nArmenia and Azerbaijan held talks in Minsk on day \(i).")
        }
        try folder.write("n/feed.jsonl", "{\"text\": \"Georgia asked NATO for help.\"}\n{\"text\": \"Kazakhstan left the bloc.\"}\n")
        return folder
    }

    func count(_ db: String, _ sql: String) throws -> Int64? {
        try KnowledgeStore(existing: db).database.scalar(sql: sql).int64
    }

    @Test func aFailedWriteInABatchLosesOnlyThatArticle() throws {
        let folder = try corpus()
        let db = folder.path + "/kb.sqlite"
        let report = try IngestPipeline(options: IngestOptions(jobs: 2, showProgress: false)) { try FlakyStore(path: db, failing: "n/17.txt") }
            .run(paths: [folder.path])
        #expect(report.failed.map(\.path) == ["n/17.txt"])
        #expect(report.failed.first?.reason == "could not be stored: simulated failure")
        #expect(report.inserted == 41)
        #expect(try count(db, "SELECT count(*) FROM article") == 41)
        #expect(try count(db, "SELECT count(*) FROM article WHERE path = 'n/17.txt'") == 0)
        #expect(try count(db, "SELECT count(*) FROM sentence WHERE article_id NOT IN (SELECT id FROM article)") == 0)
        #expect(try count(db, "PRAGMA foreign_keys") == 1)
    }

    @Test func aReingestOfUnchangedFilesDoesNotReadThem() throws {
        let folder = try corpus()
        let db = folder.path + "/kb.sqlite"
        let options = IngestOptions(jobs: 2, showProgress: false)
        let first = try IngestPipeline(storePath: db, options: options).run(paths: [folder.path])
        #expect(first.inserted == 42)
        #expect(try count(db, "SELECT count(*) FROM source_file") == 41)

        let lookups = LookupCount()
        try folder.write("n/3.txt", "---\npublished: 2021-03-13\n---\nBelarus and Russia held talks in Minsk, a new version.")
        let again = try IngestPipeline(options: options) { try FlakyStore(path: db, lookups: lookups) }.run(paths: [folder.path])
        #expect(again.replaced == 1)
        #expect(again.unchanged == 41)
        #expect(again.filesFound == 41)
        #expect(lookups.value == 1, "only the changed file is read and looked up")
        #expect(again.summary.contains("replaced   1"))
    }

    @Test func aFileWithADuplicateIsReadAgainAndStillReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Georgia left the Collective Security Treaty Organization in 1999.")
        try folder.write("b.txt", "Georgia left the Collective Security Treaty Organization in 1999.")
        let db = folder.path + "/kb.sqlite"
        let options = IngestOptions(jobs: 1, showProgress: false)
        _ = try IngestPipeline(storePath: db, options: options).run(paths: [folder.path])
        let again = try IngestPipeline(storePath: db, options: options).run(paths: [folder.path])
        #expect(again.duplicates.map(\.path) == ["b.txt"])
        #expect(again.unchanged == 2)
    }

    @Test func anInterruptedBulkLoadHasItsIndexesBuiltByTheNextRun() throws {
        let folder = try corpus()
        let db = folder.path + "/kb.sqlite"
        do {
            let store = try KnowledgeStore(path: db)
            #expect(try store.beginBulkLoad())
            #expect(try store.database.scalar(sql: "SELECT count(*) FROM sqlite_master WHERE name = 'event_article'").int64 == 0)
        }   // stopped here, as by a kill
        _ = try IngestPipeline(storePath: db, options: IngestOptions(jobs: 1, showProgress: false)).run(paths: [folder.path])
        #expect(try count(db, "SELECT count(*) FROM deferred_index") == 0)
        #expect(try count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'event_article'") == 1)
    }
}
