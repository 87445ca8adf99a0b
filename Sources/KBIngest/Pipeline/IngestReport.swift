/// What an ingest run did, for the summary and the exit status.
public struct IngestReport: Sendable, Hashable {
    /// Files found under the given paths that have a readable extension.
    public var filesFound = 0
    /// Articles read from those files (a JSONL file gives one per line).
    public var articlesRead = 0
    public var inserted = 0
    public var replaced = 0
    /// Already stored, at this path or another one (see `duplicates`).
    public var unchanged = 0
    /// Articles whose text is stored under another path: (this path, stored path).
    public var duplicates: [Duplicate] = []
    public var skipped: [SkippedPath] = []
    public var failed: [SkippedPath] = []
    public var warnings: [SkippedPath] = []
    /// Bytes of the files read.
    public var bytesRead = 0
    public var seconds = 0.0

    public struct Duplicate: Sendable, Hashable {
        public var path: String
        public var storedPath: String
    }

    public init() {}

    /// True when some file or line could not be read or stored: `ingest` exits with status 1.
    public var hasFailures: Bool { !failed.isEmpty }

    /// The summary printed at the end of a run.
    public var summary: String {
        var out: [String] = []
        let rate = seconds > 0 ? Double(articlesRead) / seconds : 0
        let mbps = seconds > 0 ? Double(bytesRead) / 1_048_576 / seconds : 0
        out.append("Read \(articlesRead) article\(articlesRead == 1 ? "" : "s") from \(filesFound) file\(filesFound == 1 ? "" : "s")"
                   + " in \(format(seconds)) s (\(Int(rate.rounded())) articles/s, \(format(mbps)) MB/s).")
        if inserted == 0 && replaced == 0 && unchanged > 0 {
            out.append("Nothing new: all \(unchanged) article\(unchanged == 1 ? " was" : "s were") already in the knowledge base.")
        }
        out.append("  new        \(inserted)")
        var unchangedLine = "  unchanged  \(unchanged)"
        if !duplicates.isEmpty { unchangedLine += " (\(duplicates.count) already stored under another path)" }
        out.append(unchangedLine)
        for d in duplicates.prefix(5) { out.append("      \(d.path) = \(d.storedPath)") }
        if duplicates.count > 5 { out.append("      … and \(duplicates.count - 5) more") }
        out.append("  replaced   \(replaced)")
        out.append("  skipped    \(skipped.count)")
        for (reason, paths) in grouped(skipped) {
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? ", … (\(paths.count - 3) more)" : "")
            out.append("      \(paths.count) × \(reason): \(shown)")
        }
        out.append("  failed     \(failed.count)")
        for f in failed { out.append("      \(f.path): \(f.reason)") }
        if !warnings.isEmpty {
            out.append("  warnings   \(warnings.count)")
            for w in warnings.prefix(20) { out.append("      \(w.path): \(w.reason)") }
            if warnings.count > 20 { out.append("      … and \(warnings.count - 20) more") }
        }
        return out.joined(separator: "\n")
    }

    private func grouped(_ items: [SkippedPath]) -> [(String, [String])] {
        var order: [String] = []
        var byReason: [String: [String]] = [:]
        for i in items {
            if byReason[i.reason] == nil { order.append(i.reason) }
            byReason[i.reason, default: []].append(i.path)
        }
        return order.map { ($0, byReason[$0]!) }
    }

    private func format(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? "\(Int(r)).0" : "\(r)"
    }
}
