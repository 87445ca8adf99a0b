import Foundation
import KBModel
import KBStorage
import Testing
@testable import KBIngest

/// The pipeline end to end into a real SQLite knowledge base.
@Suite struct IngestIntoSQLiteTests {
    func ingest(_ paths: [String], db: String, published: FuzzyDate? = nil, busyTimeout: Double = 10) throws -> IngestReport {
        let options = IngestOptions(reader: ReaderOptions(published: published), jobs: 2, showProgress: false)
        return try IngestPipeline(storePath: db, options: options, busyTimeout: busyTimeout).run(paths: paths)
    }

    func count(_ db: String, _ sql: String) throws -> Int64? {
        try KnowledgeStore(path: db).database.scalar(sql: sql).int64
    }

    @Test func reingestingTheSameFolderAddsNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("news/a.txt", "---\npublished: 2022-11-27\n---\nArmenia refused to sign the declaration in Yerevan.")
        try folder.write("news/b.md", "---\nlanguage: ar\n---\nرفضت أرمينيا التوقيع على البيان الختامي.")
        try folder.write("feed.jsonl", "{\"text\": \"Kazakhstan asked the treaty for help.\", \"published\": \"2022-01-05\"}\n")
        let db = folder.path + "/kb.sqlite"
        let first = try ingest([folder.path], db: db)
        #expect(first.inserted == 3)
        #expect(!first.hasFailures)
        let second = try ingest([folder.path], db: db)
        #expect(second.inserted == 0 && second.replaced == 0 && second.unchanged == 3)
        #expect(second.summary.contains("Nothing new: all 3 articles were already in the knowledge base."))
        #expect(try count(db, "SELECT count(*) FROM article") == 3)
        #expect(try KnowledgeStore(path: db).database.scalar(sql: "SELECT path FROM article WHERE location LIKE '%#1'").text == "feed.jsonl#1")
    }

    @Test func aChangedFileReplacesItsEarlierVersionAndItsFacts() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "The first version of the article.")
        let db = folder.path + "/kb.sqlite"
        _ = try ingest([folder.path], db: db)
        try folder.write("a.txt", "The second version, with other words.")
        let report = try ingest([folder.path], db: db)
        #expect(report.replaced == 1)
        #expect(try count(db, "SELECT count(*) FROM article") == 1)
        #expect(try KnowledgeStore(path: db).database.scalar(sql: "SELECT text FROM article").text == "The second version, with other words.")
    }

    @Test func commandLineDateIsStoredWithItsBasis() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Undated text about the summit.")
        let db = folder.path + "/kb.sqlite"
        _ = try ingest([folder.path], db: db, published: FuzzyDate(year: 2023, month: 5))
        let row = try KnowledgeStore(path: db).database.values(sql: "SELECT published, published_basis FROM article")
        #expect(row.first?.map(\.text) == ["2023-05", "command-line"])
    }

    @Test func aDatabaseInAMissingFolderIsAClearError() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "text")
        #expect {
            try ingest([folder.path], db: folder.path + "/no/such/folder/kb.sqlite")
        } throws: { error in
            "\(error)".lowercased().contains("cannot open the knowledge base")
        }
    }

    @Test func aLockedDatabaseFailsAfterTheBusyTimeout() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "text about a locked store")
        let db = folder.path + "/kb.sqlite"
        let holder = try KnowledgeStore(path: db)
        try holder.database.execute(sql: "BEGIN EXCLUSIVE")
        defer { try? holder.database.execute(sql: "ROLLBACK") }
        #expect {
            try ingest([folder.path], db: db, busyTimeout: 0.2)
        } throws: { error in
            "\(error)".contains("locked")
        }
    }

    @Test func aFailedWriteInsideABatchLosesOnlyItsOwnArticle() throws {
        let folder = try TemporaryFolder()
        let db = folder.path + "/kb.sqlite"
        let store = KnowledgeStoreAdapter(try KnowledgeStore(path: db))
        func article(_ n: Int) -> Article { Article(path: "\(n).txt", location: "/x/\(n).txt", text: "Article \(n).") }
        let good = ArticleFacts(language: .english, published: nil, publishedBasis: .unknown,
                                sentences: [Sentence(index: 0, start: 0, end: 10, text: "Article n.")])
        var bad = good
        bad.mentions = [Mention(entity: EntityRef(kind: .state, code: "ARM", name: "Armenia"), sentenceIndex: 9, start: 0, end: 1, surface: "A")]
        try store.beginBatch()
        #expect(try store.write(article: article(1), contentHash: "h1", facts: good) == .inserted)
        #expect(throws: (any Error).self) { try store.write(article: article(2), contentHash: "h2", facts: bad) }
        #expect(try store.write(article: article(3), contentHash: "h3", facts: good) == .inserted)
        try store.commitBatch()
        #expect(try count(db, "SELECT count(*) FROM article") == 2)
        #expect(try count(db, "SELECT count(*) FROM sentence") == 2)
    }
}
