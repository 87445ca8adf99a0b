import ArgumentParser
import Foundation
import KBExtraction
import KBModel

/// Prints what extraction finds in one article, without storing anything.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show the facts extracted from one text file, without storing them.")

    @Argument(help: "UTF-8 text files.")
    var files: [String]

    @Option(help: "The publication date (YYYY-MM-DD), to resolve relative dates.")
    var published: String?

    @Option(help: "The language (ar, en, ru); detected when omitted.")
    var language: String?

    func run() throws {
        for file in files { try show(file) }
    }

    func show(_ file: String) throws {
        guard let data = FileManager.default.contents(atPath: file), var text = String(data: data, encoding: .utf8) else {
            throw ValidationError("Cannot read \(file) as UTF-8 text.")
        }
        var date = published.flatMap(FuzzyDate.init(iso:))
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
            for line in text[text.startIndex..<end.lowerBound].split(separator: "\n") where line.hasPrefix("published:") {
                date = date ?? FuzzyDate(iso: String(line.dropFirst("published:".count)))
            }
            text = String(text[end.upperBound...])
        }
        let article = Article(path: file, published: date, declaredLanguage: language.flatMap(Language.init(tag:)), text: text)
        let f = Extractor.shared.extract(article)
        print("language: \(f.language.rawValue)  published: \(f.published?.iso ?? "-") (\(f.publishedBasis.rawValue))")
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
