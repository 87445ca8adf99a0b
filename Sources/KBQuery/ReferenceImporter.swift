import CSV
import Foundation
import KBExtraction
import KBModel
import KBStorage

/// One row of a curated membership file: a status that holds over [from, to).
public struct ReferenceRecord: Sendable, Hashable {
    public var line: Int
    public var alliance: EntityRef
    public var state: EntityRef
    public var status: MembershipStatus
    public var from: FuzzyDate?
    public var to: FuzzyDate?
    public var citation: String
    public var note: String?
}

/// What went wrong reading a reference file, with the line to fix.
public enum ReferenceImportError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case unreadable(path: String, reason: String)
    case missingColumns([String])
    case invalid(line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "Cannot read \(path): \(reason). Check the path; the file must be UTF-8 CSV."
        case .missingColumns(let names):
            return "The reference file lacks the column(s) \(names.joined(separator: ", ")). Its header must be: \(ReferenceImporter.columns.joined(separator: ","))."
        case .invalid(let line, let reason):
            return "Line \(line): \(reason). Fix the line and import the file again; nothing was imported."
        }
    }
    public var errorDescription: String? { description }
}

/// Loads curated membership history (`import-reference FILE.csv`) into the membership table as
/// `source_kind = 'reference'` rows. Importing a file again replaces the rows it brought before.
///
///     let report = try ReferenceImporter(connection: db).importFile(at: "SampleData/reference/memberships.csv")
public struct ReferenceImporter {
    /// The header of a reference file; `from_precision`, `to_precision` and `note` may be empty.
    public static let columns = ["alliance", "state_iso3", "status", "from", "from_precision", "to", "to_precision", "source", "note"]
    static let required = ["alliance", "state_iso3", "status", "from", "to", "source"]

    public let connection: QueryConnection

    public init(connection: QueryConnection) {
        self.connection = connection
    }

    /// What an import did.
    public struct Report: Sendable, Hashable {
        public var file: String
        public var imported: Int
        public var replaced: Int
    }

    /// Reads, checks and stores the rows of `path` in one transaction; replaces the file's earlier rows.
    @discardableResult
    public func importFile(at path: String) throws -> Report {
        try store(Self.read(path), from: path)
    }

    /// Reads and checks the rows of a reference file, without storing them.
    public static func read(_ path: String) throws -> [ReferenceRecord] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw ReferenceImportError.unreadable(path: path, reason: "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReferenceImportError.unreadable(path: path, reason: "it is not UTF-8 text")
        }
        return try parse(csv: text)
    }

    /// Stores checked rows as the rows of the file `path` (keyed by its name), replacing its earlier import.
    @discardableResult
    public func store(_ records: [ReferenceRecord], from path: String) throws -> Report {
        let key = "reference:" + (path as NSString).lastPathComponent
        return try connection.inTransaction {
            let before = try connection.fetch("SELECT COUNT(*) FROM membership WHERE source_kind = 'reference' AND rule = ?", [.text(key)])
            try connection.run("DELETE FROM membership WHERE source_kind = 'reference' AND rule = ?", [.text(key)])
            var ids: [EntityRef: Int64] = [:]
            func id(_ e: EntityRef) throws -> Int64 {
                if let i = ids[e] { return i }
                try connection.run("INSERT INTO entity (id, kind, code, name) VALUES (?, ?, ?, ?) ON CONFLICT (kind, code) DO NOTHING",
                                   [.integer(StableID.entity(kind: e.kind.rawValue, code: e.code)), .text(e.kind.rawValue), .text(e.code), .text(e.name)])
                let t = try connection.fetch("SELECT id FROM entity WHERE kind = ? AND code = ?", [.text(e.kind.rawValue), .text(e.code)])
                let i = t.rows.first?[0].flatMap { Int64($0) } ?? 0
                ids[e] = i
                return i
            }
            var occurrences: [[String]: Int] = [:]
            for r in records {
                let citation = r.note.map { "\(r.citation) (note: \($0))" } ?? r.citation
                // The id follows the row's content, so that a re-import gives the ids cited before.
                let rowKey = [key, r.alliance.code, r.state.code, r.status.rawValue, r.from?.iso ?? "", r.to?.iso ?? "", citation]
                let n = occurrences[rowKey, default: 0]
                occurrences[rowKey] = n + 1
                try connection.run("""
                    INSERT INTO membership (id, source_kind, alliance_id, state_id, status, valid_from, valid_from_precision,
                                            valid_to, valid_to_precision, citation, rule, confidence)
                    VALUES (?, 'reference', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1.0)
                    """, [.integer(StableID.of(rowKey + (n == 0 ? [] : [String(n)]))), .integer(try id(r.alliance)), .integer(try id(r.state)), .text(r.status.rawValue),
                          .optional(r.from?.iso), .optional(r.from?.precision.rawValue),
                          .optional(r.to?.iso), .optional(r.to?.precision.rawValue), .text(citation), .text(key)])
            }
            return Report(file: path, imported: records.count, replaced: before.rows.first?[0].flatMap { Int($0) } ?? 0)
        }
    }

    /// Parses and checks a reference file; the first bad row stops it with its line number.
    public static func parse(csv text: String) throws -> [ReferenceRecord] {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw ReferenceImportError.invalid(line: 1, reason: "not CSV (\(error))")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingWhitespace().lowercased() }
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else { throw ReferenceImportError.missingColumns(missing) }
        var out: [ReferenceRecord] = []
        // Each record is counted by its physical lines, so that messages point at the right line.
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            func field(_ name: String) -> String {
                guard let i = header.firstIndex(of: name), i < row.count else { return "" }
                return row[i].trimmingWhitespace()
            }
            out.append(try record(line: line, field))
            line += row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
        }
        if let error = reader.error { throw ReferenceImportError.invalid(line: line, reason: "\(error)") }
        return out
    }

    static func record(line: Int, _ field: (String) -> String) throws -> ReferenceRecord {
        func fail(_ reason: String) -> ReferenceImportError { .invalid(line: line, reason: reason) }
        guard let alliance = Gazetteer.shared.alliance(code: field("alliance")) else {
            throw fail("unknown alliance code '\(field("alliance"))' (use CSTO, NATO, SCO, CIS, EAEU, GUAM, ...)")
        }
        guard let state = Gazetteer.shared.state(code: field("state_iso3")) else {
            throw fail("unknown state code '\(field("state_iso3"))' (use ISO 3166-1 alpha-3, such as ARM)")
        }
        guard let status = MembershipStatus(rawValue: field("status")) else {
            throw fail("unknown status '\(field("status"))' (use \(MembershipStatus.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        func date(_ name: String) throws -> FuzzyDate? {
            let v = field(name)
            guard !v.isEmpty else { return nil }
            guard let d = FuzzyDate(iso: v), d.year != nil else { throw fail("\(name) '\(v)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)") }
            let p = field(name + "_precision")
            if !p.isEmpty && p != d.precision.rawValue {
                throw fail("\(name)_precision '\(p)' does not match \(v) (\(d.precision.rawValue))")
            }
            return d
        }
        let from = try date("from"), to = try date("to")
        if let f = from, let t = to, !(f < t) { throw fail("to (\(t.iso)) is not after from (\(f.iso))") }
        let source = field("source")
        guard !source.isEmpty else { throw fail("the source column is empty: every row needs its citation") }
        let note = field("note")
        return ReferenceRecord(line: line, alliance: alliance, state: state, status: status, from: from, to: to,
                               citation: source, note: note.isEmpty ? nil : note)
    }
}
