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
        switch t.script {
        case .arabic: return ArabicClitics.candidates(t.norm)
        case .cyrillic:
            let st = RussianStemmer.stem(t.norm)
            return st == t.norm ? [st] : [st, t.norm]
        default: return [t.norm]
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

    /// Matches with the keys of each token already computed (`EntityRecognizer.keys`).
    func matches(in tokens: [Token], keys: [[String]], caseSensitive: Bool = true) -> [RecognizedEntity] {
        var out: [RecognizedEntity] = []
        var i = 0
        let n = tokens.count
        let index = gazetteer.index
        while i < n {
            let t = tokens[i]
            guard t.kind == .word else { i += 1; continue }
            var best: RecognizedEntity? = nil
            if let look = index["=" + t.norm], let e = look.first, e.tokens.count == 1 {
                i += 1   // a look-alike, used up
                _ = e
                continue
            }
            for k in keys[i] where !(t.script == .cyrillic && k == t.norm && keys[i].count > 1) {
                guard let entries = index[k] else { continue }
                for e in entries {
                    if caseSensitive && !Self.caseAllows(e.role, t) { continue }
                    var j = i + 1, m = 1
                    while m < e.tokens.count, j < n {
                        if tokens[j].kind == .punctuation && (tokens[j].norm == "-" || tokens[j].norm == ".") { j += 1; continue }
                        if (tokens[j].script == .cyrillic ? keys[j][0] : tokens[j].norm) != e.tokens[m] { break }
                        j += 1; m += 1
                    }
                    guard m == e.tokens.count else { continue }
                    if best == nil || j - i > best!.range.count {
                        best = RecognizedEntity(range: i..<j, entity: e.entity, role: e.role)
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
