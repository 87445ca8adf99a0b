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

    private static func outcome(_ o: KnowledgeStore.WriteOutcome) -> StoreOutcome {
        switch o {
        case .inserted: .inserted
        case .replaced: .replaced
        case .unchanged: .unchanged
        case .duplicate(let path): .duplicate(ofPath: path)
        }
    }

    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        Self.outcome(try store.write(article: article, contentHash: contentHash, facts: facts))
    }

    func writeInBatch(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        Self.outcome(try store.writeInBatch(article: article, contentHash: contentHash, facts: facts))
    }

    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)? {
        try store.storedArticle(contentHash: contentHash)
    }

    func syncAliases(_ aliases: [Alias]) throws {
        try store.syncAliases(aliases)
    }

    func beginBatch() throws { try store.beginBatch() }
    func commitBatch() throws { try store.commitBatch() }
    func rollbackBatch() { store.rollbackBatch() }
    func beginBulkLoad() throws { try store.beginBulkLoad() }
    func finishBulkLoad() throws { try store.buildDeferredIndexes() }

    private static func stamp(_ file: ArticleFile, reader: String) -> KnowledgeStore.FileStamp {
        KnowledgeStore.FileStamp(size: file.status.size, modified: file.status.modified, changed: file.status.changed,
                                 inode: Int64(bitPattern: file.status.inode), reader: reader)
    }

    func unchangedFile(_ file: ArticleFile, reader: String) throws -> Int? {
        guard file.status.inode != 0 else { return nil }
        return try store.unchangedFile(location: file.absolutePath, stamp: Self.stamp(file, reader: reader))
    }

    func recordFile(_ file: ArticleFile, reader: String, articles: Int) throws {
        guard file.status.inode != 0 else { return }
        try store.recordFile(location: file.absolutePath, stamp: Self.stamp(file, reader: reader), articles: articles)
    }
}
