import KBModel
import Testing
@testable import KBIngest

@Suite struct FrontMatterTests {
    @Test func fieldsAreRead() throws {
        let text = """
        ---
        id: am-2023-freeze
        title: "Armenia freezes its participation"
        published: 2024-02-23
        url: https://example.org/a
        source: Example Wire
        language: en
        ---
        Armenia froze its participation in the treaty.
        """
        let (m, body) = try FrontMatter.split(text)
        #expect(m.id == "am-2023-freeze")
        #expect(m.title == "Armenia freezes its participation")
        #expect(m.published == FuzzyDate(year: 2024, month: 2, day: 23))
        #expect(m.url == "https://example.org/a")
        #expect(m.source == "Example Wire")
        #expect(m.language == .english)
        #expect(body == "Armenia froze its participation in the treaty.")
    }

    @Test func textWithoutFrontMatterIsWhole() throws {
        let (m, body) = try FrontMatter.split("No metadata here.\n---\nstill text")
        #expect(m == ArticleMetadata())
        #expect(body == "No metadata here.\n---\nstill text")
    }

    @Test(arguments: [
        ("2022-11-27", "2022-11-27"), ("'2022-11-27 10:00'", "2022-11-27"), ("2022-11-27T23:30:00+03:00", "2022-11-27"),
        ("2022-11-27T10:00:00Z", "2022-11-27"), ("2022-11", "2022-11"), ("\"2022\"", "2022"), ("2022/11/27", "2022-11-27"),
    ])
    func publishedAcceptsDatesAndTimestamps(value: String, expected: String) throws {
        let (m, _) = try FrontMatter.split("---\npublished: \(value)\n---\ntext")
        #expect(m.published?.iso == expected)
    }

    @Test func anUnreadableDateIsAWarningNotAFailure() throws {
        let (m, _) = try FrontMatter.split("---\npublished: last week\n---\ntext")
        #expect(m.published == nil)
        #expect(m.warnings.count == 1)
    }

    @Test func malformedYAMLNamesTheLineOfTheFile() {
        let text = "---\ntitle: Summit\npublished: [2022-11-23\nlanguage: en\n---\nbody"
        #expect {
            try FrontMatter.split(text)
        } throws: { error in
            guard let e = error as? FrontMatterError else { return false }
            return (3...5).contains(e.line) && e.description.contains("line \(e.line)")
        }
    }

    @Test func badIndentationIsReportedAtItsLine() {
        let text = "---\ntitle: A\n  bad: indent\n---\nbody"
        #expect {
            try FrontMatter.split(text)
        } throws: { error in
            (error as? FrontMatterError)?.line == 3
        }
    }

    @Test func unclosedFrontMatterFails() {
        #expect(throws: FrontMatterError.self) { try FrontMatter.split("---\ntitle: A\nno end") }
    }

    @Test func scorerStyleTxtFrontMatterIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("ar-seed.txt", "---\npublished: 2022-11-27\n---\nانعقدت القمة في يريفان.\n")
        let items = ArticleReader().read(ArticleFile(absolutePath: folder.path + "/ar-seed.txt", relativePath: "ar-seed.txt"))
        guard case .article(let a)? = items.first else { Issue.record("no article: \(items)"); return }
        #expect(a.published == FuzzyDate(year: 2022, month: 11, day: 27))
        #expect(a.publishedBasis == .metadata)
        #expect(a.text == "انعقدت القمة في يريفان.")
        #expect(a.format == .txt)
    }
}
