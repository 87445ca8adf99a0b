import KBModel
import Testing
@testable import KBQuery

/// The timeline's merge compares a report only with the clusters of its year; these tests hold it
/// to the plain rule it implements: reports taken most precise first, each joins the first cluster
/// made (same type, same actor set) whose date is compatible with its own.
@Suite struct TimelineMergeTests {
    /// The rule written out directly, comparing every report with every cluster.
    static func plainMerge(_ reports: [EventReport]) -> [Set<Int64>] {
        var clusters: [(key: String, date: FuzzyDate?, ids: Set<Int64>)] = []
        for r in reports.sorted(by: { ($0.date?.precision ?? .year, $0.id) > ($1.date?.precision ?? .year, $1.id) }) {
            let key = r.type.rawValue + "|" + Set(r.actors).sorted().joined(separator: ";")
            let i = clusters.firstIndex { c in
                guard c.key == key else { return false }
                switch (c.date, r.date) {
                case (nil, nil): return true
                case let (a?, b?): return a.isCompatible(with: b)
                default: return false
                }
            }
            if let i { clusters[i].ids.insert(r.id) } else { clusters.append((key, r.date, [r.id])) }
        }
        return clusters.map(\.ids)
    }

    /// Reports of a few types, actor sets and dates of every precision, unknown years and no date,
    /// drawn from a fixed seed.
    static func reports(seed: UInt64, count: Int) -> [EventReport] {
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let actorSets = [["ARM", "AZE"], ["AZE", "ARM"], ["ARM", "AZE", "RUS"], ["KAZ"]]
        return (0..<count).map { i in
            let year: Int? = next(8) == 0 ? nil : 2018 + next(3)
            let month: Int? = next(3) == 0 ? nil : 1 + next(2)
            let day: Int? = month == nil || next(2) == 0 ? nil : 1 + next(3)
            var date: FuzzyDate? = FuzzyDate(year: year, month: month, day: day)
            if year == nil && (month == nil || day == nil) { date = nil }
            if next(10) == 0 { date = nil }
            return EventReport(id: Int64(1000 + i * 7 % count), type: [.summit, .visit][next(2)], date: date, location: nil,
                               articleID: Int64(next(5)), evidence: "a.txt: s\(i)", trigger: "t", actors: actorSets[next(actorSets.count)])
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func mergingGivesTheClustersOfThePlainRule(_ seed: UInt64) throws {
        let reports = Self.reports(seed: seed, count: 300)
        let kb = KnowledgeBase(connection: try Fixture().store.database)
        let rows = kb.merge(reports)
        let merged = Set(rows.map { Set($0.id.split(separator: ",").map { Int64($0.dropFirst(2))! }) })
        #expect(merged == Set(Self.plainMerge(reports)))
        #expect(rows.map(\.articles).reduce(0, +) <= reports.count)
        #expect(rows.count < reports.count)
    }
}
