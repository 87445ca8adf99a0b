import KBModel
import KBStorage

extension IngestPipeline {
    /// A pipeline writing to the SQLite knowledge base at `storePath` (created and migrated as needed).
    /// The writer and the reader's look-ups use two connections; SQLite's WAL lets them overlap.
    public convenience init(storePath: String, options: IngestOptions = IngestOptions(), busyTimeout: Double = 10) {
        self.init(options: options) {
            KnowledgeStoreAdapter(try KnowledgeStore(path: storePath, busyTimeout: busyTimeout))
        }
    }
}

/// `KnowledgeStore` seen as the pipeline's `ArticleStore`.
final class KnowledgeStoreAdapter: ArticleStore {
    let store: KnowledgeStore

    init(_ store: KnowledgeStore) {
        self.store = store
    }

    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        switch try store.write(article: article, contentHash: contentHash, facts: facts) {
        case .inserted: .inserted
        case .replaced: .replaced
        case .unchanged: .unchanged
        case .duplicate(let path): .duplicate(ofPath: path)
        }
    }

    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        try store.storedArticle(contentHash: contentHash)
    }

    func syncAliases(_ aliases: [Alias]) throws {
        try store.syncAliases(aliases)
    }

    func beginBatch() throws {
        try store.database.execute(sql: "BEGIN IMMEDIATE")
    }

    func commitBatch() throws {
        try store.database.execute(sql: "COMMIT")
    }
}
