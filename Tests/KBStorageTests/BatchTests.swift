import Foundation
import KBModel
import Testing
@testable import KBStorage

@Suite struct BatchTests {
    func article(_ i: Int) -> Article { Article(path: "a\(i).txt", location: "/data/a\(i).txt", text: "Article \(i).") }

    @Test func batchedWritesAreCommittedAndSeenByOtherConnections() throws {
        let path = temporaryDatabasePath()
        let store = try KnowledgeStore(path: path)
        try store.batch(articlesPerCommit: 2) {
            for i in 0..<5 { _ = try store.write(article: article(i), contentHash: "h\(i)", facts: sampleFacts()) }
            // two commits of two have happened; the fifth article waits for the end of the batch
            #expect(try Database(path: path).scalar(sql: "SELECT count(*) FROM article").int64 == 4)
        }
        #expect(!store.database.isInTransaction)
        #expect(try Database(path: path).scalar(sql: "SELECT count(*) FROM article").int64 == 5)
    }

    @Test func beginAndCommitBatchGroupWrites() throws {
        let path = temporaryDatabasePath()
        let store = try KnowledgeStore(path: path)
        let other = try Database(path: path)
        try store.beginBatch()
        _ = try store.write(article: article(0), contentHash: "h0", facts: sampleFacts())
        _ = try store.write(article: article(1), contentHash: "h1", facts: sampleFacts())
        #expect(try other.scalar(sql: "SELECT count(*) FROM article").int64 == 0)
        try store.commitBatch()
        #expect(try other.scalar(sql: "SELECT count(*) FROM article").int64 == 2)
        try store.commitBatch()   // nothing open: nothing to do
    }

    @Test func aFailedWriteInABatchUndoesOnlyItself() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var broken = sampleFacts()
        broken.persons[0].provenance.sentenceIndex = 9
        try store.batch {
            _ = try store.write(article: article(0), contentHash: "h0", facts: sampleFacts())
            #expect(throws: StoreError.self) { try store.write(article: article(1), contentHash: "h1", facts: broken) }
            _ = try store.write(article: article(2), contentHash: "h2", facts: sampleFacts())
        }
        #expect(try store.database.rows(sql: "SELECT path FROM article ORDER BY path").rows == [["a0.txt"], ["a2.txt"]])
        #expect(try count(store, "person_role") == 2)
    }

    @Test func whatWasWrittenIsKeptWhenTheBatchThrows() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        #expect(throws: CancellationError.self) {
            try store.batch {
                _ = try store.write(article: article(0), contentHash: "h0", facts: sampleFacts())
                throw CancellationError()
            }
        }
        #expect(!store.database.isInTransaction)
        #expect(try count(store, "article") == 1)
    }
}
