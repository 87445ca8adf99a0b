import KBModel

/// What happened to one article in the store.
public enum StoreOutcome: Equatable, Sendable {
    case inserted
    /// An earlier version at the same location was replaced, with its facts.
    case replaced
    /// The same text is already stored at this location.
    case unchanged
    /// The same text is already stored under another path.
    case duplicate(ofPath: String)
}

/// The part of the knowledge store the pipeline writes through (KBStorage's `KnowledgeStore`
/// conforms); a protocol so that the pipeline can be tested without SQLite.
public protocol ArticleStore: AnyObject {
    /// Stores one article and its facts in one transaction.
    func write(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome
    /// Stores one article inside the batch opened by `beginBatch`, without a transaction of its own:
    /// after a throw the article may be half written, and the caller rolls the batch back.
    func writeInBatch(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome
    /// The article already stored with this content hash, if any.
    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)?
    /// Makes the stored aliases match the gazetteer.
    func syncAliases(_ aliases: [Alias]) throws
    /// Opens a transaction that groups the next writes into one commit.
    func beginBatch() throws
    /// Commits the writes made since `beginBatch`.
    func commitBatch() throws
    /// Undoes the writes made since `beginBatch`.
    func rollbackBatch()
    /// Prepares a load into an empty store (secondary indexes deferred); a no-op otherwise.
    func beginBulkLoad() throws
    /// Builds what `beginBulkLoad` deferred, also after an interrupted run.
    func finishBulkLoad() throws
    /// How many articles `file` gave when it was last read, if it has not changed since and they are all still stored.
    func unchangedFile(_ file: ArticleFile, reader: String) throws -> Int?
    /// Records that all `articles` of `file` are stored at its own location (inside the open batch).
    func recordFile(_ file: ArticleFile, reader: String, articles: Int) throws
}

extension ArticleStore {
    public func writeInBatch(article: Article, contentHash: String, facts: ArticleFacts) throws -> StoreOutcome {
        try write(article: article, contentHash: contentHash, facts: facts)
    }
    public func beginBatch() throws {}
    public func commitBatch() throws {}
    public func rollbackBatch() {}
    public func beginBulkLoad() throws {}
    public func finishBulkLoad() throws {}
    public func unchangedFile(_ file: ArticleFile, reader: String) throws -> Int? { nil }
    public func recordFile(_ file: ArticleFile, reader: String, articles: Int) throws {}
}
