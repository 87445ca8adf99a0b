import KBModel

/// What the lexicons of one language know of a matching form, found with one hash: whether a name
/// begins with it (the gazetteer's entries), which cue word it is, and whether it only looks like a
/// name. Names and cues once hashed every key apart (a fifth of extraction time was String and
/// byte hashing); each key of a sentence is now looked up once, in `SentenceKeys`.
final class KeyIndex: Sendable {
    struct Info: Sendable {
        /// The cue lexicon's vocabulary id, or -1.
        var cue: Int32 = -1
        /// An index into `nameLists`, or -1.
        var names: Int32 = -1
        /// A single-word look-alike ("=word" in the gazetteer): a word that is no name.
        var lookAlike = false
    }

    let table: ByteTable<Info>
    /// Gazetteer entries by their first word, as `EntityRecognizer.ByteIndex` holds them.
    let nameLists: [[GazetteerEntry]]

    init(cues: CueTable?, names: EntityRecognizer.ByteIndex) {
        var table: [WordKey: Info] = [:]
        table.reserveCapacity(names.entries.count + (cues?.vocabulary.count ?? 0))
        var lists: [[GazetteerEntry]] = []
        lists.reserveCapacity(names.entries.count)
        for (k, v) in names.entries {
            table[k, default: Info()].names = Int32(lists.count)
            lists.append(v)
        }
        for k in names.lookAlikes { table[k, default: Info()].lookAlike = true }
        if let cues { for (k, id) in cues.vocabulary { table[k, default: Info()].cue = id } }
        self.table = ByteTable(table)
        nameLists = lists
    }

    static let arabic = KeyIndex(cues: CueLexicon.arabic.table, names: EntityRecognizer.sharedIndex)
    static let english = KeyIndex(cues: CueLexicon.english.table, names: EntityRecognizer.sharedIndex)
    static let russian = KeyIndex(cues: CueLexicon.russian.table, names: EntityRecognizer.sharedIndex)

    /// The index of the shared gazetteer and the cue lexicon `CueLexicon.forLanguage(l)`.
    static func forLanguage(_ l: Language) -> KeyIndex {
        switch l {
        case .arabic: return arabic
        case .russian: return russian
        default: return english
        }
    }
}

/// The keys of one sentence's tokens (`EntityRecognizer.keys`) with what the lexicons know of each,
/// looked up once and read by the name and the cue matchers.
struct SentenceKeys {
    /// Every token's keys, one token after the other: `flat[keyRange(i)]` are token i's.
    private(set) var flat: [String] = []
    /// `info[keyStart[i]..<keyStart[i + 1]]` belong to token i's keys, in the order of its keys.
    private(set) var info: [KeyIndex.Info] = []
    private(set) var keyStart: [Int32] = [0]
    /// Per token: the word as written is a look-alike.
    private(set) var lookAlike: [Bool] = []
    /// Per token: 1 punctuation, 2 a hyphen "-", 4 a full stop ".".
    private(set) var flags: [UInt8] = []

    static let punctuation: UInt8 = 1, hyphen: UInt8 = 2, fullStop: UInt8 = 4

    /// The keys of `tokens` as `EntityRecognizer.keys` gives them, looked up in `index`.
    init(_ tokens: [Token], _ index: KeyIndex) {
        self.init(tokens, index) { i, out in EntityRecognizer.appendKeys(tokens[i], to: &out) }
    }

    /// Keys given per token.
    init(_ tokens: [Token], _ keys: [[String]], _ index: KeyIndex) {
        self.init(tokens, index) { i, out in out += keys[i] }
    }

    private init(_ tokens: [Token], _ index: KeyIndex, keys: (Int, inout [String]) -> Void) {
        flat.reserveCapacity(tokens.count * 2)
        info.reserveCapacity(tokens.count * 2)
        keyStart.reserveCapacity(tokens.count + 1)
        lookAlike.reserveCapacity(tokens.count)
        flags.reserveCapacity(tokens.count)
        for i in tokens.indices {
            let t = tokens[i]
            var written: Bool? = nil
            let first = flat.count
            keys(i, &flat)
            for ki in first..<flat.count {
                let k = flat[ki]
                let found = index.table[k] ?? KeyIndex.Info()
                if written == nil, sameBytes(k, t.norm) { written = found.lookAlike }
                info.append(found)
            }
            keyStart.append(Int32(info.count))
            lookAlike.append(t.kind == .word && (written ?? (index.table[t.norm]?.lookAlike ?? false)))
            var f: UInt8 = t.kind == .punctuation ? Self.punctuation : 0
            if isASCII(t.norm, 0x2D) { f |= Self.hyphen }
            if isASCII(t.norm, 0x2E) { f |= Self.fullStop }
            flags.append(f)
        }
    }

    @inline(__always)
    func keyRange(_ token: Int) -> Range<Int> { Int(keyStart[token])..<Int(keyStart[token + 1]) }

    /// Token i's keys.
    @inline(__always)
    func keys(of token: Int) -> ArraySlice<String> { flat[keyRange(token)] }

    /// Token i's first key (a Russian word's stem).
    @inline(__always)
    func first(of token: Int) -> String { flat[Int(keyStart[token])] }
}
