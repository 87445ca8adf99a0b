/// What an entity is.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Hashable {
    case state, alliance, person, place, organisation
}

/// A reference to a known entity: a state by ISO 3166-1 alpha-3 (`ARM`), an alliance by its
/// acronym (`CSTO`), a person by a slug of the English name (`nikol-pashinyan`).
public struct EntityRef: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var kind: EntityKind
    public var code: String
    /// Canonical English name.
    public var name: String

    public init(kind: EntityKind, code: String, name: String) {
        self.kind = kind
        self.code = code
        self.name = name
    }

    public var description: String { code }

    public static func < (a: EntityRef, b: EntityRef) -> Bool {
        (a.kind.rawValue, a.code) < (b.kind.rawValue, b.code)
    }
    public static func == (a: EntityRef, b: EntityRef) -> Bool { a.kind == b.kind && a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(kind); h.combine(code) }
}

/// One way of writing an entity's name in one language.
public struct Alias: Sendable, Hashable, Codable {
    public var entity: EntityRef
    public var language: Language
    public var surface: String
    public var normalized: String

    public init(entity: EntityRef, language: Language, surface: String, normalized: String) {
        self.entity = entity
        self.language = language
        self.surface = surface
        self.normalized = normalized
    }
}

/// An entity named in a sentence. Offsets count Unicode scalars into `Article.text`.
public struct Mention: Sendable, Hashable, Codable {
    public var entity: EntityRef
    public var sentenceIndex: Int
    public var start: Int
    public var end: Int
    public var surface: String

    public init(entity: EntityRef, sentenceIndex: Int, start: Int, end: Int, surface: String) {
        self.entity = entity
        self.sentenceIndex = sentenceIndex
        self.start = start
        self.end = end
        self.surface = surface
    }
}
