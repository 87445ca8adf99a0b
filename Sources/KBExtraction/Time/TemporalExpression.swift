import KBModel

/// A date expression found in a sentence, with its place in the original text and the date it means.
///
///     // "وصل الأربعاء الماضي" with reference 2022-11-27
///     TemporalExpression(start: 4, end: 17, text: "الأربعاء الماضي", date: 2022-11-23, kind: .relative)
public struct TemporalExpression: Sendable, Hashable {
    /// How the date was obtained.
    public enum Kind: Sendable, Hashable {
        /// The text names the date itself ("15 May 1992", "عام 2002").
        case absolute
        /// The date depends on the reference date ("yesterday", "الأربعاء الماضي", "в январе", "10 يونيو الجاري").
        case relative
        /// "آنذاك", "at the time", "тогда": the date of the event just mentioned; `date` is nil and the caller fills it.
        case anaphoric
        /// "the following year" (1), "five years later" (5), "in the same year" (0): years after the last
        /// year the text stated before it; `date` is nil and the caller fills it.
        case chronological(Int)
        /// "three months after Russia started ...": what follows happened this many months before the date
        /// the sentence gave before it; `date` is nil and the caller fills it.
        case countedBack(months: Int)
    }

    /// Unicode-scalar offsets into the string given to the tagger.
    public var start: Int, end: Int
    /// The original text of the expression.
    public var text: String
    /// The date, nil when unresolved (relative without a reference date) or anaphoric.
    public var date: FuzzyDate?
    public var kind: Kind

    public init(start: Int, end: Int, text: String, date: FuzzyDate?, kind: Kind) {
        self.start = start
        self.end = end
        self.text = text
        self.date = date
        self.kind = kind
    }
}
