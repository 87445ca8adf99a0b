import KBModel

/// Which side of a membership cue its states stand on.
enum CueDirection: Sendable { case before, after, both }

/// What a cue phrase signals.
enum CueKind: Sendable, Hashable {
    /// A membership status; `direction` says where the states are ("X عضو في" before, "تضم X" after),
    /// `change` that it is also a membership-change event ("joined", "انسحبت من"), `weak` that it
    /// needs an alliance named in the same sentence ("left" may be about a room).
    /// `negated` is the status a negation gives ("did not renew", "all except X agreed to renew": a
    /// former member), else a negated member cue makes a non-member; `allianceBefore` that the
    /// alliance stands right before the cue ("the only NATO countries").
    case membership(MembershipStatus, CueDirection, change: Bool, weak: Bool, allianceFollows: Bool = false, shortReach: Bool = false,
                    negated: MembershipStatus? = nil, allianceBefore: Bool = false)
    /// Words that look like a negation but are not one ("لا تزال", "not only"): matched to be ignored.
    case neutral
    /// What is wished, demanded or possible, not done ("calling for", "طالب", "может"): no membership
    /// claim or change follows from the cue after it.
    case irrealis
    /// Leadership that makes a state a member ("تقوده موسكو", "Russia-led", "под руководством").
    case leadership
    /// A negation that turns the nearest membership cue or state into non-member ("ليس", "not", "не").
    case negation
    /// "no longer": a negated membership that makes a former member ("لم تعد", "no longer", "больше не").
    case cessation
    case event(EventType)
    /// "X met Y": a summit when it has two parties.
    case meeting
    case conflict(ConflictKind)
    /// A noun standing for the alliance last named ("المنظمة", "the bloc", "альянс"); the value is the
    /// kind of alliance it can stand for ("alliance" a military one, "union" a union), empty for any.
    case allianceReference(String)
    /// "the two countries": the two states last named.
    case pairReference
    /// "his country", "بلاده": the state of the person just named, else the state last named.
    case stateReference
    /// A subject pronoun ("It", "Она") opening a sentence or a clause: the state the last sentence was about.
    case pronoun
    /// Page furniture that introduces links to other articles ("اقرأ أيضا", "Read more", "Читайте также"):
    /// a short line with it, and the headline after it, are not the article.
    case furniture
    /// A title or office that comes before a person's name; the value is the English role.
    case title(String)
    /// "recently": the publication month.
    case recently
    /// A clause boundary that membership cues, and unless `membershipOnly` event actors too, do not
    /// reach across ("but", "في حين", "однако"; "after" and "قبل أن" stop memberships only).
    case barrier(membershipOnly: Bool)
    /// A word that makes a conflict a border conflict ("border", "الحدود") without being one by itself.
    case borderWord
    /// A word that is never part of a person's name after a title.
    case notName
    /// A happening that belongs to one alliance by its name ("القمة العربية", "Arab summit": the Arab
    /// League's); the value is the alliance code.
    case eventAlliance(String)
    /// "until", "حتى", "до": a status dated by the date after it held up to then.
    case until
    /// What is planned or scheduled ("will", "سيتم", "будет"): a joining under it makes an applicant.
    case prospect
    /// A relative pronoun ("which", "التي", "которой"): a subject pronoun after it is the main clause's state.
    case relative
    /// A word that makes the adjective or capital next to it stand for its state as an actor: "official
    /// Baku", "النظام السوري", "the Syrian government"; `before` when the word comes first.
    case stateHead(before: Bool)
    /// "after 12 years of", "بعد مرور": a change after it lies in the past, at no date the article gives.
    case pastAnchor
    /// A word for a go-between ("mediate", "وساطة", "посредник"): mediation by a third state, not peace between two.
    case mediator
    /// A phrase matched only to hide the cues inside it ("the Union State" is no union of the article).
    case blocker

}

extension CueKind {
    /// Cues of one family hide each other when one lies inside a longer one ("لا" inside "لا تزال");
    /// cues of different families may overlap ("الدول التي وقعت" is membership, "وقعت معاهدة" an agreement).
    var family: Int {
        switch self {
        case .membership, .leadership, .negation, .cessation, .neutral, .irrealis, .barrier: return 0
        case .event, .meeting: return 1
        case .conflict: return 2
        case .title: return 3
        default: return 4
        }
    }
}

/// One cue phrase: its words in matching form.
struct CuePattern: Sendable {
    enum Word: Sendable, Hashable {
        case exact(String)
        /// An acronym, compared with the word as written, never with a stem ("СВО" is not "свое").
        case literal(String)
        case prefix(String)
        case gap(Int)
    }
    var words: [Word]
    var kind: CueKind
    var source: String
}

/// A cue found in a sentence.
struct CueMatch: Sendable, Hashable {
    var kind: CueKind
    var range: Range<Int>
    var text: String
}

/// The cue phrases of one language, loaded from Lexicon/<lang>/<lang>-cues.txt.
///
/// Each line is `kind<TAB>value<TAB>phrase|phrase|...`. A word ending in `*` matches any word it
/// begins; `..` skips up to three words. Arabic words are matched through their proclitics,
/// Russian words through their case endings.
struct CueLexicon: Sendable {
    let language: Language
    private(set) var exact: [WordKey: [CuePattern]] = [:]
    private(set) var prefixes: [UInt64: [CuePattern]] = [:]
    private(set) var problems: [String] = []
    /// Words never part of a person's name after a title (matching forms).
    private(set) var notNames: Set<String> = []
    /// `exact` and `prefixes` compiled for matching.
    let table: CueTable

    static let arabic = CueLexicon(file: .arabicCues, language: .arabic)
    static let english = CueLexicon(file: .englishCues, language: .english)
    static let russian = CueLexicon(file: .russianCues, language: .russian)

    static func forLanguage(_ l: Language) -> CueLexicon {
        switch l {
        case .arabic: return arabic
        case .russian: return russian
        default: return english
        }
    }

    init(file: LexiconFile, language: Language) {
        self.language = language
        for row in file.rows {
            guard row.fields.count >= 3, let kind = Self.kind(row.fields[0], row.fields[1]) else {
                problems.append("\(file.rawValue):\(row.line): unknown cue kind or value '\(row.fields.prefix(2).joined(separator: " "))'")
                continue
            }
            if kind == .notName {
                for w in row.fields[2].split(separator: "|") {
                    for t in Tokenizer.tokens(in: String(w)) where t.kind == .word { notNames.insert(t.norm) }
                }
                continue
            }
            for phrase in row.fields[2].split(separator: "|") {
                let words = Self.words(String(phrase))
                guard let first = words.first else { continue }
                let p = CuePattern(words: words, kind: kind, source: String(phrase))
                switch first {
                case .exact(let w), .literal(let w): exact[WordKey(w), default: []].append(p)
                case .prefix(let w): prefixes[Self.prefixKey(w), default: []].append(p)
                case .gap: problems.append("\(file.rawValue):\(row.line): a phrase cannot start with '..'")
                }
            }
        }
        for k in exact.keys { exact[k]!.sort { $0.words.count > $1.words.count } }
        for k in prefixes.keys { prefixes[k]!.sort { $0.words.count > $1.words.count } }
        table = CueTable(exact: exact, prefixes: prefixes)
    }

    /// The first two scalars of a word, the bucket of the prefix patterns it may begin.
    @inline(__always)
    static func prefixKey(_ w: String) -> UInt64 {
        var it = w.unicodeScalars.makeIterator()
        let a = UInt64(it.next()?.value ?? 0), b = UInt64(it.next()?.value ?? 0)
        return a << 32 | b
    }

    static func kind(_ name: String, _ value: String) -> CueKind? {
        switch name {
        case "member":
            // value: [<]status[>][!][?][^]  (< states before, > states after, ! a change, ? needs the alliance
            // named, ^ the alliance right after the cue: "withdrew from the CSTO", not "withdrew from Kazakhstan")
            // ~ : a bare noun ("members") that reaches only the two words next to it
            // @ : the alliance right before the cue ("NATO countries")
            // /status : the status a negation gives ("renew/former-member": all except X renewed)
            var v = Substring(value), dir = CueDirection.both
            var negated: MembershipStatus? = nil
            if let slash = v.firstIndex(of: "/") {
                guard let n = MembershipStatus(rawValue: String(v[v.index(after: slash)...])) else { return nil }
                negated = n
                v = v[..<slash]
            }
            let before = v.hasSuffix("@"); if before { v = v.dropLast() }
            let short = v.hasSuffix("~"); if short { v = v.dropLast() }
            let follows = v.hasSuffix("^"); if follows { v = v.dropLast() }
            let weak = v.hasSuffix("?"); if weak { v = v.dropLast() }
            let change = v.hasSuffix("!"); if change { v = v.dropLast() }
            if v.hasPrefix("<") { dir = .before; v = v.dropFirst() } else if v.hasSuffix(">") { dir = .after; v = v.dropLast() }
            return MembershipStatus(rawValue: String(v)).map {
                .membership($0, dir, change: change, weak: weak, allianceFollows: follows, shortReach: short, negated: negated, allianceBefore: before)
            }
        case "neutral": return .neutral
        case "irrealis": return .irrealis
        case "lead": return .leadership
        case "negation": return .negation
        case "cessation": return .cessation
        case "event": return EventType(rawValue: value).map { .event($0) }
        case "meeting": return .meeting
        case "conflict": return ConflictKind(rawValue: value).map { .conflict($0) }
        case "alliance-ref": return .allianceReference(value == "-" ? "" : value)
        case "pair-ref": return .pairReference
        case "state-ref": return .stateReference
        case "pronoun": return .pronoun
        case "furniture": return .furniture
        case "title": return value.isEmpty ? nil : .title(value)
        case "recently": return .recently
        case "barrier": return .barrier(membershipOnly: value == "membership")
        case "border-word": return .borderWord
        case "not-name": return .notName
        case "event-alliance": return Gazetteer.shared.alliance(code: value) == nil ? nil : .eventAlliance(value)
        case "until": return .until
        case "prospect": return .prospect
        case "relative": return .relative
        case "state-head": return value == "before" ? .stateHead(before: true) : value == "after" ? .stateHead(before: false) : nil
        case "blocker": return .blocker
        case "past-anchor": return .pastAnchor
        case "mediator": return .mediator
        default: return nil
        }
    }

    /// The words of a phrase: "премьер-министр" is two words, as the tokenizer sees it.
    static func words(_ phrase: String) -> [CuePattern.Word] {
        var out: [CuePattern.Word] = []
        for raw in phrase.split(separator: " ") {
            if raw == ".." { out.append(.gap(3)); continue }
            if raw == "..." { out.append(.gap(6)); continue }
            let isPrefix = raw.hasSuffix("*")
            let toks = Tokenizer.tokens(in: String(isPrefix ? raw.dropLast() : raw)).filter { $0.kind != .punctuation }
            for (i, t) in toks.enumerated() {
                if isPrefix && i == toks.count - 1 { out.append(.prefix(t.norm)) }
                else if t.script == .cyrillic && t.isAllCaps { out.append(.literal(t.norm)) }   // "СВО" is not the stem of "своих"
                else { out.append(.exact(t.script == .cyrillic ? RussianStemmer.stem(t.norm) : t.norm)) }
            }
        }
        return out
    }

    /// The cues of a sentence, left to right; a longer cue hides the cues of its family that start
    /// inside it (within it, or overlapping its end: "подала заявку на вступление в" is one
    /// application, not also an accession "вступление в"), and
    /// a phrase listed under several kinds ("الغزو": a war event and a war conflict) gives each.
    func matches(in tokens: [Token], keys: [[String]]) -> [CueMatch] {
        matches(in: tokens, keys: SentenceKeys(tokens, keys, KeyIndex.forLanguage(language)))
    }

    /// `matches(in:keys:)` with the keys looked up already, in `KeyIndex.forLanguage(language)`.
    func matches(in tokens: [Token], keys sentence: SentenceKeys) -> [CueMatch] {
        let table = self.table
        var out: [CueMatch] = []
        // the end of the last multi-word cue of each family (0...4): a cue of the same family starting inside it is hidden
        var covered = (0, 0, 0, 0, 0)
        func cover(_ f: Int, _ end: Int) {
            switch f {
            case 0: covered.0 = max(covered.0, end)
            case 1: covered.1 = max(covered.1, end)
            case 2: covered.2 = max(covered.2, end)
            case 3: covered.3 = max(covered.3, end)
            default: covered.4 = max(covered.4, end)
            }
        }
        var found: [Int32] = []   // pattern indices
        var best = [(end: Int, words: Int)](repeating: (-1, 0), count: 5)
        table.patterns.withUnsafeBufferPointer { patterns in
        for i in tokens.indices where tokens[i].kind == .word {
            // the longest phrase of each family starting here ("رئاسة منظمة" a membership cue and
            // "رئاسة ... ستنتقل" an appointment start at the same word)
            for f in 0..<5 { best[f] = (-1, 0) }
            found.removeAll(keepingCapacity: true)
            let range = sentence.keyRange(i)
            for ki in range {
                let id = sentence.info[ki].cue
                if id >= 0 {
                    let list = table.firstWord[Int(id)]
                    if !list.isEmpty { Self.consider(list, at: i, patterns, table, sentence, &best, &found) }
                }
                if let list = table.prefixBuckets[Self.prefixKey(sentence.flat[ki])] {
                    Self.consider(list, at: i, patterns, table, sentence, &best, &found)
                }
            }
            guard !found.isEmpty else { continue }
            // the longest phrase hides shorter ones of other families ("withdrawal from the" is no troop
            // withdrawal), except a membership phrase: what a state is stays read inside an event phrase
            var longest = (-1, 0)
            for f in 0..<5 where best[f].end >= 0 && (best[f].end, best[f].words) > longest { longest = (best[f].end, best[f].words) }
            let before = covered
            for f in 0..<5 where best[f].end >= 0 {
                let b = best[f]
                if f != 0, (b.end, b.words) != longest { continue }
                let end: Int
                switch f { case 0: end = before.0; case 1: end = before.1; case 2: end = before.2; case 3: end = before.3; default: end = before.4 }
                if i < end { continue }
                for pi in found where patterns[Int(pi)].family == Int32(f) {
                    out.append(CueMatch(kind: table.kinds[Int(pi)], range: i..<b.end, text: table.sources[Int(pi)]))
                }
                if b.words > 1 { cover(f, b.end) }
            }
        }
        }
        return out
    }

    /// Tries the patterns of `list` at token `i`: each family keeps its longest match (`best`, with
    /// the patterns that reach it in `found`).
    private static func consider(_ list: [Int32], at i: Int, _ patterns: UnsafeBufferPointer<CueTable.Pattern>, _ table: CueTable,
                                 _ sentence: SentenceKeys, _ best: inout [(end: Int, words: Int)], _ found: inout [Int32]) {
        for pi in list {
            let p = patterns[Int(pi)]
            guard let end = match(p, table, sentence, at: i) else { continue }
            let f = Int(p.family)
            let b = best[f]
            let count = p.wordCount
            if end > b.end || (end == b.end && count > b.words) {
                best[f] = (end, count)
                found.removeAll { patterns[Int($0)].family == p.family }
                found.append(pi)
            } else if end == b.end && count == b.words && !found.contains(where: { patterns[Int($0)].kindID == p.kindID }) {
                found.append(pi)
            }
        }
    }

    /// Whether token `t`'s keys hold pattern word `w`.
    @inline(__always)
    private static func wordMatches(_ w: CueTable.Word, _ table: CueTable, _ s: SentenceKeys, _ t: Int) -> Bool {
        let range = s.keyRange(t)
        switch w {
        case .exact(let id):
            for k in range where s.info[k].cue == id { return true }
            return false
        case .literal(let id): return !range.isEmpty && s.info[range.upperBound - 1].cue == id   // a Cyrillic word's keys end with the word as written
        case .prefix(let pi):
            let prefix = table.prefixTexts[Int(pi)]
            return s.keys(of: t).contains { hasBytePrefix($0, prefix) }
        case .gap: return false
        }
    }

    /// The token just past pattern `p` matched from token `start`, or nil.
    private static func match(_ p: CueTable.Pattern, _ table: CueTable, _ s: SentenceKeys, at start: Int) -> Int? {
        go(Int(p.wordStart), Int(p.wordEnd), start, table, s)
    }

    private static func go(_ wi: Int, _ wend: Int, _ ti: Int, _ table: CueTable, _ s: SentenceKeys) -> Int? {
        if wi == wend { return ti }
        let n = s.flags.count
        let w = table.words[wi]
        if case .gap(let g) = w {
            // a gap skips up to g words; punctuation inside it is free ("في يناير/ كانون الثاني 2022")
            var t = ti, words = 0
            while words <= Int(g) {
                if let r = go(wi + 1, wend, t, table, s) { return r }
                guard t < n, s.flags[t] & SentenceKeys.fullStop == 0 else { break }
                if s.flags[t] & SentenceKeys.punctuation == 0 { words += 1 }
                t += 1
            }
            return nil
        }
        var t = ti
        while t < n, s.flags[t] & SentenceKeys.punctuation != 0, s.flags[t] & SentenceKeys.hyphen != 0 { t += 1 }
        guard t < n, s.flags[t] & SentenceKeys.punctuation == 0, wordMatches(w, table, s, t) else { return nil }
        return go(wi + 1, wend, t + 1, table, s)
    }
}
