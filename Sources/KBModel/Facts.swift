/// The status a claim gives a state in an alliance.
public enum MembershipStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case member
    case nonMember = "non-member"
    case formerMember = "former-member"
    case observer
    case partner
    case suspended
    case applicant
}

/// The event vocabulary (see shared/eval/README.md).
public enum EventType: String, Sendable, Codable, CaseIterable, Hashable {
    case summit, visit
    case requestAssistance = "request-assistance"
    case deployForces = "deploy-forces"
    case withdrawForces = "withdraw-forces"
    case attack, mediation, criticism, agreement
    case membershipChange = "membership-change"
    case unrest, election, appointment, war, statement
}

/// The kind of a dispute between two states, when the text says it.
public enum ConflictKind: String, Sendable, Codable, CaseIterable, Hashable {
    case border, territorial, war, dispute
}

/// Where a fact comes from: the sentence that states it and the rule that read it.
public struct Provenance: Sendable, Hashable, Codable {
    public var sentenceIndex: Int
    public var rule: String
    public var confidence: Double

    public init(sentenceIndex: Int, rule: String, confidence: Double = 0.8) {
        self.sentenceIndex = sentenceIndex
        self.rule = rule
        self.confidence = confidence
    }
}

/// "Armenia is a member of the CSTO", as one article states it.
public struct MembershipClaim: Sendable, Hashable, Codable {
    public var alliance: EntityRef
    public var state: EntityRef
    public var status: MembershipStatus
    /// The date the claim holds: the sentence's date, or the publication date.
    public var date: FuzzyDate?
    public var provenance: Provenance

    public init(alliance: EntityRef, state: EntityRef, status: MembershipStatus, date: FuzzyDate?, provenance: Provenance) {
        self.alliance = alliance
        self.state = state
        self.status = status
        self.date = date
        self.provenance = provenance
    }
}

/// A typed, dated event.
public struct Event: Sendable, Hashable, Codable {
    public var type: EventType
    public var date: FuzzyDate?
    /// The words that gave the date ("الأربعاء الماضي"), kept even when they could not be resolved.
    public var dateText: String?
    public var actors: [EntityRef]
    public var location: EntityRef?
    /// The trigger word or phrase.
    public var trigger: String
    public var provenance: Provenance

    public init(type: EventType, date: FuzzyDate?, dateText: String? = nil, actors: [EntityRef],
                location: EntityRef? = nil, trigger: String, provenance: Provenance) {
        self.type = type
        self.date = date
        self.dateText = dateText
        self.actors = actors
        self.location = location
        self.trigger = trigger
        self.provenance = provenance
    }
}

/// A dispute or conflict between two states.
public struct Conflict: Sendable, Hashable, Codable {
    public var partyA: EntityRef
    public var partyB: EntityRef
    public var kind: ConflictKind?
    public var provenance: Provenance

    public init(partyA: EntityRef, partyB: EntityRef, kind: ConflictKind?, provenance: Provenance) {
        let ordered = partyA.code <= partyB.code
        self.partyA = ordered ? partyA : partyB
        self.partyB = ordered ? partyB : partyA
        self.kind = kind
        self.provenance = provenance
    }
}

/// A person named in an article, with the role and state the article (or the reference list) gives.
public struct PersonMention: Sendable, Hashable, Codable {
    /// The person as an entity (`kind == .person`; `name` is the English name when known).
    public var person: EntityRef
    /// The name as written in the article.
    public var nameNative: String
    public var state: EntityRef?
    public var role: String?
    public var provenance: Provenance

    public init(person: EntityRef, nameNative: String, state: EntityRef?, role: String?, provenance: Provenance) {
        self.person = person
        self.nameNative = nameNative
        self.state = state
        self.role = role
        self.provenance = provenance
    }
}

/// Everything extraction finds in one article.
public struct ArticleFacts: Sendable, Hashable {
    public var language: Language
    /// The publication date used to resolve relative dates: metadata first, else a dateline.
    public var published: FuzzyDate?
    public var publishedBasis: PublishedBasis
    public var sentences: [Sentence]
    public var mentions: [Mention]
    public var memberships: [MembershipClaim]
    public var events: [Event]
    public var conflicts: [Conflict]
    public var persons: [PersonMention]

    public init(language: Language, published: FuzzyDate?, publishedBasis: PublishedBasis,
                sentences: [Sentence] = [], mentions: [Mention] = [], memberships: [MembershipClaim] = [],
                events: [Event] = [], conflicts: [Conflict] = [], persons: [PersonMention] = []) {
        self.language = language
        self.published = published
        self.publishedBasis = publishedBasis
        self.sentences = sentences
        self.mentions = mentions
        self.memberships = memberships
        self.events = events
        self.conflicts = conflicts
        self.persons = persons
    }
}
