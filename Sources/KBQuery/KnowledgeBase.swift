import KBExtraction
import KBModel

/// Read access to a knowledge base for the query commands: membership at a date, alliances of a
/// state, timelines, conflicts, persons, evidence and questions.
///
///     let kb = KnowledgeBase(connection: store.database)
///     let rows = try kb.members(of: kb.resolve("CSTO", as: .alliance), at: QueryDate(parsing: "2010"))
public final class KnowledgeBase {
    public let connection: QueryConnection

    public init(connection: QueryConnection) {
        self.connection = connection
    }

    /// The entity a user's name or code denotes: the gazetteer first (any language and spelling),
    /// then the codes and names stored in the knowledge base. Throws with close matches otherwise.
    public func resolve(_ name: String, as kind: EntityKind? = nil) throws -> EntityRef {
        let expected = kind.map { $0 == .alliance ? "alliance" : $0.rawValue } ?? "name"
        if let e = Gazetteer.shared.entity(named: name), kind == nil || e.kind == kind {
            return e
        }
        let t = try connection.fetch(
            "SELECT kind, code, name FROM entity WHERE code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE ORDER BY kind LIMIT 5",
            [.text(name.trimmingWhitespace()), .text(name.trimmingWhitespace())])
        for r in t.rows {
            guard let k = r[0].flatMap(EntityKind.init(rawValue:)), let code = r[1] else { continue }
            if kind == nil || k == kind { return EntityRef(kind: k, code: code, name: r[2] ?? code) }
        }
        if let e = Gazetteer.shared.entity(named: name), let kind, (kind == .state || kind == .alliance), (e.kind == .state || e.kind == .alliance) {
            throw QueryError.wrongKind(name: name, found: e.kind.rawValue, expected: expected)
        }
        throw QueryError.unknownEntity(name: name, expected: expected, suggestions: Gazetteer.shared.suggestions(for: name))
    }

    /// The store's id of an entity, nil when the knowledge base never mentions it.
    func id(of entity: EntityRef) throws -> Int64? {
        let t = try connection.fetch("SELECT id FROM entity WHERE kind = ? AND code = ?",
                                     [.text(entity.kind.rawValue), .text(entity.code)])
        return t.rows.first?[0].flatMap { Int64($0) }
    }

    /// The entity with a store id.
    func entity(id: Int64) throws -> EntityRef? {
        let t = try connection.fetch("SELECT kind, code, name FROM entity WHERE id = ?", [.integer(id)])
        guard let r = t.rows.first, let k = r[0].flatMap(EntityKind.init(rawValue:)), let c = r[1] else { return nil }
        return EntityRef(kind: k, code: c, name: r[2] ?? c)
    }
}
