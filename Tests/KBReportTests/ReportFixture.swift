import Foundation
import KBExtraction
import KBModel
import KBQuery
import KBStorage

/// A fresh knowledge base in a temporary directory, filled with hand-made facts.
final class ReportFixture {
    let directory: URL
    let store: KnowledgeStore
    let kb: KnowledgeBase
    private var articles = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kbreport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try KnowledgeStore(path: directory.appendingPathComponent("kb.sqlite").path)
        kb = KnowledgeBase(connection: store.database)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func ref(_ code: String) -> EntityRef {
        Gazetteer.shared.alliance(code: code) ?? Gazetteer.shared.state(code: code) ?? EntityRef(kind: .person, code: code, name: code)
    }

    static func claim(_ alliance: String, _ state: String, _ status: MembershipStatus, _ date: String?, sentence: Int = 0) -> MembershipClaim {
        MembershipClaim(alliance: ref(alliance), state: ref(state), status: status, date: date.flatMap { FuzzyDate(iso: $0) },
                        provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    static func event(_ type: EventType, _ date: String?, _ actors: [String], sentence: Int = 0) -> Event {
        Event(type: type, date: date.flatMap { FuzzyDate(iso: $0) }, actors: actors.map(ref), trigger: "t",
              provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    /// Stores one article with `sentences` and the facts that point into them.
    func write(published: String?, title: String? = nil, url: String? = nil, sentences: [String],
               memberships: [MembershipClaim] = [], events: [Event] = []) throws {
        articles += 1
        let path = "a\(articles).txt"
        var offset = 0
        let sents = sentences.enumerated().map { i, s in
            defer { offset += s.unicodeScalars.count + 1 }
            return Sentence(index: i, start: offset, end: offset + s.unicodeScalars.count, text: s)
        }
        let article = Article(path: path, location: directory.appendingPathComponent(path).path, title: title,
                              published: published.flatMap { FuzzyDate(iso: $0) }, url: url, text: sentences.joined(separator: " "))
        let facts = ArticleFacts(language: .english, published: article.published, publishedBasis: article.publishedBasis,
                                 sentences: sents, memberships: memberships, events: events, conflicts: [], persons: [])
        _ = try store.write(article: article, contentHash: "hash-\(articles)", facts: facts)
    }

    /// Two articles: Uzbekistan joins and later suspends its CSTO membership; Armenia stays a member.
    static func csto() throws -> ReportFixture {
        let f = try ReportFixture()
        try f.write(published: "2006-08-16", title: "Tashkent returns to the treaty", url: "https://example.org/uzb-2006",
                    sentences: ["Uzbekistan and Armenia sit together again as CSTO members.", "The summit in Sochi closed on time."],
                    memberships: [claim("CSTO", "UZB", .member, "2006"), claim("CSTO", "ARM", .member, "2006")],
                    events: [event(.summit, "2006-08", ["CSTO", "UZB"], sentence: 1)])
        try f.write(published: "2012-12-20", title: "A seat left empty </script><script>alert(1)</script>",
                    sentences: ["Uzbekistan's membership of the CSTO was put on hold this week.", "Armenia criticised the move."],
                    memberships: [claim("CSTO", "UZB", .suspended, "2012-12")],
                    events: [event(.criticism, "2012-12-19", ["ARM", "UZB"], sentence: 1), event(.statement, nil, ["UZB"])])
        return f
    }
}
