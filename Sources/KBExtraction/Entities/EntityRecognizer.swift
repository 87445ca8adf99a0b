import KBModel

/// An entity recognised over a token range.
struct RecognizedEntity: Sendable, Hashable {
    var range: Range<Int>
    var entity: EntityRef
    var role: AliasRole
}

/// Finds gazetteer names in a token sequence: longest match first, Arabic through its proclitics,
/// Russian through its case endings, English and Russian names only when capitalised and
/// acronyms only in upper case.
struct EntityRecognizer {
    let gazetteer: Gazetteer

    /// The keys of a token, for names and cues alike: an Arabic word with and without its
    /// proclitics; a Russian word's stem first, then the word as written; any other word as written.
    static func keys(_ t: Token) -> [String] {
        var out: [String] = []
        appendKeys(t, to: &out)
        return out
    }

    /// `keys(t)` appended to `out`.
    @inline(__always)
    static func appendKeys(_ t: Token, to out: inout [String]) {
        switch t.script {
        case .arabic: ArabicClitics.appendCandidates(t.norm, to: &out)
        case .cyrillic:
            let st = RussianStemmer.stem(t.norm)
            out.append(st)
            if !sameBytes(st, t.norm) { out.append(t.norm) }
        default: out.append(t.norm)
        }
    }

    @inline(__always)
    static func caseAllows(_ role: AliasRole, _ t: Token) -> Bool {
        guard t.script == .latin || t.script == .cyrillic else { return true }
        switch role {
        case .acronym: return t.isAllCaps || t.norm.count == 1
        case .name, .capital, .ignore: return t.isCapitalized
        case .adjective: return true
        }
    }

    func matches(in tokens: [Token], caseSensitive: Bool = true) -> [RecognizedEntity] {
        matches(in: tokens, keys: tokens.map(Self.keys), caseSensitive: caseSensitive)
    }

    /// The gazetteer's index keyed by bytes (see `WordKey`), and the single-token look-alikes
    /// (entries "=word": a word that looks like a name and is not one), built once per gazetteer.
    struct ByteIndex: Sendable {
        var entries: [WordKey: [GazetteerEntry]] = [:]
        var lookAlikes: Set<WordKey> = []

        init(_ index: [String: [GazetteerEntry]]) {
            entries.reserveCapacity(index.count)
            for (k, v) in index {
                if k.hasPrefix("=") {
                    if let e = v.first, e.tokens.count == 1 { lookAlikes.insert(WordKey(String(k.dropFirst()))) }
                } else {
                    entries[WordKey(k), default: []] += v
                }
            }
        }
    }

    static let sharedIndex = ByteIndex(Gazetteer.shared.index)

    /// Matches with the keys of each token already computed (`EntityRecognizer.keys`).
    func matches(in tokens: [Token], keys: [[String]], caseSensitive: Bool = true) -> [RecognizedEntity] {
        let index = gazetteer === Gazetteer.shared ? KeyIndex.english : KeyIndex(cues: nil, names: ByteIndex(gazetteer.index))
        return matches(in: tokens, keys: SentenceKeys(tokens, keys, index), index: index, caseSensitive: caseSensitive)
    }

    /// Matches with the keys looked up already in `index` (one built on this recognizer's gazetteer).
    func matches(in tokens: [Token], keys: SentenceKeys, index: KeyIndex, caseSensitive: Bool = true) -> [RecognizedEntity] {
        var out: [RecognizedEntity] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            var best: RecognizedEntity? = nil
            if keys.lookAlike[i] {
                i += 1   // a look-alike, used up
                continue
            }
            let range = keys.keyRange(i)
            for ki in range {
                // a Russian word is matched by its stem, not also as written
                if t.script == .cyrillic && range.count > 1 && sameBytes(keys.flat[ki], t.norm) { continue }
                let list = keys.info[ki].names
                guard list >= 0 else { continue }
                let entries = index.nameLists[Int(list)]
                // entries are read in place: a copy of each would retain its words and names
                for ei in entries.indices {
                    let role = entries[ei].role
                    if caseSensitive && !Self.caseAllows(role, t) { continue }
                    let length = entries[ei].tokens.count
                    var j = i + 1, m = 1
                    while m < length, j < n {
                        if keys.flags[j] & SentenceKeys.punctuation != 0 && keys.flags[j] & (SentenceKeys.hyphen | SentenceKeys.fullStop) != 0 { j += 1; continue }
                        if !sameBytes(tokens[j].script == .cyrillic ? keys.first(of: j) : tokens[j].norm, entries[ei].tokens[m]) { break }
                        j += 1; m += 1
                    }
                    guard m == length else { continue }
                    if best == nil || j - i > best!.range.count {
                        best = RecognizedEntity(range: i..<j, entity: entries[ei].entity, role: role)
                    }
                    break
                }
                if best != nil { break }
            }
            if let b = best {
                if b.role != .ignore { out.append(b) }
                i = b.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
