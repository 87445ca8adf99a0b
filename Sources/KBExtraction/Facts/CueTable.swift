/// The cue patterns of one lexicon in the form the matcher reads on every token: words as integer
/// ids into the lexicon's vocabulary, every pattern's words in one flat array, kinds and families
/// looked up by pattern index. Matching then compares integers and copies nothing with references
/// (a `CuePattern` copied per candidate, with its arrays and strings, cost about 6% of extraction).
final class CueTable: Sendable {
    /// One word of a pattern.
    enum Word: Sendable {
        /// A vocabulary id, compared with every key of the token.
        case exact(Int32)
        /// A vocabulary id, compared with the token's last key (the word as written).
        case literal(Int32)
        /// An index into `prefixTexts`.
        case prefix(Int32)
        case gap(Int32)
    }

    struct Pattern: Sendable {
        let wordStart: Int32
        let wordEnd: Int32
        var wordCount: Int { Int(wordEnd - wordStart) }
        let family: Int32
        /// Equal for patterns of equal `CueKind`.
        let kindID: Int32
    }

    let words: [Word]
    let patterns: [Pattern]
    let kinds: [CueKind]
    let sources: [String]
    let prefixTexts: [String]
    /// Every word of an exact or literal pattern word, by its bytes.
    let vocabulary: [WordKey: Int32]
    /// By vocabulary id: the patterns whose first word it is, longest first.
    let firstWord: [[Int32]]
    /// By `CueLexicon.prefixKey`: the patterns that begin with a prefix word, longest first.
    let prefixBuckets: [UInt64: [Int32]]

    /// Compiles the lexicon's lists; each list keeps its order.
    init(exact: [WordKey: [CuePattern]], prefixes: [UInt64: [CuePattern]]) {
        var words: [Word] = [], patterns: [Pattern] = [], kinds: [CueKind] = [], sources: [String] = []
        var prefixTexts: [String] = [], prefixIDs: [WordKey: Int32] = [:]
        var vocabulary: [WordKey: Int32] = [:], kindIDs: [CueKind: Int32] = [:]
        func word(_ w: String) -> Int32 {
            if let id = vocabulary[WordKey(w)] { return id }
            let id = Int32(vocabulary.count)
            vocabulary[WordKey(w)] = id
            return id
        }
        func add(_ p: CuePattern) -> Int32 {
            let start = Int32(words.count)
            for w in p.words {
                switch w {
                case .exact(let s): words.append(.exact(word(s)))
                case .literal(let s): words.append(.literal(word(s)))
                case .gap(let g): words.append(.gap(Int32(g)))
                case .prefix(let s):
                    let id = prefixIDs[WordKey(s)] ?? Int32(prefixTexts.count)
                    if id == Int32(prefixTexts.count) { prefixTexts.append(s); prefixIDs[WordKey(s)] = id }
                    words.append(.prefix(id))
                }
            }
            let kindID = kindIDs[p.kind] ?? Int32(kindIDs.count)
            kindIDs[p.kind] = kindID
            patterns.append(Pattern(wordStart: start, wordEnd: Int32(words.count), family: Int32(p.kind.family), kindID: kindID))
            kinds.append(p.kind)
            sources.append(p.source)
            return Int32(patterns.count - 1)
        }
        var byFirst: [Int32: [Int32]] = [:]
        for (k, list) in exact {
            let id = word(k.text)
            byFirst[id] = list.map(add)
        }
        var buckets: [UInt64: [Int32]] = [:]
        for (k, list) in prefixes { buckets[k] = list.map(add) }
        var firstWord = [[Int32]](repeating: [], count: vocabulary.count)
        for (id, list) in byFirst { firstWord[Int(id)] = list }
        self.words = words
        self.patterns = patterns
        self.kinds = kinds
        self.sources = sources
        self.prefixTexts = prefixTexts
        self.vocabulary = vocabulary
        self.firstWord = firstWord
        self.prefixBuckets = buckets
    }
}
