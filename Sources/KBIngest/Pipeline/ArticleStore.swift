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
    /// The article already stored with this content hash, if any.
    func storedArticle(contentHash: String) throws -> (id: Int64, location: String, path: String)?
    /// Makes the stored aliases match the gazetteer.
    func syncAliases(_ aliases: [Alias]) throws
    /// Opens a transaction that groups the next writes into one commit (each write stays all or nothing).
    func beginBatch() throws
    /// Commits the writes made since `beginBatch`.
    func commitBatch() throws
}

extension ArticleStore {
    public func beginBatch() throws {}
    public func commitBatch() throws {}
}
