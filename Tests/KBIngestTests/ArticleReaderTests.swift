import Foundation
import KBModel
import Testing
@testable import KBIngest

@Suite struct ArticleReaderTests {
    func read(_ folder: TemporaryFolder, _ name: String, options: ReaderOptions = ReaderOptions()) -> [ReadItem] {
        ArticleReader(options: options).read(ArticleFile(absolutePath: folder.path + "/" + name, relativePath: name))
    }

    func badInput(_ name: String) -> [ReadItem] {
        ArticleReader().read(ArticleFile(absolutePath: sampleData + "/bad-input/" + name, relativePath: name))
    }

    @Test func jsonlGivesOneArticlePerLineAndAFailurePerBadLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("feed.jsonl", """
        {"id": 7, "title": "One", "published": "2022-01-06", "language": "en", "url": "https://e.org/1", "source": "Wire", "text": "Troops landed in Almaty."}
        not json at all

        {"title": "no text here"}
        {"body": "Second article in the body field."}
        ["an", "array"]
        {"content": "Third\\r\\narticle."}
        """)
        let items = read(folder, "feed.jsonl")
        let articles = items.compactMap { if case .article(let a) = $0 { a } else { nil } }
        let failures = items.compactMap { if case .failed(let p, let r) = $0 { (p, r) } else { nil } }
        #expect(articles.map(\.path) == ["feed.jsonl#1", "feed.jsonl#5", "feed.jsonl#7"])
        #expect(articles[0].location == folder.path + "/feed.jsonl#1")
        #expect(articles[0].externalID == "7")
        #expect(articles[0].title == "One")
        #expect(articles[0].published == FuzzyDate(year: 2022, month: 1, day: 6))
        #expect(articles[0].declaredLanguage == .english)
        #expect(articles[0].url == "https://e.org/1")
        #expect(articles[0].source == "Wire")
        #expect(articles[0].format == .jsonl)
        #expect(articles[2].text == "Third\narticle.")
        #expect(failures.map(\.0) == ["feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:6"])
        #expect(failures[0].1 == "not valid JSON")
        #expect(failures[1].1.contains("no \"text\" field"))
    }

    @Test func badLinesSampleKeepsTheGoodLine() {
        let items = badInput("bad-lines.jsonl")
        #expect(items.count == 2)
        guard case .article(let a) = items[0], case .failed(let path, _) = items[1] else {
            Issue.record("unexpected \(items)"); return
        }
        #expect(a.externalID == "kz-2022")
        #expect(path == "bad-lines.jsonl:2")
    }

    @Test(arguments: [
        ("empty.txt", "skipped", "empty file"),
        ("binary.txt", "skipped", "binary file"),
        ("not-text.txt", "failed", "not UTF-8, UTF-16 or Windows-1256"),
        ("broken-front-matter.md", "failed", "line 3"),
        ("empty-page.html", "skipped", "without visible text"),
    ])
    func eachBadInputGivesItsReason(name: String, kind: String, reason: String) {
        let items = badInput(name)
        #expect(items.count == 1)
        switch items.first {
        case .skipped(let s)?: #expect(kind == "skipped" && s.path == name && s.reason.contains(reason), "\(s)")
        case .failed(let p, let r)?: #expect(kind == "failed" && p == name && r.contains(reason), "\(r)")
        default: Issue.record("\(name): \(items)")
        }
    }

    @Test(arguments: [
        ("arabic-windows-1256.txt", Language?.none, "أعلنت منظمة"),
        ("english-utf16le.txt", Language?.none, "Belarus hosted"),
        ("arabic-utf16be.md", Language.arabic, "استضافت موسكو"),
    ])
    func encodedSamplesAreRead(name: String, language: Language?, start: String) {
        guard case .article(let a)? = badInput(name).first else { Issue.record("\(name) not read"); return }
        #expect(a.text.hasPrefix(start))
        #expect(a.declaredLanguage == language)
        #expect(!a.text.contains("\r"))
    }

    @Test func commandLineDateAndLanguageFillOnlyWhatMetadataLeavesOpen() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain.txt", "Text without metadata.")
        try folder.write("dated.md", "---\npublished: 2020-02-02\nlanguage: ru\n---\nТекст.")
        let options = ReaderOptions(published: FuzzyDate(year: 2022, month: 11, day: 27), language: .arabic)
        guard case .article(let plain)? = read(folder, "plain.txt", options: options).first,
              case .article(let dated)? = read(folder, "dated.md", options: options).first else {
            Issue.record("not read"); return
        }
        #expect(plain.published == FuzzyDate(year: 2022, month: 11, day: 27))
        #expect(plain.publishedBasis == .commandLine)
        #expect(plain.declaredLanguage == .arabic)
        #expect(dated.published == FuzzyDate(year: 2020, month: 2, day: 2))
        #expect(dated.publishedBasis == .metadata)
        #expect(dated.declaredLanguage == .russian)
    }

    @Test func withoutMetadataLanguageIsLeftToDetection() throws {
        let folder = try TemporaryFolder()
        try folder.write("plain.txt", "Text without metadata.")
        guard case .article(let a)? = read(folder, "plain.txt").first else { Issue.record("not read"); return }
        #expect(a.declaredLanguage == nil)
        #expect(a.published == nil)
        #expect(a.publishedBasis == .unknown)
    }

    @Test func aFileAboveTheLimitIsCutAtALineBreakWithAWarning() throws {
        let folder = try TemporaryFolder()
        let line = "Армения заморозила участие в договоре.\n"    // 2-byte letters, so a blind cut would split one
        try folder.write("big.txt", String(repeating: line, count: 200))
        let items = read(folder, "big.txt", options: ReaderOptions(maxTextBytes: 1000))
        guard case .warning(_, let message)? = items.first, case .article(let a)? = items.last else {
            Issue.record("\(items)"); return
        }
        #expect(message.contains("only the first"))
        #expect(a.text.utf8.count <= 1000)
        #expect(a.text.hasSuffix("договоре."))
    }

    @Test func aFiftyMegabyteFileIsReadUpToTheDefaultLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/huge.txt"
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(String(repeating: "The treaty members met again in Minsk.\n", count: 27_000).utf8)  // 1 MiB
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let items = ArticleReader().read(ArticleFile(absolutePath: path, relativePath: "huge.txt"))
        #expect(items.count == 2)
        guard case .warning(_, let message)? = items.first, case .article(let a)? = items.last else {
            Issue.record("\(items.count) items"); return
        }
        #expect(message.contains("50 MB") && message.contains("5.0 MB"))
        #expect(a.text.utf8.count <= ReaderOptions.defaultMaxTextBytes)
        #expect(a.text.utf8.count > ReaderOptions.defaultMaxTextBytes - 100)
    }

    @Test func aMissingFileFailsWithTheSystemReason() {
        let items = ArticleReader().read(ArticleFile(absolutePath: "/nonexistent/x.txt", relativePath: "x.txt"))
        guard case .failed(_, let reason)? = items.first else { Issue.record("\(items)"); return }
        #expect(reason.contains("No such file"))
    }
}
