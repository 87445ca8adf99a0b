import Foundation
import KBExtraction
import KBModel
import KBStorage
@testable import KBQuery

/// A fresh knowledge base in a temporary directory, filled with hand-made facts.
final class Fixture {
    let directory: URL
    let store: KnowledgeStore
    let kb: KnowledgeBase
    var connection: Database { store.database }
    private var articles = 0

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kbquery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try KnowledgeStore(path: directory.appendingPathComponent("kb.sqlite").path)
        kb = KnowledgeBase(connection: store.database)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static func ref(_ code: String) -> EntityRef {
        if let e = Gazetteer.shared.alliance(code: code) ?? Gazetteer.shared.state(code: code) { return e }
        return EntityRef(kind: .person, code: code, name: code)
    }

    /// One membership claim, as `facts` would carry it.
    static func claim(_ alliance: String, _ state: String, _ status: MembershipStatus, _ date: String?, sentence: Int = 0) -> MembershipClaim {
        MembershipClaim(alliance: ref(alliance), state: ref(state), status: status, date: date.flatMap { FuzzyDate(iso: $0) },
                        provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    static func event(_ type: EventType, _ date: String?, _ actors: [String], trigger: String = "t", sentence: Int = 0) -> Event {
        Event(type: type, date: date.flatMap { FuzzyDate(iso: $0) }, actors: actors.map(ref), trigger: trigger,
              provenance: Provenance(sentenceIndex: sentence, rule: "test"))
    }

    /// Stores one article with `sentences` and the facts that point into them.
    @discardableResult
    func write(published: String?, sentences: [String] = ["A sentence."], language: Language = .english,
               memberships: [MembershipClaim] = [], events: [Event] = [], conflicts: [Conflict] = [],
               persons: [PersonMention] = [], mentions: [(code: String, sentence: Int)] = []) throws -> Int64 {
        articles += 1
        let path = "a\(articles).txt"
        var offset = 0
        let sents = sentences.enumerated().map { i, s in
            defer { offset += s.unicodeScalars.count + 1 }
            return Sentence(index: i, start: offset, end: offset + s.unicodeScalars.count, text: s)
        }
        let article = Article(path: path, location: directory.appendingPathComponent(path).path,
                              published: published.flatMap { FuzzyDate(iso: $0) }, text: sentences.joined(separator: " "))
        let facts = ArticleFacts(language: language, published: article.published, publishedBasis: article.publishedBasis,
                                 sentences: sents, mentions: mentions.map { Mention(entity: Fixture.ref($0.code), sentenceIndex: $0.sentence, start: 0, end: 1, surface: $0.code) },
                                 memberships: memberships, events: events, conflicts: conflicts, persons: persons)
        switch try store.write(article: article, contentHash: "hash-\(articles)", facts: facts) {
        case .inserted(let id), .replaced(let id), .unchanged(let id): return id
        case .duplicate(let path): throw FixtureError.duplicate(path)
        }
    }
}

enum FixtureError: Error { case duplicate(String) }
