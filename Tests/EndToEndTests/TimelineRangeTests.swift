import Foundation
import Testing

/// `timeline` ranges, types and order, and `conflicts` dates, over SampleData.
@Suite struct TimelineRangeTests {
    let folder: TemporaryDirectory
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        db = try CLI.sampleKnowledgeBase(in: folder.url).db
    }

    func rows(_ args: [String]) throws -> [[String: String]] {
        let r = try CLI.run(args + ["--format", "json", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []).map { row in
            row.compactMapValues { $0 as? String ?? ($0 as? NSNumber)?.stringValue ?? ($0 as? [String])?.joined(separator: ";") }
        }
    }

    @Test func monthAndYearEventsOverlapARangeByTheirSpan() throws {
        let january = try rows(["timeline", "--from", "2022-01-01", "--to", "2022-01-31"])
        #expect(january.contains { $0["date"] == "2022-01" })
        #expect(january.contains { $0["date"] == "2022" })
        #expect(january.allSatisfy { ($0["date"] ?? "").hasPrefix("2022") })
        #expect(!january.contains { $0["date"] == "2022-02" || ($0["date"] ?? "").hasPrefix("2022-09") })
    }

    @Test func undatedEventsAreNotInsideARange() throws {
        let all = try rows(["timeline"])
        #expect(all.contains { $0["date"] == nil })
        let since = try rows(["timeline", "--from", "2000"])
        #expect(since.allSatisfy { $0["date"] != nil && !($0["date"] ?? "").hasPrefix("X") })
        #expect(since.count < all.count)
    }

    @Test func anInvertedRangeIsABadArgument() throws {
        let r = try CLI.run(["timeline", "--from", "2023", "--to", "2022", "--db", db])
        #expect(r.status == 64)
        #expect(r.stderr.contains("inverted"))
    }

    @Test func severalTypesAfterOneFlagAndExcludedTypes() throws {
        let two = try rows(["timeline", "ARM", "AZE", "--type", "attack", "war"])
        #expect(two.contains { $0["event_type"] == "attack" })
        #expect(two.allSatisfy { ["attack", "war"].contains($0["event_type"] ?? "") })
        let all = try rows(["timeline"])
        #expect(all.contains { $0["event_type"] == "statement" })
        let noStatements = try rows(["timeline", "--exclude-type", "statement"])
        #expect(!noStatements.contains { $0["event_type"] == "statement" })
        #expect(noStatements.count == all.filter { $0["event_type"] != "statement" }.count)
    }

    @Test func unknownYearsSortWithTheUndatedAfterTheDatedRows() throws {
        let dates = try rows(["timeline"]).map { $0["date"] }
        let firstUnknown = try #require(dates.firstIndex { $0 == nil || $0!.hasPrefix("X") })
        #expect(dates.contains { $0?.hasPrefix("XXXX") == true })
        #expect(dates[firstUnknown...].allSatisfy { $0 == nil || $0!.hasPrefix("X") })
    }

    @Test func conflictsLastReportedIgnoresUnknownYears() throws {
        let conflicts = try rows(["conflicts"])
        #expect(!conflicts.isEmpty)
        for c in conflicts {
            #expect(!(c["last_reported"] ?? "").hasPrefix("X"), "\(c)")
            #expect(!(c["first_reported"] ?? "").hasPrefix("X"), "\(c)")
        }
    }

    @Test func aLimitGivesTheFirstRowsOfTheWholeTimeline() throws {
        for entities in [[], ["ARM", "AZE"], ["CSTO"]] {
            let all = try rows(["timeline"] + entities)
            for n in [1, 3, 10] {
                let page = try rows(["timeline"] + entities + ["--limit", String(n)])
                #expect(page == Array(all.prefix(n)), "\(entities) --limit \(n)")
            }
        }
        let bad = try CLI.run(["timeline", "--limit", "0", "--db", db])
        #expect(bad.status == 64)
    }
}
