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
}
