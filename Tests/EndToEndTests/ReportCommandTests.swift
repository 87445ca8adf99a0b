import Foundation
import KBReport
import Testing

/// `alliance-kb report` opened in headless Chromium: what a reader sees after the script ran.
@Suite struct ReportInBrowserTests {
    static let skip = "chromium is not installed: `apt-get install chromium` (.ci/run installs it) to run the browser tests"

    func cell(_ dom: String, _ alliance: String, _ state: String) -> String? {
        let re = try! NSRegularExpression(pattern: #"data-alliance="\#(alliance)" data-state="\#(state)" data-status="([^"]*)""#)
        guard let m = re.firstMatch(in: dom, range: NSRange(dom.startIndex..., in: dom)), let r = Range(m.range(at: 1), in: dom) else { return nil }
        return String(dom[r])
    }

    func attribute(_ dom: String, id: String, _ name: String) -> String? {
        let re = try! NSRegularExpression(pattern: #"id="\#(id)"[^>]*\#(name)="([^"]*)""#)
        guard let m = re.firstMatch(in: dom, range: NSRange(dom.startIndex..., in: dom)), let r = Range(m.range(at: 1), in: dom) else { return nil }
        return String(dom[r])
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func theMatrixRedrawsEachStatesStatusAtTheYearChosen() throws {
        let s = try SampleReport.shared.get()
        let y2010 = try Browser.dom(s.english, fragment: "year=2010"), y2013 = try Browser.dom(s.english, fragment: "year=2013")
        #expect(y2010.contains(#"data-year="2010""#) && y2013.contains(#"data-year="2013""#))
        #expect(cell(y2010, "CSTO", "UZB") == "member")
        #expect(cell(y2013, "CSTO", "UZB") == "suspended")
        for (state, status) in [("ARM", "member"), ("AZE", "former-member"), ("GEO", "former-member")] {
            #expect(cell(y2010, "CSTO", state) == status && cell(y2013, "CSTO", state) == status, "\(state)")
        }
        // Where article and reference disagree (Sweden and NATO in 2024: applicant by the reference,
        // not a member by the articles) the cell is marked.
        let y2024 = try Browser.dom(s.english, fragment: "year=2024")
        #expect(y2024.contains(#"class="cell st-applicant disagree" data-alliance="NATO" data-state="SWE""#))
        // The legend says each status in words, not colour alone.
        #expect(y2013.contains("former member") && y2013.contains("suspended"))
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func theTimelineHoldsEveryEventOfTheCLIAndATypeFilterNarrowsIt() throws {
        let s = try SampleReport.shared.get()
        let all = try s.timeline(), summits = try s.timeline(["--type", "summit"])
        #expect(all.count > summits.count && !summits.isEmpty)
        let dom = try Browser.dom(s.english)
        #expect(attribute(dom, id: "tl-count", "data-count") == String(all.count))
        let filtered = try Browser.dom(s.english, fragment: "type=summit")
        #expect(attribute(filtered, id: "tl-count", "data-count") == String(summits.count))
        #expect(filtered.contains(#"class="mark event""#))
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func clickingAMarkOpensItsEvidence() throws {
        let s = try SampleReport.shared.get()
        let summit = try #require(try s.timeline(["--type", "summit"]).first { ($0["date"] as? String)?.first?.isNumber == true })
        let id = try #require(summit["id"] as? String)
        let sentence = try #require((summit["evidence"] as? String)?.components(separatedBy: ": ").dropFirst().joined(separator: ": "))
        let dom = try Browser.dom(s.english, fragment: "type=summit&evidence=\(id)")
        #expect(attribute(dom, id: "evidence", "data-open") == id)
        let escaped = sentence.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(dom.contains(#"<div class="sentence" dir="auto">\#(escaped)</div>"#))
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func theArabicPageIsLaidOutRightToLeftWithArabicNames() throws {
        let s = try SampleReport.shared.get()
        let dom = try Browser.dom(s.arabic)
        #expect(dom.contains(#"<html lang="ar" dir="rtl">"#))
        let armenia = try #require(Locale(identifier: "ar").localizedString(forRegionCode: "AM"))
        #expect(dom.contains(">\(armenia)</th>"))
        #expect(dom.contains("مصفوفة العضوية"))
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func aScreenshotIsSavedAsAnArtifact() throws {
        let s = try SampleReport.shared.get()
        let dir = CLI.root.appendingPathComponent(".build/artifacts")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let png = dir.appendingPathComponent("report.png")
        try? FileManager.default.removeItem(at: png)
        try Browser.screenshot(s.english, fragment: "year=2013", to: png)
        let data = try Data(contentsOf: png)
        #expect(data.count > 10_000 && data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test(.enabled(if: Browser.available, Comment(rawValue: skip)))
    func theRenderedPageReferencesNothingOutside() throws {
        let s = try SampleReport.shared.get()
        for page in [s.english, s.arabic] {
            #expect(InlineCheck.externalReferences(in: try Browser.dom(page, fragment: "year=2013&type=summit")).isEmpty)
        }
    }
}

@Suite struct ReportCommandTests {
    @Test func theWrittenPageIsSelfContained() throws {
        let s = try SampleReport.shared.get()
        for page in [s.english, s.arabic] {
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(InlineCheck.externalReferences(in: html).isEmpty)
            #expect(!html.contains("<script src") && !html.contains("<link"))
        }
    }

    @Test func aBadLanguageIsABadArgument() throws {
        let r = try CLI.run(["report", "--out", "/tmp/x.html", "--lang", "fr", "--db", "/nonexistent.sqlite"])
        #expect(r.status == 64 && r.stderr.contains("use ar, en or ru"))
    }

    @Test func aMissingDatabaseSaysHowToBuildOne() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["report", "--out", dir.appendingPathComponent("r.html").path, "--db", dir.appendingPathComponent("none.sqlite").path])
        #expect(r.status == 1 && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.html").path))
    }
}
