extension IngestPipeline {
    /// A pipeline writing to the SQLite knowledge base at `storePath`.
    // Placeholder until KBStorage's KnowledgeStore lands (branch `storage`).
    public convenience init(storePath: String, options: IngestOptions = IngestOptions()) {
        self.init(options: options) { throw IngestError("the SQLite store is not built yet") }
    }
}
