import Foundation
import Testing

/// The query commands run as a user runs them, over a knowledge base holding the shipped
/// reference data (SampleData/reference/memberships.csv).
@Suite struct QueryCommandTests {
    let folder: TemporaryDirectory
    let dir: URL
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        dir = folder.url
        db = dir.appendingPathComponent("kb.sqlite").path
        let csv = CLI.root.appendingPathComponent("SampleData/reference/memberships.csv").path
        let r = try CLI.run(["import-reference", csv, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func membersAtADateReadTheReferenceRows() throws {
        let in2010 = try CLI.run(["members", "CSTO", "--at", "2010-01-01", "--source", "reference", "--format", "csv", "--db", db])
        #expect(in2010.status == 0)
        #expect(in2010.stdout.hasPrefix("id,alliance,state_iso3,"))
        #expect(in2010.stdout.contains(",CSTO,UZB,Uzbekistan,member,"))
        let in2013 = try CLI.run(["members", "ОДКБ", "--at", "2013-01-01", "--source", "reference", "--format", "csv", "--db", db])
        #expect(in2013.stdout.contains(",CSTO,UZB,Uzbekistan,suspended,"))
        #expect(in2013.stderr.isEmpty)
    }

    @Test func alliancesOfAStateInAnyLanguage() throws {
        let r = try CLI.run(["alliances", "أرمينيا", "--format", "csv", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.contains(",CSTO,ARM,Armenia,suspended,"))
        #expect(r.stdout.contains(",EAEU,ARM,Armenia,member,"))
    }

    @Test func reimportingReplacesTheRowsAndSaysSo() throws {
        let csv = CLI.root.appendingPathComponent("SampleData/reference/memberships.csv").path
        let r = try CLI.run(["import-reference", csv, "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("replacing"))
    }

    @Test func askAnswersInJSONWithEvidence() throws {
        let r = try CLI.run(["ask", "--format", "json", "Is Sweden a member of NATO?", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(#"{"kind": "membership-check", "answer": true,"#))
        #expect(r.stdout.contains(#""evidence": [{"id": "m:"#))
        let unknown = try CLI.run(["ask", "--format", "json", "What is the weather like?", "--db", db])
        #expect(unknown.status == 0)
        #expect(unknown.stdout.hasPrefix(#"{"kind": "unknown", "answer": null,"#))
        let nothing = try CLI.run(["ask", "--format", "json", "When did Putin arrive in Yerevan?", "--db", db])
        #expect(nothing.stdout.hasPrefix(#"{"kind": "event-date", "answer": null,"#))
    }

    @Test func evidenceShowsTheCitation() throws {
        let members = try CLI.run(["members", "NATO", "--format", "csv", "--db", db])
        let line = try #require(members.stdout.split(separator: "\n").first { $0.contains(",FIN,") })
        let id = String(line.prefix { $0 != "," })
        let r = try CLI.run(["evidence", id, "--format", "csv", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.contains("NATO/FIN/member from 2023-04-04"))
    }

    @Test func unknownNamesAreRefusedWithCloseMatches() throws {
        let r = try CLI.run(["members", "CTSO", "--db", db])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("Unknown alliance 'CTSO'"))
        #expect(r.stderr.contains("CSTO"))
    }

    @Test func aMistypedSubcommandGetsTheClosestAndVersionIsShown() throws {
        let r = try CLI.run(["member", "CSTO", "--db", db])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Did you mean: members?"))
        let v = try CLI.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("alliance-kb "))
        let state = try CLI.run(["alliances", "Kazakstan", "--db", db])
        #expect(state.status == 64)
        #expect(state.stderr.contains("Kazakhstan"))
    }

    @Test func badArgumentsExit64() throws {
        #expect(try CLI.run(["members", "CSTO", "--at", "2010-13", "--db", db]).status == 64)
        #expect(try CLI.run(["timeline", "--type", "party", "--db", db]).status == 64)
        #expect(try CLI.run(["evidence", "x:1", "--db", db]).status == 64)
    }

    @Test func aMissingKnowledgeBaseIsNotCreated() throws {
        let missing = dir.appendingPathComponent("none.sqlite").path
        let r = try CLI.run(["members", "CSTO", "--db", missing])
        #expect(r.status == 1)
        #expect(r.stderr.contains("No knowledge base at"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

/// The query commands over a knowledge base built from SampleData/articles, with and without
/// reference data.
@Suite struct SampleDataQueryTests {
    let folder: TemporaryDirectory
    let dir: URL
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        dir = folder.url
        db = dir.appendingPathComponent("kb.sqlite").path
        let r = try CLI.run(["ingest", CLI.root.appendingPathComponent("SampleData/articles").path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
    }

    /// The rows a listing command prints with --format json.
    func jsonRows(_ args: [String]) throws -> [[String: String]] {
        let r = try CLI.run(args + ["--format", "json", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let data = Data(r.stdout.utf8)
        return (try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []).map { row in
            row.compactMapValues { $0 as? String ?? ($0 as? NSNumber)?.stringValue ?? ($0 as? [String])?.joined(separator: ";") }
        }
    }

    @Test func articleClaimsAloneGiveTheMembers() throws {
        let rows = try jsonRows(["members", "CSTO", "--source", "articles"])
        #expect(rows.contains { $0["state_iso3"] == "RUS" && $0["status"] == "member" })
        #expect(rows.allSatisfy { $0["sources"] == "article" })
        #expect(rows.allSatisfy { ($0["evidence"] ?? "").contains(": ") })
    }

    @Test func referenceDataThatDisagreesWithTheArticlesIsShownBeside() throws {
        let csv = dir.appendingPathComponent("disagreeing.csv")
        try """
            alliance,state_iso3,status,from,from_precision,to,to_precision,source,note
            CSTO,RUS,suspended,2000-01-01,,,,test row that contradicts the articles,
            CSTO,RUS,member,1992-05-15,,2000-01-01,,test row,
            """.write(to: csv, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import-reference", csv.path, "--db", db]).status == 0)
        let now = try jsonRows(["members", "CSTO"])
        let rus = try #require(now.first { $0["state_iso3"] == "RUS" })
        #expect(rus["sources"] == "both")
        #expect(rus["status"] == "suspended")
        #expect(rus["disagreement"]?.contains("article: member / reference: suspended") == true)
        let before = try jsonRows(["members", "CSTO", "--at", "1995-01-01", "--source", "reference"])
        #expect(before.first { $0["state_iso3"] == "RUS" }?["status"] == "member")
    }

    @Test func timelineConflictsAndPersonsOfArmenia() throws {
        let timeline = try jsonRows(["timeline", "ARM", "AZE"])
        #expect(!timeline.isEmpty)
        #expect(timeline.allSatisfy { ($0["actors"] ?? "").contains("ARM") && ($0["actors"] ?? "").contains("AZE") })
        #expect(try jsonRows(["conflicts", "Armenia"]).contains { $0["party_a"] == "ARM" && $0["party_b"] == "AZE" })
        #expect(try jsonRows(["persons", "ARM"]).contains { $0["name"] == "Nikol Pashinyan" })
    }

    @Test func questionsTheKnowledgeBaseCannotAnswerGiveNull() throws {
        let r = try CLI.run(["ask", "--format", "json", "When did Peru join NATO?", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix(#"{"kind": "event-date", "answer": null,"#))
    }
}
