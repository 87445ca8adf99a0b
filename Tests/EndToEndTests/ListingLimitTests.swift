import Foundation
import Testing

/// `--limit N` caps every listing (members, alliances, timeline, conflicts, persons, evidence): the
/// first N rows of the whole listing, a note on stderr when there are more, stdout left clean.
@Suite struct ListingLimitTests {
    let folder: TemporaryDirectory
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        db = try CLI.sampleKnowledgeBase(in: folder.url).db
    }

    func csv(_ args: [String]) throws -> (lines: [Substring], stderr: String) {
        let r = try CLI.run(args + ["--format", "csv", "--db", db])
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return (r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast(), r.stderr)
    }

    static let listings: [[String]] = [["members", "CSTO"], ["alliances", "ARM"], ["timeline"], ["timeline", "ARM"],
                                       ["conflicts"], ["persons"]]

    @Test(arguments: listings)
    func theFirstRowsOfTheWholeListingAndANoteWhenThereAreMore(_ listing: [String]) throws {
        let all = try csv(listing).lines
        #expect(all.count >= 3, "\(listing) needs at least two rows in SampleData to test a cut")
        for n in [1, all.count - 2, all.count - 1, all.count + 5] {
            let page = try csv(listing + ["--limit", String(n)])
            #expect(page.lines == Array(all.prefix(n + 1)), "\(listing) --limit \(n)")
            let cut = n < all.count - 1
            #expect(page.stderr.contains("there are more") == cut, "\(listing) --limit \(n): \(page.stderr)")
        }
    }

    @Test(arguments: ["members", "alliances", "timeline", "conflicts", "persons", "evidence"])
    func aLimitBelowOneIsABadArgument(_ command: String) throws {
        let target = ["members": ["CSTO"], "alliances": ["ARM"], "evidence": ["e:1"]][command] ?? []
        let r = try CLI.run([command] + target + ["--limit", "0", "--db", db])
        #expect(r.status == 64, "\(command): \(r.stderr)")
        #expect(r.stderr.contains("--limit must be at least 1"), "\(r.stderr)")
    }

    @Test func evidenceShowsTheFirstSentencesOfAnIdAndSaysWhenThereAreMore() throws {
        // The membership row with the most article claims of its status.
        let members = try csv(["members", "CSTO"]).lines
        let header = members[0].split(separator: ",").map(String.init)
        let idColumn = try #require(header.firstIndex(of: "id")), articlesColumn = try #require(header.firstIndex(of: "articles"))
        let rows = members.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let busiest = try #require(rows.filter { $0.count > articlesColumn }.max { Int($0[articlesColumn]) ?? 0 < Int($1[articlesColumn]) ?? 0 })
        let id = busiest[idColumn]
        let all = try csv(["evidence", id]).lines
        #expect(all.count >= 3, "\(id) needs two sentences")
        let one = try csv(["evidence", id, "--limit", "1"])
        #expect(one.lines == Array(all.prefix(2)))
        #expect(one.stderr.contains("\(id): the first sentence is shown; there are more"), "\(one.stderr)")
        let whole = try csv(["evidence", id, "--limit", String(all.count - 1)])
        #expect(whole.lines == all)
        #expect(!whole.stderr.contains("there are more"))
    }
}
