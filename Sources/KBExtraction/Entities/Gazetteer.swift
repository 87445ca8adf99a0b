import KBModel

/// An entity found in free text, with Unicode-scalar offsets into that text.
public struct EntityMatch: Sendable, Hashable {
    public var entity: EntityRef
    public var start: Int
    public var end: Int
    public var surface: String

    public init(entity: EntityRef, start: Int, end: Int, surface: String) {
        self.entity = entity
        self.start = start
        self.end = end
        self.surface = surface
    }
}

/// Every name AllianceKB knows, in Arabic, English and Russian: states (CLDR through Foundation
/// plus curated variants), alliances, capitals that stand for their state, persons.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    public let aliases: [Alias]

    init() {
        aliases = []
    }

    /// The entity a name or code denotes, in any language and spelling: "Armenia", "أرمينيا", "Армения", "ARM", "CSTO".
    public func entity(named name: String) -> EntityRef? {
        nil
    }

    /// Known names close to `name`, for "did you mean" messages.
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        []
    }

    /// The entities named in `text`, left to right, longest match first.
    public func entities(in text: String, language: Language? = nil) -> [EntityMatch] {
        []
    }
}
