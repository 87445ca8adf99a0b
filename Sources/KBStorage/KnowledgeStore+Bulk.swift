import KBModel

/// Bulk loading and re-ingest: secondary indexes built after the load of a fresh knowledge base,
/// and the `stat` record of files whose articles are all stored (migration 0005).
extension KnowledgeStore {
    /// Tables whose non-unique indexes a bulk load defers.
    static let deferrableTables = ["article", "sentence", "membership", "event", "event_actor", "conflict", "person_role"]

    /// When the knowledge base holds no article yet, drops the secondary (non-unique) indexes of
    /// the fact tables and keeps their SQL in `deferred_index`, so that the load inserts rows
    /// without a random index insert each; `buildDeferredIndexes` creates them again, in one pass
    /// per index. Unique indexes stay: they decide what is stored. Returns whether the store is now
    /// bulk loading (batches without foreign-key checks).
    /// Queries stay correct meanwhile, only slower.
    /// (A 128 MB page cache while loading was tried: no less CPU at 10,000 articles, twice the memory.)
    @discardableResult
    public func beginBulkLoad() throws -> Bool {
        try database.transaction(immediate: true) {
            guard try database.scalar(sql: "SELECT 1 FROM article LIMIT 1").int64 == nil else { return false }
            let marks = Self.deferrableTables.map { _ in "?" }.joined(separator: ", ")
            let rows = try database.values(sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (\(marks))
                ORDER BY name
                """, arguments: Self.deferrableTables.map { .text($0) })
            for r in rows {
                guard let name = r[0].text, let sql = r[1].text else { continue }
                try database.execute(sql: "INSERT OR REPLACE INTO deferred_index (name, sql) VALUES (?, ?)", arguments: [.text(name), .text(sql)])
                // An index name cannot be a bound parameter; it comes from sqlite_master, quoted.
                try database.execute(sql: "DROP INDEX \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
            }
            bulkLoading = true
            return true
        }
    }

    /// Creates the indexes a bulk load deferred (also those left by a load that was interrupted).
    /// Nothing to do, and no write lock taken, when none is deferred.
    public func buildDeferredIndexes() throws {
        bulkLoading = false
        guard try database.scalar(sql: "SELECT 1 FROM deferred_index LIMIT 1").int64 != nil else { return }
        // The sorts of the index builds spill to temporary files, not to memory: in memory they
        // grew the process with the size of the load (200 MB at 30,000 articles instead of 130).
        try database.execute(sql: "PRAGMA temp_store = FILE")
        // A sort keeps as much in memory as the page cache may hold before it spills: with the
        // writer's 32 MB cache, building the actors' index of 100,000 articles took 65 MB more
        // (peak 172 MB against 107 MB during the load); with 8 MB, 15 MB more, in the same time.
        let cacheSize = try database.scalar(sql: "PRAGMA cache_size").int64 ?? -2000
        try database.execute(sql: "PRAGMA cache_size = -8192")
        defer {
            try? database.execute(sql: "PRAGMA temp_store = MEMORY")
            try? database.execute(sql: "PRAGMA cache_size = \(cacheSize)")
        }
        try database.transaction(immediate: true) {
            for r in try database.values(sql: "SELECT name, sql FROM deferred_index ORDER BY name") {
                guard let name = r[0].text, let sql = r[1].text else { continue }
                if try database.scalar(sql: "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [.text(name)]).int64 == nil {
                    try database.execute(sql: sql)
                }
                try database.execute(sql: "DELETE FROM deferred_index WHERE name = ?", arguments: [.text(name)])
            }
        }
    }

    /// What `stat` said about a source file, as `source_file` keeps it.
    public struct FileStamp: Sendable, Hashable {
        public var size: Int64
        public var modified: Int64
        public var changed: Int64
        public var inode: Int64
        /// The reader options that change what is read from the file.
        public var reader: String

        public init(size: Int64, modified: Int64, changed: Int64, inode: Int64, reader: String) {
            (self.size, self.modified, self.changed, self.inode, self.reader) = (size, modified, changed, inode, reader)
        }
    }

    /// The number of articles of the file at `location`, when it was recorded with this stamp and
    /// all those articles are still stored there; nil when the file must be read.
    public func unchangedFile(location: String, stamp: FileStamp) throws -> Int? {
        guard let n = try database.scalar(sql: """
            SELECT articles FROM source_file
            WHERE location = ? AND size = ? AND modified_ns = ? AND changed_ns = ? AND inode = ? AND reader = ?
            """, arguments: [.text(location), .integer(stamp.size), .integer(stamp.modified), .integer(stamp.changed),
                             .integer(stamp.inode), .text(stamp.reader)]).int64 else { return nil }
        let whole = try database.scalar(sql: "SELECT count(*) FROM article WHERE location = ?", arguments: [.text(location)]).int64 ?? 0
        // A JSONL file's lines are stored as location#1, location#2, ...: the range between '#' and '$'.
        let lines = try database.scalar(sql: "SELECT count(*) FROM article WHERE location > ? AND location < ?",
                                        arguments: [.text(location + "#"), .text(location + "$")]).int64 ?? 0
        return whole + lines == n ? Int(n) : nil
    }

    /// Records that every article of the file at `location` is stored at its own location.
    public func recordFile(location: String, stamp: FileStamp, articles: Int) throws {
        try database.execute(sql: """
            INSERT OR REPLACE INTO source_file (location, size, modified_ns, changed_ns, inode, articles, reader)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [.text(location), .integer(stamp.size), .integer(stamp.modified), .integer(stamp.changed),
                             .integer(stamp.inode), .integer(Int64(articles)), .text(stamp.reader)])
    }

    /// Forgets the record of the file at `location` (read again and not all stored at its own location).
    public func forgetFile(location: String) throws {
        try database.execute(sql: "DELETE FROM source_file WHERE location = ?", arguments: [.text(location)])
    }
}
