import KBSchema

/// Applies the embedded migrations in order, each in one `BEGIN IMMEDIATE` transaction together
/// with its `PRAGMA user_version` bump, so a crash leaves the database at a whole version.
/// A database written by a newer schema is refused rather than misread.
public enum Migrator {
    /// The schema version of an open database (`PRAGMA user_version`; 0 for a new file).
    public static func version(of db: Database) throws -> Int {
        Int(try db.scalar(sql: "PRAGMA user_version").int64 ?? 0)
    }

    /// Brings `db` up to the last of `migrations`; returns the versions applied (empty when up to date).
    @discardableResult
    public static func migrate(_ db: Database, migrations: [KBSchema.Migration] = KBSchema.migrations) throws -> [Int] {
        let known = migrations.last?.version ?? 0
        let current = try version(of: db)
        if current > known { throw StoreError.newerSchema(path: db.path, found: current, known: known) }
        var applied: [Int] = []
        for m in migrations where m.version > current {
            try db.transaction(immediate: true) {
                // Read again under the write lock: another process may have migrated meanwhile.
                let now = try version(of: db)
                if now > known { throw StoreError.newerSchema(path: db.path, found: now, known: known) }
                guard now < m.version else { return }
                try db.execute(sql: m.sql)
                try db.execute(sql: "PRAGMA user_version = \(m.version)")
                applied.append(m.version)
            }
        }
        return applied
    }
}
