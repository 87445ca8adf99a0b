import Foundation
import KBModel
@testable import KBStorage

/// A fresh database file in a temporary folder of its own, removed when the test ends (the suite
/// carries `.temporaryFolders`).
func temporaryDatabasePath() -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("akb-store-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    TemporaryFolders.keep(dir)
    return dir.appendingPathComponent("kb.sqlite").path
}

let csto = EntityRef(kind: .alliance, code: "CSTO", name: "Collective Security Treaty Organization")
let armenia = EntityRef(kind: .state, code: "ARM", name: "Armenia")
let azerbaijan = EntityRef(kind: .state, code: "AZE", name: "Azerbaijan")

/// Facts of a small English article: two sentences, one mention, two claims, an event, a conflict, a person.
func sampleFacts(sentences: Int = 2) -> ArticleFacts {
    var f = ArticleFacts(language: .english, published: FuzzyDate(year: 2022, month: 11, day: 27), publishedBasis: .metadata)
    f.sentences = (0..<sentences).map { Sentence(index: $0, start: $0 * 10, end: $0 * 10 + 9, text: "Sentence \($0).") }
    f.mentions = [Mention(entity: armenia, sentenceIndex: 0, start: 0, end: 7, surface: "Armenia")]
    let p = Provenance(sentenceIndex: 0, rule: "test")
    f.memberships = [MembershipClaim(alliance: csto, state: armenia, status: .member, date: f.published, provenance: p),
                     MembershipClaim(alliance: csto, state: azerbaijan, status: .nonMember, date: f.published, provenance: p)]
    f.events = [Event(type: .attack, date: FuzzyDate(year: 2022, month: 9), actors: [azerbaijan, armenia], trigger: "shelling", provenance: p)]
    f.conflicts = [Conflict(partyA: azerbaijan, partyB: armenia, kind: .border, provenance: p)]
    f.persons = [PersonMention(person: EntityRef(kind: .person, code: "nikol-pashinyan", name: "Nikol Pashinyan"), nameNative: "Pashinyan",
                               state: armenia, role: "prime minister", provenance: p)]
    return f
}

/// The number of rows of `table`.
func count(_ store: KnowledgeStore, _ table: String) throws -> Int64 {
    try store.database.scalar(sql: "SELECT count(*) FROM \(table)").int64 ?? -1
}
