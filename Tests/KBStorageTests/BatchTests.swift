import Foundation
import KBModel
import Testing
@testable import KBStorage

@Suite(.temporaryFolders) struct BatchTests {
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

/// Batches skip the schema's CHECK constraints (see `beginBatch`): every value of the Swift enums
/// they write must pass them, so that skipping them hides nothing.
@Suite(.temporaryFolders) struct CheckConstraintTests {
    @Test func everyEnumValueABatchWritesPassesTheSchemasChecks() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        let db = store.database
        var id: Int64 = 0
        func next() -> Int64 { id += 1; return id }
        for kind in EntityKind.allCases {
            try db.execute(sql: "INSERT INTO entity (id, kind, code, name) VALUES (?, ?, 'X', 'X')", arguments: [.integer(next()), .text(kind.rawValue)])
        }
        for format in ArticleFormat.allCases {
            for language in Language.allCases {
                for basis in PublishedBasis.allCases {
                    for precision in DatePrecision.allCases {
                        try db.execute(sql: """
                            INSERT INTO article (id, location, path, format, content_hash, language, published, published_precision, published_basis, text)
                            VALUES (?1, ?1, 'p', ?2, ?1, ?3, '2022', ?4, ?5, 't')
                            """, arguments: [.integer(next()), .text(format.rawValue), .text(language.rawValue), .text(precision.rawValue), .text(basis.rawValue)])
                    }
                }
            }
        }
        let article = Int64(1 + EntityKind.allCases.count)
        for status in MembershipStatus.allCases {
            try db.execute(sql: "INSERT INTO membership (id, source_kind, article_id, alliance_id, state_id, status) VALUES (?, 'article', ?, 1, 1, ?)",
                           arguments: [.integer(next()), .integer(article), .text(status.rawValue)])
        }
        for type in EventType.allCases {
            for precision in DatePrecision.allCases {
                try db.execute(sql: "INSERT INTO event (id, article_id, sentence_id, event_type, date_precision, trigger, rule) VALUES (?, ?, 1, ?, ?, 't', 'r')",
                               arguments: [.integer(next()), .integer(article), .text(type.rawValue), .text(precision.rawValue)])
            }
        }
        for (i, kind) in ConflictKind.allCases.enumerated() {
            try db.execute(sql: "INSERT INTO conflict (id, article_id, sentence_id, party_a_id, party_b_id, kind, rule) VALUES (?, ?, 1, 1, ?, ?, 'r')",
                           arguments: [.integer(next()), .integer(article), .integer(Int64(i + 2)), .text(kind.rawValue)])
        }
        // Outside a batch the checks hold.
        #expect(throws: SQLiteError.self) {
            try db.execute(sql: "INSERT INTO event (id, article_id, sentence_id, event_type, trigger, rule) VALUES (?, ?, 1, 'picnic', 't', 'r')",
                           arguments: [.integer(next()), .integer(article)])
        }
        // Inside one they are skipped, and back after the commit.
        try store.beginBatch()
        try db.execute(sql: "INSERT INTO event (id, article_id, sentence_id, event_type, trigger, rule) VALUES (?, ?, 1, 'picnic', 't', 'r')",
                       arguments: [.integer(next()), .integer(article)])
        store.rollbackBatch()
        #expect(throws: SQLiteError.self) {
            try db.execute(sql: "INSERT INTO event (id, article_id, sentence_id, event_type, trigger, rule) VALUES (?, ?, 1, 'picnic', 't', 'r')",
                           arguments: [.integer(next()), .integer(article)])
        }
    }
}
