import Foundation
import Testing

/// `members` and `alliances` over SampleData as an analyst reads them: status intervals from dated
/// changes, reports kept apart, nothing known before the first claim.
@Suite struct MembershipOverTimeTests {
    let folder: TemporaryDirectory
    let dir: URL
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        (dir, db) = try CLI.sampleKnowledgeBase(in: folder.url)
    }

    func importReference() throws {
        let csv = CLI.root.appendingPathComponent("SampleData/reference/memberships.csv").path
        #expect(try CLI.run(["import-reference", csv, "--db", db]).status == 0)
    }

    func rows(_ args: [String]) throws -> [[String: String]] {
        let r = try CLI.run(args + ["--format", "json", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []).map { row in
            row.compactMapValues { $0 as? String ?? ($0 as? NSNumber)?.stringValue ?? ($0 as? [String])?.joined(separator: ";") }
        }
    }

    @Test func armeniasFreezeShowsFromTheArticlesAlone() throws {
        let arm = try #require(try rows(["members", "CSTO"]).first { $0["state_iso3"] == "ARM" })
        let disagreement = arm["disagreement"] ?? ""
        let shown = arm["status"] == "suspended" ? arm["from"] : nil
        // Either the latest status is the freeze with its date, or the freeze stands beside it with its date.
        #expect(shown == "2024-02" || disagreement.contains("suspended: 2 articles, since 2024-02"))
        #expect(disagreement.contains("member: "))
        #expect(arm["from_source"]?.hasPrefix("article m:") == true)
        // Still the freeze three weeks later: later reports of membership do not undo a dated change.
        let march = try #require(try rows(["members", "CSTO", "--at", "2024-03-20"]).first { $0["state_iso3"] == "ARM" })
        #expect(march["status"] == "suspended")
    }

    @Test func aPublicationDateIsNeverShownAsTheStart() throws {
        let members = try rows(["members", "CSTO"])
        let kaz = try #require(members.first { $0["state_iso3"] == "KAZ" })
        #expect(kaz["from"] == nil)
        #expect(kaz["first_reported"] != nil && kaz["last_reported"] != nil)
        for row in members {
            if row["from"] != nil { #expect(row["from_source"] != nil && row["from_precision"] != nil, "\(row)") }
        }
    }

    @Test func aStartIsNeverLaterThanTheFirstReportOfItsStatus() throws {
        // An Arabic article of 2024-11-29 says Kyrgyzstan will chair the CSTO in 2025; articles of 2019
        // on already list it as a member: 2025 is not when its membership began.
        for source in ["articles", "all"] {
            if source == "all" { try importReference() }
            let members = try rows(["members", "CSTO", "--source", source])
            let kgz = try #require(members.first { $0["state_iso3"] == "KGZ" })
            #expect(kgz["status"] == "member")
            #expect(kgz["from"] != "2025", "\(kgz)")
            for row in members where row["from_source"]?.hasPrefix("article") == true {
                if let from = row["from"], let first = row["first_reported"] {
                    #expect(from <= first, "\(row)")
                }
            }
        }
        // Nor is it a status at an earlier date: in 2020 the claim about 2025 is not read.
        let kgz2020 = try #require(try rows(["members", "CSTO", "--at", "2020-06-01", "--source", "articles"]).first { $0["state_iso3"] == "KGZ" })
        #expect(kgz2020["status"] == "member")
        #expect(kgz2020["from"] == nil)
    }

    @Test func beforeAnythingKnownNothingIsListedAndStderrSaysWhy() throws {
        try importReference()
        let r = try CLI.run(["members", "CSTO", "--at", "1980", "--source", "all", "--format", "csv", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count <= 1)
        // the earliest claim: the treaty of May 1992 (an article says the month, the reference row the day)
        #expect(r.stderr.contains("1992-05"))
        let articles = try CLI.run(["members", "CSTO", "--at", "1980", "--source", "articles", "--format", "csv", "--db", db])
        #expect(articles.stdout.split(separator: "\n").count <= 1)
    }

    @Test func theReferenceStartIsShownBesideTheArticleReports() throws {
        try importReference()
        let nato = try #require(try rows(["alliances", "TUR", "--source", "all"]).first { $0["alliance"] == "NATO" })
        #expect(nato["status"] == "member")
        #expect(nato["from"] == "1952-02-18")
        #expect(nato["from_source"]?.hasPrefix("reference m:") == true)
        #expect(nato["first_reported"] != nil)
        #expect(nato["first_reported"] != nato["from"])
        let iran = try #require(try rows(["members", "SCO"]).first { $0["state_iso3"] == "IRN" })
        #expect(iran["from"] == "2023-07-04")
    }

    @Test func untilIsTheNextChangeOfTheSameState() throws {
        try importReference()
        let swe = try #require(try rows(["members", "NATO", "--at", "2023-01-01"]).first { $0["state_iso3"] == "SWE" })
        #expect(swe["status"] == "applicant")
        #expect(swe["to"] == "2024-03-07")
    }
}
