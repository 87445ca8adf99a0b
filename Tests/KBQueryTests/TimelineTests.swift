import KBModel
import Testing
@testable import KBQuery

@Suite struct TimelineTests {
    @Test func oneEventReportedByTwoArticlesIsOneRow() throws {
        let f = try Fixture()
        try f.write(published: "2022-01-10", sentences: ["CSTO troops landed in Kazakhstan on 6 January."],
                    events: [Fixture.event(.deployForces, "2022-01-06", ["CSTO", "KAZ"])])
        try f.write(published: "2022-11-27", sentences: ["The alliance sent troops to Kazakhstan last January."],
                    events: [Fixture.event(.deployForces, "2022-01", ["KAZ", "CSTO"])])
        try f.write(published: "2023-01-01", sentences: ["Troops went to Kazakhstan again in 2023."],
                    events: [Fixture.event(.deployForces, "2023-01", ["CSTO", "KAZ"])])
        let rows = try f.kb.timeline(entities: [Fixture.ref("KAZ")])
        #expect(rows.count == 2)
        #expect(rows[0].date?.iso == "2022-01-06")
        #expect(rows[0].articles == 2)
        #expect(rows[0].id.split(separator: ",").count == 2)
        #expect(rows[1].date?.iso == "2023-01")
    }

    @Test func eventsOfUnknownDateComeLast() throws {
        let f = try Fixture()
        try f.write(published: "2022-11-27", sentences: ["Shelling on the border.", "Clashes in September."],
                    events: [Fixture.event(.attack, nil, ["ARM", "AZE"]),
                             Fixture.event(.attack, "2022-09", ["AZE", "ARM"], sentence: 1)])
        let rows = try f.kb.timeline(entities: [Fixture.ref("ARM"), Fixture.ref("AZE")])
        #expect(rows.map { $0.date?.iso } == ["2022-09", nil])
    }

    @Test func filtersByTypeDateAndEveryActor() throws {
        let f = try Fixture()
        try f.write(published: "2022-11-27", sentences: ["s0", "s1", "s2"],
                    events: [Fixture.event(.visit, "2022-11-23", ["RUS", "ARM"]),
                             Fixture.event(.summit, "2022-11-23", ["CSTO", "ARM"], sentence: 1),
                             Fixture.event(.attack, "2021-05", ["ARM", "AZE"], sentence: 2)])
        #expect(try f.kb.timeline(entities: [Fixture.ref("ARM"), Fixture.ref("RUS")]).map(\.type) == [.visit])
        #expect(try f.kb.timeline(entities: [Fixture.ref("ARM")], types: [.summit]).map(\.type) == [.summit])
        #expect(try f.kb.timeline(entities: [Fixture.ref("ARM")], from: QueryDate(parsing: "2022")).count == 2)
        #expect(try f.kb.timeline(entities: [Fixture.ref("ARM")], to: QueryDate(parsing: "2021")).map(\.type) == [.attack])
        #expect(try f.kb.timeline(entities: [Fixture.ref("GEO")]).isEmpty)
    }

    @Test func conflictsCountTheAttacksBetweenThePair() throws {
        let f = try Fixture()
        try f.write(published: "2022-11-27", sentences: ["Border dispute.", "Shelling."],
                    events: [Fixture.event(.attack, "2022-09", ["ARM", "AZE"], sentence: 1)],
                    conflicts: [Conflict(partyA: Fixture.ref("AZE"), partyB: Fixture.ref("ARM"), kind: .border,
                                         provenance: Provenance(sentenceIndex: 0, rule: "test"))])
        let rows = try f.kb.conflicts(of: Fixture.ref("ARM"))
        #expect(rows.count == 1)
        #expect(rows.first?.partyA == "ARM")
        #expect(rows.first?.events == 1)
        #expect(rows.first?.firstReported == "2022-11-27")
        let evidence = try f.kb.evidence(for: FactID(parsing: try #require(rows.first?.id)))
        #expect(evidence.value("sentence", in: 0) == "Border dispute.")
    }

    @Test func evidenceIdsAreCheckedAndFound() throws {
        let f = try Fixture()
        #expect(throws: QueryError.badFactID("x:1")) { try FactID(parsing: "x:1") }
        #expect(throws: QueryError.factNotFound("e:99")) { try f.kb.evidence(for: FactID(parsing: "e:99")) }
    }
}

@Suite struct EventPairTests {
    @Test func aDeletedArticleTakesItsEventsOffThePairTimeline() throws {
        let f = try Fixture()
        let id = try f.write(published: "2022-11-27", events: [Fixture.event(.attack, "2022-09", ["ARM", "AZE", "RUS"])])
        try f.write(published: "2022-11-28", events: [Fixture.event(.attack, "2021-05", ["AZE", "ARM"])])
        #expect(try f.kb.timeline(entities: [Fixture.ref("AZE"), Fixture.ref("ARM")]).count == 2)
        #expect(try f.kb.timeline(entities: [Fixture.ref("RUS"), Fixture.ref("AZE"), Fixture.ref("ARM")]).count == 1)
        try f.connection.run("DELETE FROM article WHERE id = ?", [.integer(id)])
        #expect(try f.kb.timeline(entities: [Fixture.ref("ARM"), Fixture.ref("AZE")]).map { $0.date?.iso } == ["2021-05"])
        #expect(try f.connection.fetch("SELECT COUNT(*) FROM event_pair", []).rows[0][0] == "1")
    }

    @Test func aLimitedTimelineWaitsForTheReportsThatMergeIntoARow() throws {
        let f = try Fixture()
        // A year-precision report read first merges with a day of the same year read later.
        try f.write(published: "2021-01-10", events: [Fixture.event(.attack, "2020", ["ARM", "AZE"])])
        for day in 1...9 { try f.write(published: "2020-12-1\(day)", events: [Fixture.event(.summit, "2020-0\(day)-15", ["ARM", "AZE"])]) }
        try f.write(published: "2020-12-02", events: [Fixture.event(.attack, "2020-12-01", ["ARM", "AZE"])])
        for day in 1...9 { try f.write(published: "2021-0\(day)-20", events: [Fixture.event(.war, "2021-0\(day)-19", ["ARM", "AZE"])]) }
        try f.write(published: nil, events: [Fixture.event(.statement, nil, ["ARM", "AZE"])])
        let pair = [Fixture.ref("ARM"), Fixture.ref("AZE")]
        let all = try f.kb.timeline(entities: pair)
        #expect(all.contains { $0.type == .attack && $0.articles == 2 })
        for n in [1, 2, 5, 10, 11, 19, 20, 25] {
            #expect(try f.kb.timeline(entities: pair, limit: n) == Array(all.prefix(n)), "limit \(n)")
            // Small batches: the rows of 2020 wait until a report of 2021 is read.
            for batch in [1, 2, 3, 7] {
                let page = try f.kb.firstRows(n, firstBatch: batch, entities: pair, from: nil, to: nil, types: [], excludedTypes: [])
                #expect(page == Array(all.prefix(n)), "limit \(n), batch \(batch)")
            }
        }
    }
}
