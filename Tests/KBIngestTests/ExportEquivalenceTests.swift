import Foundation
import KBExtraction
import KBModel
import KBStorage
import Testing
@testable import KBIngest

/// The fast ingest (batches without savepoints, indexes built after a bulk load, foreign keys off
/// inside bulk batches, claim time columns computed by the store, files skipped by `stat` on a
/// re-ingest) stores exactly what the plain path stores: each article extracted and written alone,
/// in its own transaction, into a knowledge base with every index and foreign key, its claim time
/// columns then recomputed with the SQL of the triggers of migrations 0003 and 0004. Every export table is compared.
@Suite struct ExportEquivalenceTests {
    /// A corpus of our own sentences in the three languages and four formats, varied by state, alliance and date.
    static func generatedCorpus(in folder: TemporaryFolder, articles: Int) throws {
        let en = [("Armenia", "the Collective Security Treaty Organization"), ("Kazakhstan", "the Shanghai Cooperation Organisation"),
                  ("Georgia", "NATO"), ("Belarus", "the Eurasian Economic Union")]
        let ar = [("أرمينيا", "منظمة معاهدة الأمن الجماعي"), ("كازاخستان", "منظمة شنغهاي للتعاون"), ("جورجيا", "حلف شمال الأطلسي")]
        let ru = [("Армения", "ОДКБ"), ("Казахстан", "ШОС"), ("Белоруссия", "ЕАЭС")]
        let enMonths = ["January", "March", "June", "September", "November"]
        let arMonths = ["يناير", "مارس", "يونيو", "سبتمبر", "نوفمبر"]
        let ruMonths = ["января", "марта", "июня", "сентября", "ноября"]
        var feed = ""
        for i in 0..<articles {
            let year = 1995 + i % 28, day = 1 + i % 27
            let text: String
            switch i % 3 {
            case 0:
                let (s, a) = en[i % en.count], (s2, _) = en[(i + 1) % en.count]
                text = """
                    \(s) said on \(enMonths[i % 5]) \(day), \(year) that it would stay a member of \(a).
                    The leaders of \(s) and \(s2) met in Minsk to discuss the border dispute between them.
                    In \(year), \(s) froze its participation in \(a) in protest. Its foreign minister criticised the bloc.
                    """
            case 1:
                let (s, a) = ar[i % ar.count], (s2, _) = ar[(i + 1) % ar.count]
                text = """
                    أعلنت \(s) في \(day) \(arMonths[i % 5]) \(year) انضمامها إلى \(a).
                    واتهمت \(s) جارتها \(s2) بخرق الهدنة على الحدود بين البلدين.
                    وقال وزير خارجية \(s) إن بلاده لا تنوي الانسحاب من \(a).
                    """
            default:
                let (s, a) = ru[i % ru.count], (s2, _) = ru[(i + 1) % ru.count]
                text = """
                    \(s) \(day) \(ruMonths[i % 5]) \(year) года приостановила участие в \(a).
                    Президенты стран \(s) и \(s2) провели переговоры в Москве.
                    """
            }
            let published = i % 4 == 0 ? "" : "published: \(year)-0\(1 + i % 9)-1\(i % 10)\n"
            switch i % 5 {
            case 0, 1: try folder.write("g/\(i).txt", published.isEmpty ? text : "---\n\(published)---\n\(text)\n")
            case 2: try folder.write("g/\(i).md", "---\ntitle: Article \(i)\n\(published)---\n\(text)\n")
            case 3: try folder.write("g/\(i).html", "<html><head><title>A \(i)</title></head><body><article>"
                                     + text.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + "</article></body></html>")
            default:
                let json = try JSONSerialization.data(withJSONObject: ["text": text, "published": "\(year)-05-0\(1 + i % 9)"])
                feed += String(decoding: json, as: UTF8.self) + "\n"
            }
        }
        try folder.write("g/feed.jsonl", feed)
    }

    /// Every article under `paths` extracted and written alone, through `KnowledgeStore.write`.
    static func referenceIngest(_ paths: [String], db: String) throws {
        let store = try KnowledgeStore(path: db)
        try store.syncAliases(Gazetteer.shared.aliases)
        let reader = ArticleReader()
        for file in FolderWalker.walk(paths).files {
            for item in reader.read(file) {
                guard case .article(let article) = item else { continue }
                let hash = ContentHash.of(text: article.text)
                var facts = Extractor.shared.extract(article)
                if let stored = try store.storedArticle(contentHash: hash), stored.location != article.location {
                    facts = ArticleFacts(language: article.declaredLanguage ?? .english, published: nil, publishedBasis: .unknown)
                }
                _ = try store.write(article: article, contentHash: hash, facts: facts)
            }
        }
        // The claim time columns as the triggers of migrations 0003 and 0004 computed them.
        try store.database.execute(sql: """
            UPDATE membership SET
                published = (SELECT CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END FROM article ar WHERE ar.id = membership.article_id),
                dated_change = CASE
                    WHEN article_id IS NULL THEN 1
                    WHEN claim_date > '' AND claim_date NOT LIKE 'X%'
                         AND ((claim_date IS NOT (SELECT published FROM article WHERE id = membership.article_id)
                               AND NOT claim_date > COALESCE((SELECT CASE WHEN published NOT LIKE 'X%' THEN published END
                                                              FROM article WHERE id = membership.article_id), '9999'))
                              OR EXISTS (SELECT 1 FROM event e JOIN event_actor ea ON ea.event_id = e.id AND ea.entity_id = membership.state_id
                                         WHERE e.article_id = membership.article_id AND e.sentence_id = membership.sentence_id
                                           AND e.event_type = 'membership-change' AND e.date = membership.claim_date)) THEN 1
                    ELSE 0 END
            """)
    }

    static func exports(_ db: String) throws -> [String: ResultTable] {
        let store = try KnowledgeStore(existing: db)
        var out: [String: ResultTable] = [:]
        for t in ExportTable.allCases { out[t.rawValue] = try store.exportTable(t) }
        out["claim_time"] = try store.database.rows(sql: "SELECT id, published, dated_change FROM membership ORDER BY id")
        out["indexes"] = try store.database.rows(sql: "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
        return out
    }

    static func expectSame(_ fast: [String: ResultTable], _ reference: [String: ResultTable]) {
        #expect(fast.keys.sorted() == reference.keys.sorted())
        for (name, table) in reference.sorted(by: { $0.key < $1.key }) {
            let other = fast[name]
            #expect(other?.columns == table.columns, "\(name): columns")
            #expect(other?.rows.count == table.rows.count, "\(name): \(other?.rows.count ?? -1) rows, reference \(table.rows.count)")
            if let other, other.rows != table.rows {
                let i = (0..<min(other.rows.count, table.rows.count)).first { other.rows[$0] != table.rows[$0] } ?? min(other.rows.count, table.rows.count)
                Issue.record("\(name) differs at row \(i): \(i < other.rows.count ? "\(other.rows[i])" : "-") vs \(i < table.rows.count ? "\(table.rows[i])" : "-")")
            }
        }
    }

    func compare(_ paths: [String], in folder: TemporaryFolder) throws {
        let fastDB = folder.path + "/fast.sqlite", referenceDB = folder.path + "/reference.sqlite"
        let options = IngestOptions(jobs: 2, showProgress: false)
        let first = try IngestPipeline(storePath: fastDB, options: options).run(paths: paths)
        #expect(first.inserted > 0)
        try Self.referenceIngest(paths, db: referenceDB)
        let reference = try Self.exports(referenceDB)
        #expect((reference["memberships"]?.rows.count ?? 0) > 0)
        #expect((reference["events"]?.rows.count ?? 0) > 0)
        Self.expectSame(try Self.exports(fastDB), reference)
        #expect(try KnowledgeStore(existing: fastDB).database.scalar(sql: "SELECT count(*) FROM deferred_index").int64 == 0)

        // A re-ingest skips the unchanged files by `stat` and changes nothing.
        let again = try IngestPipeline(storePath: fastDB, options: options).run(paths: paths)
        #expect(again.inserted == 0 && again.replaced == 0)
        #expect(again.unchanged == first.inserted + first.unchanged)
        Self.expectSame(try Self.exports(fastDB), reference)
    }

    @Test func sampleDataExportsTheSameFactsAsThePlainPath() throws {
        let folder = try TemporaryFolder()
        try compare([sampleData + "/articles"], in: folder)
    }

    @Test func aGeneratedCorpusExportsTheSameFactsAsThePlainPath() throws {
        let folder = try TemporaryFolder()
        try Self.generatedCorpus(in: folder, articles: 120)
        try compare([folder.path + "/g"], in: folder)
    }
}
