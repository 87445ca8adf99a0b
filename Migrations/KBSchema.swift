/// The schema migrations, embedded in the binary so that it can be moved freely.
public enum KBSchema {
    /// One migration: its version (the file's number) and its SQL.
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String

        public init(version: Int, name: String, sql: String) {
            self.version = version
            self.name = name
            self.sql = sql
        }
    }

    /// All migrations in the order they apply.
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "0001_initial.sql", sql: String(decoding: PackageResources._001_initial_sql, as: UTF8.self)),
        Migration(version: 2, name: "0002_query_indexes.sql", sql: String(decoding: PackageResources._002_query_indexes_sql, as: UTF8.self)),
        Migration(version: 3, name: "0003_membership_time.sql", sql: String(decoding: PackageResources._003_membership_time_sql, as: UTF8.self)),
        Migration(version: 4, name: "0004_membership_reports.sql", sql: String(decoding: PackageResources._004_membership_reports_sql, as: UTF8.self)),
        Migration(version: 5, name: "0005_ingest_speed.sql", sql: String(decoding: PackageResources._005_ingest_speed_sql, as: UTF8.self)),
        Migration(version: 6, name: "0006_compact_mentions.sql", sql: String(decoding: PackageResources._006_compact_mentions_sql, as: UTF8.self)),
    ]

    /// The schema version this binary writes (`PRAGMA user_version`).
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}
