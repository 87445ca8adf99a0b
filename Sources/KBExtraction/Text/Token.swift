/// The writing system of a token, which decides how it is matched.
public enum Script: UInt8, Sendable {
    case arabic, latin, cyrillic, digit, other
}

/// A word, number or punctuation mark of an article, with its place in the original text.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// Unicode-scalar offsets into the article text.
    public var start: Int
    public var end: Int
    /// The matching form: harakat and tatweel dropped, alef forms and taa marbuta unified,
    /// digits ASCII, lower-cased.
    public var norm: String
    public var kind: Kind
    public var script: Script
    /// The original first letter is upper-case (Latin or Cyrillic).
    public var isCapitalized: Bool
    /// Every original letter is upper-case and there are at least two ("CSTO", "ОДКБ").
    public var isAllCaps: Bool

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
}
