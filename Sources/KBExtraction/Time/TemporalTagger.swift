import KBModel

/// Finds date expressions in Arabic, English and Russian news sentences and resolves them to
/// `FuzzyDate`s, relative ones against the publication date.
///
///     TemporalTagger.shared.expressions(in: "وصل الأربعاء الماضي إلى يريفان", language: .arabic,
///                                       reference: FuzzyDate(year: 2022, month: 11, day: 27))
///     // [TemporalExpression(text: "الأربعاء الماضي", date: 2022-11-23, kind: .relative)]
///
/// One pass over the scalars tokenises the sentence; a sentence with no digit and no word that can
/// start a date (months, weekdays, "yesterday", ...) is dropped before any dictionary lookup.
public struct TemporalTagger: Sendable {
    public static let shared = TemporalTagger()

    public init() {}

    /// Date expressions in one sentence, left to right, relative ones resolved against `reference` (the publication date).
    public func expressions(in sentence: String, language: Language, reference: FuzzyDate?) -> [TemporalExpression] {
        expressions(in: sentence, tokens: TimeTokenization(sentence), language: language, reference: reference)
    }

    /// `expressions(in:language:reference:)` with the sentence's scalars listed already.
    func expressions(in sentence: String, scalars: ArraySlice<Unicode.Scalar>, language: Language, reference: FuzzyDate?) -> [TemporalExpression] {
        expressions(in: sentence, tokens: TimeTokenization(scalars, utf8Count: sentence.utf8.count), language: language, reference: reference)
    }

    private func expressions(in sentence: String, tokens: TimeTokenization, language: Language, reference: FuzzyDate?) -> [TemporalExpression] {
        let lexicon = TimeLexicon.forLanguage(language)
        guard !tokens.tokens.isEmpty, tokens.hasDigit || lexicon.mayAnchor(tokens) else { return [] }
        var parser = TemporalParser(tokens, lexicon: lexicon, language: language, reference: reference)
        let found = parser.run()
        guard !found.isEmpty else { return [] }
        let scalars = sentence.unicodeScalars
        // Matches come left to right: each is located from the previous one, not from the start
        // (linear in the text, where offsetBy-from-start was quadratic on a long text).
        var cursor = (index: scalars.startIndex, offset: 0)
        return found.map { first, m in
            let token = tokens.tokens[first]
            let clitic = min(m.clitic, Int(token.foldedEnd - token.foldedStart) - 1)
            let start = clitic > 0 ? Int(tokens.originOffsets[Int(token.foldedStart) + clitic]) : Int(token.start)
            let end = Int(tokens.tokens[m.end - 1].end)
            if start < cursor.offset { cursor = (scalars.startIndex, 0) }
            let a = scalars.index(cursor.index, offsetBy: start - cursor.offset)
            let b = scalars.index(a, offsetBy: end - start)
            cursor = (a, start)
            return TemporalExpression(start: start, end: end, text: String(scalars[a..<b]), date: m.date, kind: m.kind)
        }
    }
}
