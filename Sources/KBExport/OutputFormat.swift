import KBModel

/// How listing commands print rows.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, ndjson
}
