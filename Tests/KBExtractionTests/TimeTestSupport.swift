import KBExtraction
import KBModel

/// One tagger case: a sentence, the publication date it is read against, and the dates expected
/// left to right ("-" for an expression whose date stays nil).
struct TimeCase: Sendable, CustomStringConvertible {
    let sentence: String
    let reference: String?
    let expected: [String]

    init(_ sentence: String, _ reference: String?, _ expected: [String]) {
        self.sentence = sentence
        self.reference = reference
        self.expected = expected
    }

    var description: String { sentence }

    func dates(in language: Language) -> [String] {
        TemporalTagger.shared.expressions(in: sentence, language: language, reference: reference.flatMap { FuzzyDate(iso: $0) })
            .map { $0.date?.iso ?? "-" }
    }
}
