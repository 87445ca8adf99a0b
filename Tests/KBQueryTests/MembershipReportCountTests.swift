import Foundation
import KBModel
import KBStorage
import Testing
@testable import KBQuery

/// Migration 0004: which claims are dated changes, and the running count of the reports that
/// `members` reads instead of counting every claim.
@Suite struct MembershipReportCountTests {
    /// The stored counts, and the counts over the claims themselves.
    static func counts(_ f: Fixture) throws -> (stored: [String], counted: [String]) {
        let stored = try f.connection.rows(sql: """
            SELECT alliance_id || '/' || state_id || '/' || status || '=' || n FROM membership_report WHERE n > 0 ORDER BY 1
            """).rows.map { $0[0] ?? "" }
        let counted = try f.connection.rows(sql: """
            SELECT alliance_id || '/' || state_id || '/' || status || '=' || COUNT(*) FROM membership
            WHERE article_id IS NOT NULL AND dated_change = 0 GROUP BY alliance_id, state_id, status ORDER BY 1
            """).rows.map { $0[0] ?? "" }
        return (stored, counted)
    }

    @Test func theCountFollowsInsertsChangesAndDeletedArticles() throws {
        let f = try Fixture()
        try f.write(published: "2020-05-01", memberships: [Fixture.claim("CSTO", "KGZ", .member, "2020-05-01"),
                                                           Fixture.claim("CSTO", "ARM", .member, "2020-05-01")])
        let second = try f.write(published: "2021-03-02", memberships: [Fixture.claim("CSTO", "KGZ", .member, "2021-03-02")])
        // A dated change: not a report.
        try f.write(published: "2024-03-01", memberships: [Fixture.claim("CSTO", "ARM", .suspended, "2024-02")],
                    events: [Fixture.event(.membershipChange, "2024-02", ["ARM", "CSTO"])])
        var c = try Self.counts(f)
        #expect(c.stored == c.counted)
        #expect(c.stored.count == 2)
        try f.connection.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [.integer(second)])
        c = try Self.counts(f)
        #expect(c.stored == c.counted)
        let kgz = try f.kb.members(of: Fixture.ref("CSTO")).first { $0.state.code == "KGZ" }
        #expect(kgz?.articles == 1)
    }

    @Test func aClaimDatedAfterItsArticleIsAReportAndNoStart() throws {
        let f = try Fixture()
        try f.write(published: "2019-11-28", memberships: [Fixture.claim("CSTO", "KGZ", .member, "2019-11-28")])
        // "Kyrgyzstan will chair the alliance in 2025", in an article of 2024.
        try f.write(published: "2024-11-29", memberships: [Fixture.claim("CSTO", "KGZ", .member, "2025")])
        let changes = try f.connection.scalar(sql: "SELECT COUNT(*) FROM membership WHERE dated_change = 1").text
        #expect(changes == "0")
        let kgz = try #require(try f.kb.members(of: Fixture.ref("CSTO")).first { $0.state.code == "KGZ" })
        #expect(kgz.status == .member && kgz.from == nil && kgz.articles == 2)
    }

    @Test func aPastDateIsAStartOnlyWhenNoEarlierReportOfTheRunSaysSo() throws {
        let f = try Fixture()
        try f.write(published: "2019-11-28", memberships: [Fixture.claim("CSTO", "BLR", .member, "2019-11-28"),
                                                           Fixture.claim("CSTO", "KAZ", .member, "2019-11-28")])
        // "Belarus, a member since 1994": a start before every report. "In 2021 Kazakhstan, a member, ...": later than a report.
        try f.write(published: "2022-01-06", memberships: [Fixture.claim("CSTO", "BLR", .member, "1994"),
                                                           Fixture.claim("CSTO", "KAZ", .member, "2021")])
        let rows = try f.kb.members(of: Fixture.ref("CSTO"))
        #expect(rows.first { $0.state.code == "BLR" }?.from?.date == "1994")
        #expect(rows.first { $0.state.code == "KAZ" }?.from == nil)
        // At a date between the two, the 2021 claim is not read yet; the 2019 report stands, with no start.
        let at2020 = try f.kb.members(of: Fixture.ref("CSTO"), at: QueryDate(parsing: "2020-06-01"))
        #expect(at2020.first { $0.state.code == "KAZ" }.map { $0.status == .member && $0.from == nil } == true)
    }
}
