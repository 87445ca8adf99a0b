import Foundation
import KBModel
import Testing
@testable import KBQuery

@Suite struct MembershipQueryTests {
    static let shippedCSV = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("SampleData/reference/memberships.csv").path

    func status(_ rows: [MembershipRow], _ code: String) -> MembershipStatus? {
        rows.first { $0.state.code == code || $0.alliance.code == code }?.status
    }

    /// An article of 2008 says Uzbekistan is a member, one of 2012 that it is suspended.
    func uzbekistanHistory() throws -> Fixture {
        let f = try Fixture()
        try f.write(published: "2008-05-01", sentences: ["Uzbekistan is back in the CSTO."],
                    memberships: [Fixture.claim("CSTO", "UZB", .member, "2008-05-01"), Fixture.claim("CSTO", "ARM", .member, "2008-05-01")])
        try f.write(published: "2012-12-20", sentences: ["The council suspended Uzbekistan."],
                    memberships: [Fixture.claim("CSTO", "UZB", .suspended, "2012-12-19")])
        return f
    }

    @Test func statusBeforeAndAfterAChangeFollowsTheLatestClaim() throws {
        let f = try uzbekistanHistory()
        let csto = Fixture.ref("CSTO")
        #expect(status(try f.kb.members(of: csto, at: QueryDate(parsing: "2010-01-01")), "UZB") == .member)
        #expect(status(try f.kb.members(of: csto, at: QueryDate(parsing: "2013-01-01")), "UZB") == .suspended)
        #expect(status(try f.kb.members(of: csto), "UZB") == .suspended)
        #expect(try f.kb.members(of: csto, at: QueryDate(parsing: "2007")).isEmpty)
    }

    @Test func aReportedStatusHasNoStartButEndsAtTheNextDatedChange() throws {
        let f = try uzbekistanHistory()
        let row = try #require(try f.kb.members(of: Fixture.ref("CSTO"), at: QueryDate(parsing: "2010-01-01")).first { $0.state.code == "UZB" })
        #expect(row.from == nil)
        #expect(row.firstReported == "2008-05-01")
        #expect(row.lastReported == "2008-05-01")
        #expect(row.to?.date == "2012-12-19")
        #expect(row.to?.precision == "day")
        #expect(row.to?.source.hasPrefix("article m:") == true)
        #expect(row.articles == 1)
        #expect(row.sources == "article")
        #expect(row.id.hasPrefix("m:"))
        #expect(row.evidence == "a1.txt: Uzbekistan is back in the CSTO.")
    }

    @Test func articlesThatDisagreeOnTheSameDateAreShown() throws {
        let f = try Fixture()
        for status in [MembershipStatus.member, .member, .suspended] {
            try f.write(published: "2024-02-23", memberships: [Fixture.claim("CSTO", "ARM", status, "2024-02-23")])
        }
        let row = try #require(try f.kb.members(of: Fixture.ref("CSTO")).first)
        #expect(row.status == .member)
        #expect(row.articles == 2)
        #expect(row.disagreement == "member: 2 articles, latest 2024-02-23; suspended: 1 article, latest 2024-02-23")
    }

    @Test func aDatedChangeOutranksLaterReportsAndTheyAreShownAsADisagreement() throws {
        let f = try Fixture()
        try f.write(published: "2024-06-13", sentences: ["Armenia froze its participation in February 2024."],
                    memberships: [Fixture.claim("CSTO", "ARM", .suspended, "2024-02")])
        for day in ["2024-03-01", "2024-11-29"] {
            try f.write(published: day, memberships: [Fixture.claim("CSTO", "ARM", .member, day)])
        }
        let row = try #require(try f.kb.members(of: Fixture.ref("CSTO")).first)
        #expect(row.status == .suspended)
        #expect(row.from?.date == "2024-02")
        #expect(row.from?.precision == "month")
        #expect(row.disagreement == "suspended: 1 article, since 2024-02, latest 2024-06-13; member: 2 articles, latest 2024-11-29")
        // Before the change and before any report nothing is known.
        #expect(try f.kb.members(of: Fixture.ref("CSTO"), at: QueryDate(parsing: "2024-01-15")).isEmpty)
    }

    @Test func aClaimWithoutDateCountsAtItsPublicationDate() throws {
        let f = try Fixture()
        try f.write(published: "2005-01-01", memberships: [Fixture.claim("CSTO", "GEO", .member, nil)])
        try f.write(published: "2020-01-01", memberships: [Fixture.claim("CSTO", "GEO", .formerMember, nil)])
        #expect(status(try f.kb.members(of: Fixture.ref("CSTO"), at: QueryDate(parsing: "2010")), "GEO") == .member)
        #expect(status(try f.kb.members(of: Fixture.ref("CSTO")), "GEO") == .formerMember)
    }

    @Test func articleAndReferenceDisagreementIsShown() throws {
        let f = try Fixture()
        try f.write(published: "2013-03-01", memberships: [Fixture.claim("CSTO", "UZB", .member, "2013-03-01")])
        try ReferenceImporter(connection: f.connection).importFile(at: Self.shippedCSV)
        let at = QueryDate(parsing: "2013-06-01")
        let row = try #require(try f.kb.members(of: Fixture.ref("CSTO"), at: at).first { $0.state.code == "UZB" })
        #expect(row.sources == "both")
        #expect(row.disagreement?.contains("article: member / reference: suspended") == true)
        #expect(row.status == .suspended)
        #expect(row.evidence?.contains("19 December 2012") == true)
        #expect(try f.kb.ask("Is Uzbekistan a member of the CSTO?").answer == .bool(false))
        #expect(status(try f.kb.members(of: Fixture.ref("CSTO"), at: at, source: .articles), "UZB") == .member)
        #expect(status(try f.kb.members(of: Fixture.ref("CSTO"), at: at, source: .reference), "UZB") == .suspended)
    }

    @Test func alliancesOfAStateReadTheOtherWay() throws {
        let f = try Fixture()
        try f.write(published: "2022-11-27", memberships: [Fixture.claim("CSTO", "ARM", .member, "2022-11-27"),
                                                           Fixture.claim("EAEU", "ARM", .member, "2022-11-27"),
                                                           Fixture.claim("CSTO", "AZE", .nonMember, "2022-11-27")])
        let rows = try f.kb.alliances(of: Fixture.ref("ARM"))
        #expect(rows.map(\.alliance.code) == ["CSTO", "EAEU"])
        #expect(try f.kb.alliances(of: Fixture.ref("AZE")).map(\.status) == [.nonMember])
    }

    @Test func unknownNamesListCloseMatches() throws {
        let f = try Fixture()
        #expect(throws: QueryError.self) { try f.kb.resolve("Armeniaa", as: .state) }
        #expect(try f.kb.resolve("ARM", as: .state).code == "ARM")
        #expect(try f.kb.resolve("CSTO", as: .alliance).code == "CSTO")
        #expect(throws: QueryError.wrongKind(name: "CSTO", found: "alliance", expected: "state")) { try f.kb.resolve("CSTO", as: .state) }
        #expect(try f.kb.resolve("منظمة معاهدة الأمن الجماعي", as: .alliance).code == "CSTO")
    }
}
