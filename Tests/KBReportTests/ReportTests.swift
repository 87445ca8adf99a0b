import Foundation
import KBModel
import KBQuery
import Testing
@testable import KBReport

@Suite struct ReportDataTests {
    @Test func everyMatrixCellIsWhatMembersAtSaysThatYear() throws {
        let f = try ReportFixture.csto()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions())
        #expect(data.years.first == 2006 && data.years.last == 2012)
        for (yi, year) in data.years.enumerated() {
            for a in data.alliances {
                let rows = try f.kb.members(of: f.kb.resolve(a.code, as: .alliance), at: QueryDate(parsing: String(year)))
                let cells = data.cells.filter { $0.alliance == a.code && $0.statuses[yi] != nil }
                #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0.state.code, $0.status.rawValue) })
                        == Dictionary(uniqueKeysWithValues: cells.map { ($0.state, $0.statuses[yi]!) }), "\(a.code) \(year)")
            }
        }
        let uzb = try #require(data.cells.first { $0.state == "UZB" })
        #expect(uzb.statuses[data.years.firstIndex(of: 2010)!] == "member")
    }

    @Test func theEventsAreTheTimelineRowsWithUnknownDatesKept() throws {
        let f = try ReportFixture.csto()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions())
        #expect(data.events.map(\.id) == (try f.kb.timeline()).map(\.id))
        #expect(data.events.contains { $0.date == nil && $0.type == "statement" })
        #expect(data.events.first { $0.type == "summit" }?.precision == "month")
    }

    @Test func aStateFilterKeepsOnlyItsRowsAndEvents() throws {
        let f = try ReportFixture.csto()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions(states: ["ARM"]))
        #expect(data.states.map(\.code) == ["ARM"])
        #expect(data.events.allSatisfy { $0.actors.contains("ARM") } && data.events.count == 1)
    }

    @Test func evidenceCarriesTheSentenceAndItsArticle() throws {
        let f = try ReportFixture.csto()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions())
        #expect(data.evidenceComplete)
        let summit = try #require(data.events.first { $0.type == "summit" })
        let ev = try #require(data.evidence[summit.id]?.first)
        #expect(ev.sentence == "The summit in Sochi closed on time.")
        #expect(ev.title == "Tashkent returns to the treaty" && ev.url == "https://example.org/uzb-2006" && ev.published == "2006-08-16")
    }

    @Test func theArabicReportIsRightToLeftWithCLDRNames() throws {
        let f = try ReportFixture.csto()
        let data = try ReportBuilder(kb: f.kb).build(ReportOptions(language: .arabic))
        #expect(data.direction == "rtl" && data.language == "ar")
        #expect(data.names["ARM"] == Locale(identifier: "ar").localizedString(forRegionCode: "AM"))
        #expect(data.statusNames["suspended"] == "عضوية معلقة")
        #expect(try ReportPage.render(data).contains(#"<html lang="ar" dir="rtl">"#))
    }
}

@Suite struct ReportPageTests {
    @Test func thePageLoadsNothingFromOutside() throws {
        let f = try ReportFixture.csto()
        let html = try ReportPage.render(ReportBuilder(kb: f.kb).build(ReportOptions()))
        #expect(InlineCheck.externalReferences(in: html).isEmpty)
        #expect(!html.contains("@import"))
    }

    @Test func textInTheDataCannotCloseTheScript() throws {
        let f = try ReportFixture.csto()
        let html = try ReportPage.render(ReportBuilder(kb: f.kb).build(ReportOptions()))
        // The article title holds "</script><script>": the page still has exactly its two scripts.
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(html.contains("A seat left empty \\u003c/script\\u003e"))
    }

    @Test func theInlineCheckFindsAnExternalReference() {
        #expect(InlineCheck.externalReferences(in: ##"<img src="https://cdn.example/x.png"><a href="#top">"##) == ["https://cdn.example/x.png"])
        #expect(InlineCheck.externalReferences(in: #"<link rel="stylesheet" href="style.css">"#) == ["style.css"])
        #expect(InlineCheck.externalReferences(in: #"<img src="data:image/png;base64,AAAA">"#).isEmpty)
    }
}
