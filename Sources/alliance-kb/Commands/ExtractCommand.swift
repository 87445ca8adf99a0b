import ArgumentParser
import Foundation
import KBExtraction
import KBIngest
import KBModel

/// Prints what extraction finds in files, read as `ingest` reads them, without storing anything.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the facts extracted from articles, without storing them.",
        discussion: """
            Reads the files as `ingest` does and prints each article's facts, one per line, with the \
            sentence and rule that gave it; nothing is written.

            Examples:
              alliance-kb extract SampleData/articles/en/en-minsk-summit-tass.txt
              alliance-kb extract article.txt --published 2024-06-14 --language ar --explain
            """)

    @Argument(help: "Article files (.txt, .md, .html, .jsonl).")
    var files: [String]

    @Option(help: "The publication date (YYYY-MM-DD) of articles whose metadata gives none.")
    var published: String?

    @Option(help: "The language (ar, en, ru) of articles whose metadata gives none; detected when omitted.")
    var language: String?

    @Flag(help: "Also show, per sentence, the clauses, entities, dates and cues found, each fact with its rule, and why membership candidates were dropped.")
    var explain = false

    func validate() throws {
        if let published, FuzzyDate(iso: published) == nil { throw ValidationError("--published takes a date such as 2022-11-27, not '\(published)'.") }
        if let language, Language(tag: language) == nil { throw ValidationError("--language takes ar, en or ru, not '\(language)'.") }
    }

    func run() throws {
        let reader = ArticleReader(options: ReaderOptions(published: published.flatMap(FuzzyDate.init(iso:)),
                                                          language: language.flatMap(Language.init(tag:))))
        var failed = false
        for file in files {
            let path = URL(fileURLWithPath: file).standardizedFileURL.path
            for item in reader.read(ArticleFile(absolutePath: path, relativePath: (file as NSString).lastPathComponent)) {
                switch item {
                case .article(let article): show(article)
                case .skipped(let s): FileHandle.standardError.write(Data("\(file): skipped: \(s.reason)\n".utf8))
                case .failed(let p, let reason):
                    failed = true
                    FileHandle.standardError.write(Data("\(p): \(reason)\n".utf8))
                case .warning(let p, let message): FileHandle.standardError.write(Data("\(p): \(message)\n".utf8))
                }
            }
        }
        if failed { throw ExitCode.failure }
    }

    func show(_ article: Article) {
        let f: ArticleFacts
        var trace: ExtractionTrace? = nil
        if explain { (f, trace) = Extractor.shared.explain(article) } else { f = Extractor.shared.extract(article) }
        print("== \(article.path)  language: \(f.language.rawValue)  published: \(f.published?.iso ?? "-") (\(f.publishedBasis.rawValue))")
        if let trace {
            for line in trace.lines { print(line) }
            print("-- facts of the article, after one status per state and one event per happening:")
        }
        for m in f.memberships {
            print("membership  \(m.alliance.code) \(m.state.code) \(m.status.rawValue) \(m.date?.iso ?? "-")  [s\(m.provenance.sentenceIndex) \(m.provenance.rule)]")
        }
        for e in f.events {
            print("event       \(e.type.rawValue) \(e.date?.iso ?? "-") \(e.actors.map(\.code).joined(separator: ";"))  [s\(e.provenance.sentenceIndex) \(e.trigger)]")
        }
        for c in f.conflicts {
            print("conflict    \(c.partyA.code)-\(c.partyB.code) \(c.kind?.rawValue ?? "-")  [s\(c.provenance.sentenceIndex) \(c.provenance.rule)]")
        }
        for p in f.persons {
            print("person      \(p.person.name) | \(p.nameNative) | \(p.state?.code ?? "-") | \(p.role ?? "-")  [s\(p.provenance.sentenceIndex)]")
        }
    }
}
