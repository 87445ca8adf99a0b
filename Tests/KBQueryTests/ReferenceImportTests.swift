import Foundation
import KBModel
import Testing
@testable import KBQuery

@Suite struct ReferenceImportTests {
    func members(_ f: Fixture, _ at: String) throws -> [MembershipRow] {
        try f.kb.members(of: Fixture.ref("CSTO"), at: QueryDate(parsing: at), source: .reference)
    }

    @Test func uzbekistanIsAMemberIn2010AndNotIn2013() throws {
        let f = try Fixture()
        try ReferenceImporter(connection: f.connection).importFile(at: MembershipQueryTests.shippedCSV)
        #expect(try members(f, "2010-01-01").first { $0.state.code == "UZB" }?.status == .member)
        let uzb2013 = try members(f, "2013-01-01").first { $0.state.code == "UZB" }
        #expect(uzb2013?.status == .suspended)
        #expect(uzb2013?.disagreement?.contains("reference sources disagree") == true)
        #expect(try members(f, "2013-01-01").filter { $0.status == .member }.map(\.state.code) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"])
    }

    @Test func theShippedFileHasAllThirtyTwoNATOMembersToday() throws {
        let f = try Fixture()
        try ReferenceImporter(connection: f.connection).importFile(at: MembershipQueryTests.shippedCSV)
        let nato = try f.kb.members(of: Fixture.ref("NATO"), source: .reference)
        #expect(nato.filter { $0.status == .member }.count == 32)
        let finland2022 = try f.kb.members(of: Fixture.ref("NATO"), at: QueryDate(parsing: "2022-12-01"), source: .reference)
        #expect(finland2022.first { $0.state.code == "FIN" }?.status == .applicant)
    }

    @Test func importingTheSameFileAgainReplacesItsRows() throws {
        let f = try Fixture()
        let importer = ReferenceImporter(connection: f.connection)
        let first = try importer.importFile(at: MembershipQueryTests.shippedCSV)
        let second = try importer.importFile(at: MembershipQueryTests.shippedCSV)
        #expect(second.replaced == first.imported)
        let count = try f.connection.fetch("SELECT COUNT(*) FROM membership WHERE source_kind = 'reference'", []).rows[0][0]
        #expect(count == String(first.imported))
    }

    @Test(arguments: [
        ("CSTO,XXX,member,2001,,,,src,\n", "unknown state code"),
        ("FOO,ARM,member,2001,,,,src,\n", "unknown alliance code"),
        ("CSTO,ARM,friend,2001,,,,src,\n", "unknown status"),
        ("CSTO,ARM,member,May 2001,,,,src,\n", "is not a date"),
        ("CSTO,ARM,member,2001,,1999,,src,\n", "is not after"),
        ("CSTO,ARM,member,2001,,,,,\n", "source column is empty"),
    ])
    func badRowsAreRefusedWithTheirLineNumber(row: String, reason: String) throws {
        let text = "alliance,state_iso3,status,from,from_precision,to,to_precision,source,note\nCSTO,ARM,member,1992,,,,ok,\n" + row
        do {
            _ = try ReferenceImporter.parse(csv: text)
            Issue.record("expected an error")
        } catch let error as ReferenceImportError {
            guard case .invalid(let line, let message) = error else { Issue.record("\(error)"); return }
            #expect(line == 3)
            #expect(message.contains(reason))
        }
    }

    @Test func aFileWithoutTheColumnsIsRefused() {
        #expect(throws: ReferenceImportError.missingColumns(["status", "from", "to", "source"])) {
            try ReferenceImporter.parse(csv: "alliance,state_iso3\nCSTO,ARM\n")
        }
    }
}
