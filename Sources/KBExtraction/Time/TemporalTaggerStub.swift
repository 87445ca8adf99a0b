import KBModel

// Temporary stand-in until the temporal tagger lands (branch `time`); removed at the merge.
public struct TemporalExpression: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case absolute, relative, anaphoric }
    public var start: Int, end: Int
    public var text: String
    public var date: FuzzyDate?
    public var kind: Kind
}

public struct TemporalTagger: Sendable {
    public static let shared = TemporalTagger()
    public func expressions(in sentence: String, language: Language, reference: FuzzyDate?) -> [TemporalExpression] { [] }
    public func dateline(in text: String, language: Language) -> FuzzyDate? { nil }
}
