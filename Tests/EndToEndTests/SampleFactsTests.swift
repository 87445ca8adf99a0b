import CSV
import Foundation
import Testing

/// Ingests SampleData/articles with the built CLI, exports the CSV files, and measures them against
/// the facts annotated by hand in SampleData/expected: a regression test for extraction as a whole.
@Suite(.serialized) struct SampleFactsTests {
    /// Precision, recall and F1 of one kind of fact.
    struct Tally: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var f1: Double {
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp), r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        var description: String { String(format: "F1 %.3f (tp %d, fp %d, fn %d)", f1, tp, fp, fn) }
    }

    struct Scores {
        var memberships = Tally(), events = Tally(), conflicts = Tally(), persons = Tally()
        var datesRight = 0, datesChecked = 0
        var misses: [String] = []
    }

    static func readCSV(_ url: URL) throws -> [[String: String]] {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [[String: String]] = []
        while let r = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, r))) }
        return rows
    }

    static func codes(_ cell: String?) -> Set<String> {
        Set((cell ?? "").split(whereSeparator: { ";, ".contains($0) }).map { $0.uppercased() })
    }

    /// A name matches when its family name (the last word) is shared.
    static func sameName(_ a: String, _ b: String) -> Bool {
        guard let x = a.lowercased().split(separator: " ").last, let y = b.lowercased().split(separator: " ").last else { return false }
        return x == y || (x.count >= 4 && y.count >= 4 && (x.hasPrefix(y.dropLast()) || y.hasPrefix(x.dropLast())))
    }

    /// Ingests and exports once for all the tests of the suite.
    static let scores: Result<Scores, Error> = Result {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("kb.sqlite").path
        let ingest = try CLI.run(["ingest", CLI.root.appendingPathComponent("SampleData/articles").path, "--db", db])
        guard ingest.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: ingest.stderr]) }
        let out = dir.appendingPathComponent("csv")
        _ = try CLI.run(["export", "--out", out.path, "--db", db])

        var keyOf: [String: String] = [:]   // article_id -> expected id
        for a in try readCSV(out.appendingPathComponent("articles.csv")) {
            let stem = ((a["path"] ?? "") as NSString).lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
            keyOf[a["article_id"] ?? ""] = (a["external_id"]).flatMap { $0.isEmpty ? nil : $0 } ?? stem
        }
        func grouped(_ file: String) throws -> [String: [[String: String]]] {
            Dictionary(grouping: try readCSV(out.appendingPathComponent(file)), by: { keyOf[$0["article_id"] ?? ""] ?? "?" })
        }
        let memberships = try grouped("memberships.csv"), events = try grouped("events.csv")
        let conflicts = try grouped("conflicts.csv"), persons = try grouped("persons.csv")

        var s = Scores()
        let expectedDir = CLI.root.appendingPathComponent("SampleData/expected")
        for file in try FileManager.default.contentsOfDirectory(atPath: expectedDir.path).sorted() where file.hasSuffix(".json") {
            let g = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedDir.appendingPathComponent(file))) as? [String: Any] ?? [:]
            let id = g["id"] as? String ?? ""

            let want = Set((g["memberships"] as? [[String: Any]] ?? []).map { m -> String in
                let status = (m["status"] as? String) == "founding-member" ? "member" : (m["status"] as? String ?? "")
                return "\(m["alliance"] ?? "")/\(m["state"] ?? "")/\(status)"
            })
            let have = Set((memberships[id] ?? []).filter { $0["source_kind"] == "article" }.map { "\($0["alliance"] ?? "")/\($0["state_iso3"] ?? "")/\($0["status"] ?? "")" })
            s.memberships.tp += want.intersection(have).count
            s.memberships.fp += have.subtracting(want).count
            s.memberships.fn += want.subtracting(have).count
            s.misses += want.subtracting(have).map { "\(id) membership missed \($0)" } + have.subtracting(want).map { "\(id) membership extra \($0)" }

            var rows = events[id] ?? []
            for e in g["events"] as? [[String: Any]] ?? [] {
                let actors = Set(e["actors"] as? [String] ?? [])
                let type = e["type"] as? String ?? ""
                let best = rows.indices.filter { rows[$0]["event_type"] == type }
                    .map { ($0, actors.intersection(codes(rows[$0]["actors"])).count) }.filter { $0.1 > 0 }.max { $0.1 < $1.1 }
                guard let (i, _) = best else {
                    if e["optional"] as? Bool != true { s.events.fn += 1; s.misses.append("\(id) event missed \(type) \(actors.sorted())") }
                    continue
                }
                s.events.tp += 1
                if let date = e["date"] as? String {
                    let ok = Set([date] + (e["date_alternatives"] as? [String] ?? []))
                    s.datesChecked += 1
                    if ok.contains(rows[i]["date"] ?? "") { s.datesRight += 1 } else { s.misses.append("\(id) event \(type) date \(rows[i]["date"] ?? "") want \(date)") }
                }
                rows.remove(at: i)
            }
            for r in rows where r["event_type"] != "statement" {
                s.events.fp += 1
                s.misses.append("\(id) event extra \(r["event_type"] ?? "") \(r["actors"] ?? "")")
            }

            let wantPairs = Set((g["conflicts"] as? [[String: Any]] ?? []).map { ($0["parties"] as? [String] ?? []).sorted().joined(separator: "-") })
            let havePairs = Set((conflicts[id] ?? []).map { [$0["party_a"] ?? "", $0["party_b"] ?? ""].sorted().joined(separator: "-") })
            s.conflicts.tp += wantPairs.intersection(havePairs).count
            s.conflicts.fp += havePairs.subtracting(wantPairs).count
            s.conflicts.fn += wantPairs.subtracting(havePairs).count
            s.misses += wantPairs.subtracting(havePairs).map { "\(id) conflict missed \($0)" } + havePairs.subtracting(wantPairs).map { "\(id) conflict extra \($0)" }

            var found = persons[id] ?? []
            for p in g["persons"] as? [[String: Any]] ?? [] {
                let names = [p["name"] as? String, p["native"] as? String].compactMap { $0 }
                if let i = found.firstIndex(where: { r in names.contains { n in sameName(n, r["name"] ?? "") || sameName(n, r["name_native"] ?? "") } }) {
                    s.persons.tp += 1
                    found.remove(at: i)
                } else {
                    s.persons.fn += 1
                    s.misses.append("\(id) person missed \(names.first ?? "")")
                }
            }
            s.persons.fp += found.count
        }
        return s
    }

    // Floors a little under the figures measured when the samples were written; a drop below them
    // is a regression in extraction. The figures themselves are printed with every run.
    @Test func membershipsAreFound() throws {
        let s = try Self.scores.get()
        print("sample memberships: \(s.memberships)")
        if ProcessInfo.processInfo.environment["AKB_SHOW_MISSES"] != nil { print(s.misses.joined(separator: "\n")) }
        #expect(s.memberships.f1 >= 0.80, "\(s.memberships)\n\(s.misses.filter { $0.contains("membership") }.prefix(20).joined(separator: "\n"))")
    }

    @Test func eventsAreFoundAndDated() throws {
        let s = try Self.scores.get()
        print("sample events: \(s.events); dates right \(s.datesRight)/\(s.datesChecked)")
        #expect(s.events.f1 >= 0.75, "\(s.events)\n\(s.misses.filter { $0.contains("event") }.prefix(20).joined(separator: "\n"))")
        #expect(Double(s.datesRight) >= 0.5 * Double(s.datesChecked))
    }

    @Test func conflictsAndPersonsAreFound() throws {
        let s = try Self.scores.get()
        print("sample conflicts: \(s.conflicts); persons: \(s.persons)")
        #expect(s.conflicts.f1 >= 0.65, "\(s.conflicts)")
        #expect(s.persons.f1 >= 0.85, "\(s.persons)")
    }
}
