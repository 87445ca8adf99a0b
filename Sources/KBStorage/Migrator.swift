import KBSchema

/// Applies the embedded migrations in order, each in one transaction with its `user_version`
/// bump; refuses a database written by a newer schema.
public enum Migrator {
    /// The schema version of an open database.
    public static func version(of db: Database) throws -> Int {
        Int(try db.scalar(sql: "PRAGMA user_version").int64 ?? 0)
    }

    /// Brings `db` up to the latest schema; returns the versions applied.
    @discardableResult
    public static func migrate(_ db: Database, migrations: [KBSchema.Migration] = KBSchema.migrations) throws -> [Int] {
        let current = try version(of: db)
        let latest = migrations.last?.version ?? 0
        if current > latest { throw StoreError.newerSchema(path: db.path, found: current, known: latest) }
        var applied: [Int] = []
        for m in migrations where m.version > current {
            try db.transaction {
                // the version is read again inside the lock: another process may have migrated meanwhile
                guard try version(of: db) < m.version else { return }
                try db.execute(sql: m.sql)
                try db.execute(sql: "PRAGMA user_version = \(m.version)")
                applied.append(m.version)
            }
        }
        return applied
    }
}
