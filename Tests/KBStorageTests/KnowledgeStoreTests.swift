import Foundation
import KBModel
import Testing
@testable import KBStorage

@Suite(.temporaryFolders) struct KnowledgeStoreTests {
    let article = Article(path: "a.txt", location: "/data/a.txt", text: "Armenia is a member.")

    @Test func writeOutcomesFollowContentAndLocation() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        guard case .inserted(let first) = try store.write(article: article, contentHash: "h1", facts: sampleFacts()) else {
            Issue.record("not inserted"); return
        }
        #expect(try store.write(article: article, contentHash: "h1", facts: sampleFacts()) == .unchanged(articleID: first))
        var copy = article
        copy.location = "/data/copy.txt"
        copy.path = "copy.txt"
        #expect(try store.write(article: copy, contentHash: "h1", facts: sampleFacts()) == .duplicate(ofPath: "a.txt"))
        #expect(try count(store, "article") == 1)
        #expect(try store.storedArticle(contentHash: "h1")?.path == "a.txt")
        #expect(try store.storedArticle(contentHash: "nope") == nil)
    }

    @Test func replacingAnArticleRemovesItsOldFacts() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "h1", facts: sampleFacts())
        var fewer = sampleFacts(sentences: 1)
        fewer.memberships.removeLast()
        fewer.events = []
        guard case .replaced = try store.write(article: article, contentHash: "h2", facts: fewer) else { Issue.record("not replaced"); return }
        #expect(try count(store, "article") == 1)
        #expect(try count(store, "sentence") == 1)
        #expect(try count(store, "membership") == 1)
        #expect(try count(store, "event") == 0)
        #expect(try count(store, "event_actor") == 0)
        #expect(try store.storedArticle(contentHash: "h1") == nil)
    }

    @Test func factsPointAtTheirSentences() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var facts = sampleFacts(sentences: 3)
        facts.memberships[1].provenance.sentenceIndex = 2
        _ = try store.write(article: article, contentHash: "h", facts: facts)
        let claims = try store.exportTable(.memberships)
        let aze = try #require(claims.rows.firstIndex { $0[claims.columns.firstIndex(of: "state_iso3")!] == "AZE" })
        #expect(claims.value("sentence", in: aze) == "Sentence 2.")
        #expect(claims.value("date", in: aze) == "2022-11-27")
        // sentence_id is not a declared foreign key (see 0001_initial.sql): check that each points into its own article
        for table in ["mention", "membership", "event", "conflict", "person_role"] {
            let stray = try store.database.scalar(sql: """
                SELECT count(*) FROM \(table) f LEFT JOIN sentence s ON s.id = f.sentence_id
                WHERE f.sentence_id IS NOT NULL AND (s.id IS NULL OR s.article_id <> f.article_id)
                """)
            #expect(stray.int64 == 0, "\(table)")
        }
    }

    @Test func theFirstOfTwoEqualClaimsIsKept() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var facts = sampleFacts()
        var weaker = facts.memberships[0]
        weaker.provenance = Provenance(sentenceIndex: 1, rule: "weaker", confidence: 0.3)
        facts.memberships.append(weaker)
        _ = try store.write(article: article, contentHash: "h", facts: facts)
        #expect(try count(store, "membership") == 2)
        #expect(try store.database.scalar(sql: "SELECT rule FROM membership WHERE state_id = (SELECT id FROM entity WHERE code = 'ARM')").text == "test")
    }

    @Test func aFailedWriteLeavesNothingBehind() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var facts = sampleFacts()
        let georgia = EntityRef(kind: .state, code: "GEO", name: "Georgia")
        facts.mentions.append(Mention(entity: georgia, sentenceIndex: 1, start: 10, end: 17, surface: "Georgia"))
        facts.events[0].provenance.sentenceIndex = 42   // no such sentence
        #expect(throws: StoreError.self) { try store.write(article: article, contentHash: "h", facts: facts) }
        for table in ["article", "sentence", "mention", "membership", "entity"] {
            #expect(try count(store, table) == 0, "\(table)")
        }
        // The rolled-back entity ids must not be reused: the same entities store fine afterwards.
        facts.events[0].provenance.sentenceIndex = 0
        guard case .inserted = try store.write(article: article, contentHash: "h", facts: facts) else { Issue.record("not inserted"); return }
        #expect(try store.database.scalar(sql: "PRAGMA foreign_key_check").isNull)
        #expect(try count(store, "mention") == 2)
    }

    @Test func aMentionsSurfaceWithQuotesAndControlsReadsBackAsWritten() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        var facts = sampleFacts()
        let odd = "\"Arm\\enia\"\t\u{1}أرمينيا"
        facts.mentions.append(Mention(entity: EntityRef(kind: .state, code: "GEO", name: "Georgia"), sentenceIndex: 0, start: 20, end: 31, surface: odd))
        _ = try store.write(article: article, contentHash: "h", facts: facts)
        #expect(try store.database.scalar(sql: "SELECT count(*) FROM sentence WHERE mentions IS NOT NULL AND json_valid(mentions) = 0").int64 == 0)
        #expect(try store.database.scalar(sql: "SELECT surface FROM mention WHERE start_offset = 20").text == odd)
        #expect(try store.database.scalar(sql: "SELECT surface FROM mention WHERE start_offset = 0").text == "Armenia")
    }

    @Test func aliasesAreUpsertedOnce() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        let aliases = [Alias(entity: armenia, language: .english, surface: "Armenia", normalized: "armenia"),
                       Alias(entity: armenia, language: .arabic, surface: "أرمينيا", normalized: "ارمينيا"),
                       Alias(entity: csto, language: .english, surface: "CSTO", normalized: "csto")]
        try store.syncAliases(aliases)
        try store.syncAliases(aliases)
        #expect(try count(store, "entity") == 2)
        #expect(try count(store, "alias") == 3)
        var renamed = aliases[0]
        renamed.entity.name = "Republic of Armenia"
        try store.syncAliases([renamed])
        #expect(try store.database.scalar(sql: "SELECT name FROM entity WHERE code = 'ARM'").text == "Republic of Armenia")
        let exported = try store.exportTable(.aliases)
        #expect(exported.rows.count == 3)
    }

    @Test func exportTablesHaveTheDocumentedColumns() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "h", facts: sampleFacts())
        let expected: [ExportTable: [String]] = [
            .articles: ["article_id", "path", "language", "title", "published", "published_precision", "published_basis",
                        "url", "source", "external_id", "content_hash"],
            .memberships: ["fact_id", "alliance", "state_iso3", "state_name", "status", "source_kind", "article_id", "date",
                           "valid_to", "rule", "confidence", "citation", "sentence"],
            .events: ["event_id", "event_type", "date", "date_precision", "date_text", "actors", "location", "trigger", "rule",
                      "article_id", "sentence"],
            .conflicts: ["party_a", "party_b", "kind", "article_id", "sentence"],
            .persons: ["name", "name_native", "state_iso3", "role", "article_id", "sentence", "url", "title", "language"],
            .articleTexts: ["article_id", "path", "language", "text"],
            .entities: ["entity_id", "kind", "code", "name"],
            .mentions: ["article_id", "sentence_index", "code", "kind", "surface", "start_offset", "end_offset"],
            .aliases: ["code", "language", "surface"],
        ]
        #expect(Set(expected.keys) == Set(ExportTable.allCases))
        for (table, columns) in expected {
            let t = try store.exportTable(table)
            #expect(Set(columns).isSubset(of: Set(t.columns)), "\(table): \(t.columns)")
            #expect(table == .aliases || !t.rows.isEmpty, "\(table)")
        }
        let articles = try store.exportTable(.articles)
        // The id follows the content hash (see StableID), the same on every rebuild.
        let hash = try #require(articles.value("content_hash", in: 0))
        #expect(articles.value("article_id", in: 0) == String(StableID.of(["article", hash])))
        #expect(articles.value("published_basis", in: 0) == "metadata")
        let events = try store.exportTable(.events)
        #expect(events.value("actors", in: 0) == "AZE;ARM")
        #expect(events.value("date", in: 0) == "2022-09")
        #expect(events.value("article_id", in: 0) == articles.value("article_id", in: 0))
        #expect(try store.exportTable(.conflicts).value("party_a", in: 0) == "ARM")
    }

    @Test func referenceClaimsHaveNoArticle() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        try store.syncAliases([Alias(entity: csto, language: .english, surface: "CSTO", normalized: "csto"),
                               Alias(entity: armenia, language: .english, surface: "Armenia", normalized: "armenia")])
        try store.database.execute(sql: """
            INSERT INTO membership (source_kind, alliance_id, state_id, status, valid_from, citation)
            SELECT 'reference', a.id, s.id, 'member', '2002-10-07', 'Charter' FROM entity a, entity s WHERE a.code = 'CSTO' AND s.code = 'ARM'
            """)
        let t = try store.exportTable(.memberships)
        #expect(t.value("source_kind", in: 0) == "reference")
        #expect(t.value("article_id", in: 0) == nil)
        #expect(t.value("date", in: 0) == "2002-10-07")
    }

    @Test func statisticsCountTablesLanguagesAndDates() throws {
        let store = try KnowledgeStore(path: temporaryDatabasePath())
        _ = try store.write(article: article, contentHash: "h", facts: sampleFacts())
        var later = Article(path: "b.txt", location: "/data/b.txt", text: "Other.")
        later.published = FuzzyDate(year: 2023)
        var facts = sampleFacts()
        facts.language = .arabic
        facts.published = nil
        _ = try store.write(article: later, contentHash: "h2", facts: facts)
        let stats = try store.statistics()
        #expect(stats.rows.contains { $0 == ["articles", "2"] })
        #expect(stats.rows.contains { $0 == ["articles (en)", "1"] })
        #expect(stats.rows.contains { $0 == ["articles (ar)", "1"] })
        #expect(stats.rows.contains { $0 == ["membership claims", "4"] })
        #expect(stats.rows.contains { $0 == ["first published", "2022-11-27"] })
        #expect(stats.rows.contains { $0 == ["last published", "2023"] })
    }
}
