import Foundation
import KBModel
import KBQuery
import Testing
@testable import KBReport

@Suite struct ReportAggregateTests {
    /// One article about the CSTO with twelve distinct events over 2008-2017, two of unknown date.
    static func busy() throws -> ReportFixture {
        let f = try ReportFixture()
        var sentences: [String] = []
        var events: [Event] = []
        let types: [EventType] = [.summit, .visit, .criticism]
        for i in 0..<10 {
            sentences.append("Report number \(i) of the bloc's doings.")
            let actors = i % 2 == 0 ? ["ARM", "RUS"] : ["KAZ"]
            events.append(ReportFixture.event(types[i % 3], String(2008 + i) + "-0\(1 + i % 9)", actors, sentence: i))
        }
        sentences.append("Moscow spoke at some point.")
        events.append(ReportFixture.event(.statement, nil, ["RUS"], sentence: 10))
        sentences.append("Astana spoke too, also undated.")
        events.append(ReportFixture.event(.statement, nil, ["KAZ"], sentence: 11))
        sentences.append("Armenia and Russia are CSTO members.")
        try f.write(published: "2020-03-01", title: "A busy decade", sentences: sentences,
                    memberships: [ReportFixture.claim("CSTO", "ARM", .member, "2002", sentence: 12),
                                  ReportFixture.claim("CSTO", "RUS", .member, "2002", sentence: 12)],
                    events: events)
        return f
    }

    @Test func pastTheThresholdTheCountsCoverEveryEventAndTheListIsCapped() throws {
        let f = try Self.busy()
        let timeline = try f.kb.timeline()
        #expect(timeline.count == 12)
        var builder = ReportBuilder(kb: f.kb)
        builder.aggregateThreshold = 5
        builder.embeddedEventLimit = 3
        let data = try builder.build(ReportOptions())
        let agg = try #require(data.aggregate)
        #expect(agg.total == 12 && agg.dated == 10)
        #expect(agg.counts.map { $0[2] }.reduce(0, +) == timeline.count)
        #expect(agg.counts.filter { $0[1] == 0 }.map { $0[2] }.reduce(0, +) == 2)
        // The list holds the three most recent dated events, oldest first.
        #expect(data.events.count == 3 && agg.embedded == 3)
        #expect(data.events.map(\.date) == ["2015-08", "2016-09", "2017-01"])
        // A state's counts are the events naming it; an alliance's, those of its members that year.
        let arm = try #require(agg.byCode["ARM"])
        #expect(arm.map { $0[2] }.reduce(0, +) == timeline.filter { $0.actors.contains("ARM") }.count)
        let csto = try #require(agg.byCode["CSTO"])
        #expect(csto.map { $0[2] }.reduce(0, +) == 5)
        #expect(agg.byCode["KAZ"]?.map { $0[2] }.reduce(0, +) == 6)
        // Evidence only for what the page holds: the embedded events and the matrix cells.
        let embeddedIDs = Set(data.events.flatMap { $0.id.split(separator: ",").map(String.init) })
        let eventKeys = Set(data.evidence.keys.filter { $0.hasPrefix("e:") })
        #expect(eventKeys == embeddedIDs)
        #expect(try ReportPage.render(data).contains(#""aggregate":{"#))
    }

    @Test func underTheThresholdEveryEventIsEmbeddedAsBefore() throws {
        let f = try Self.busy()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions())
        #expect(data.aggregate == nil)
        #expect(data.events.map(\.id) == (try f.kb.timeline()).map(\.id))
    }
}
