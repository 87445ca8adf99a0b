import KBExtraction
import KBModel

/// What a question asks about an event, and the words that say it in Arabic, English and Russian.
/// Words are matching forms (lower case, Arabic without harakat, ة as ه) and match as word prefixes.
struct EventConcept: Sendable {
    var name: String
    var types: [EventType]
    /// Words of the question that ask for this concept; also looked for in the reports' triggers and sentences.
    var words: [String]
}

/// A group of words that say one thing in the three languages (`word` entries of question-words.txt).
struct WordGroup: Sendable {
    var name: String
    var words: [String]
}

/// The small trilingual lexicon `ask` reads questions with: the Swift lists below for question
/// grammar, and `Lexicon/question-words.txt` for event concepts, aspects, statuses, the word groups
/// questions are compared with evidence by, and the treaty and body names that stand for alliances.
enum QuestionLexicon {
    /// The rows of question-words.txt: kind, name, value, forms.
    static let rows: [(kind: String, name: String, value: String, forms: [String])] = {
        var out: [(String, String, String, [String])] = []
        for raw in String(decoding: PackageResources.question_words_txt, as: UTF8.self).split(separator: "\n") {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { continue }
            out.append((f[0], f[1], f[2], f[3].split(separator: "|").map(String.init)))
        }
        return out
    }()

    static func forms(kind: String, name: String) -> [String] {
        rows.filter { $0.kind == kind && $0.name == name }.flatMap(\.forms)
    }

    static let concepts: [EventConcept] = rows.filter { $0.kind == "event" }.map { r in
        EventConcept(name: r.name, types: r.value.split(separator: ",").compactMap { EventType(rawValue: String($0)) }, words: r.forms)
    }

    /// Concepts that change a membership, and the status each leads to.
    static let membershipConcepts: [String: MembershipStatus] = [
        "join": .member, "rejoin": .member, "suspend": .suspended, "withdraw": .formerMember, "apply": .applicant,
    ]

    /// Statuses a "become ..." question names.
    static let statuses: [(MembershipStatus, [String])] = rows.filter { $0.kind == "status" }.compactMap { r in
        MembershipStatus(rawValue: r.value).map { ($0, r.forms) }
    }

    static let begin = forms(kind: "aspect", name: "begin")
    static let complete = forms(kind: "aspect", name: "complete")
    static let wordGroups: [WordGroup] = rows.filter { $0.kind == "word" }.map { WordGroup(name: $0.name, words: $0.forms) }
    /// Treaty, charter and body names standing for an alliance, by alliance code.
    static let allianceNames: [(code: String, phrases: [String])] = rows.filter { $0.kind == "name" }.map { ($0.name, $0.forms) }
    static let become = forms(kind: "cue", name: "become")
    static let future = forms(kind: "cue", name: "future")
    static let whatDate = forms(kind: "cue", name: "what-date")
    static let what = forms(kind: "cue", name: "what")
    /// Prepositions before the place of an event ("in Yerevan"); written as in the question, lower case.
    static let placeWords = Set(forms(kind: "cue", name: "place"))
    static let stop = Set(forms(kind: "cue", name: "stop"))

    /// Words that ask "when".
    static let when = forms(kind: "cue", name: "when")
    /// Words that open a yes/no question.
    static let yesNo = ["is", "are", "was", "were", "does", "do", "has", "هل", "ли"]
    /// Words of a membership question.
    static let membership = ["member", "belong", "part", "عضو", "اعضاء", "عضويه", "ينتمي", "تنتمي", "منضم", "член", "входит", "входят", "состоит", "состав"]
    /// The office of an alliance's secretary general, as the question's normalised text says it.
    static let secretaryGeneral = ["secretary general", "secretary-general", "генеральный секретарь", "генерального секретаря",
                                   "генсек", "الامين العام", "امين عام"]
    /// Words asking how many.
    static let howMany = ["many", "number", "count", "كم", "عدد", "сколько", "число", "количеств"]
    /// Question words that ask for a list rather than a yes or no ("who", "which", "кто", "من").
    static let whoWhich = ["who", "which", "what", "list", "кто", "какие", "каки", "من", "ما", "ماهي", "كم"]
    /// Words asking for a list of members.
    static let listing = ["who", "which", "what", "list", "members", "من", "ما", "ماهي", "اعضاء", "الاعضاء", "كم",
                          "кто", "какие", "каки", "члены", "состав", "входят", "входит"]
    /// Words naming alliances in general ("which alliances", "المنظمة", "блок").
    static let allianceWords = ["alliance", "organization", "organisation", "bloc", "pact", "union",
                                "منظمه", "تحالف", "حلف", "احلاف", "منظمات", "تكتل", "تجمع",
                                "альянс", "организац", "блок", "союз"]
    /// Words of a question about what happened between two parties.
    static let between = ["between", "happened", "timeline", "events", "بين", "حدث", "جري", "جرى", "между", "произошл", "событи"]
    /// Words asking what happened, with one party or more.
    static let happened = ["happened", "happen", "events", "timeline", "حدث", "جري", "جرى", "произошл", "происход", "событи", "случил"]
    /// Words of a question about conflicts.
    static let conflict = ["conflict", "dispute", "war", "clash", "tension", "fight", "نزاع", "صراع", "خلاف", "حرب", "توتر", "اشتباك",
                           "конфликт", "спор", "войн", "противост"]

    /// The forms of a question word to compare: the word, and in Arabic the word without its
    /// proclitics (و، ف، ب، ل، ك and the article).
    static func forms(_ word: String) -> [String] {
        var out = [word]
        guard word.unicodeScalars.first.map({ (0x0600...0x06FF).contains($0.value) }) == true else { return out }
        for p in ["وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"] where word.hasPrefix(p) {
            let rest = String(word.dropFirst(p.count))
            if rest.count >= 2 { out.append(rest) }
            if rest.hasPrefix("ال"), rest.count >= 4 { out.append(String(rest.dropFirst(2))) }
        }
        // The present tense's person prefix (تسحب، يقصف، نطلب): the stem the cue lists.
        for w in out where w.count >= 4 {
            if let f = w.first, "تين".contains(f) { out.append(String(w.dropFirst())) }
            // the future's س before it (ستنتقل، سيعقد)
            if w.hasPrefix("س"), let f = w.dropFirst().first, "تين".contains(f), w.count >= 5 { out += [String(w.dropFirst()), String(w.dropFirst(2))] }
        }
        return out
    }

    /// True when one of `words` starts one of the forms of `word` (cue words of one or two letters match whole).
    static func matches(_ word: String, _ cues: [String]) -> Bool {
        let fs = forms(word)
        return cues.contains { cue in fs.contains { f in cue.count <= 2 ? f == cue : f.hasPrefix(cue) } }
    }

    /// True when `cues` (single words as in `matches`, or phrases of several words matched as a
    /// prefix of the phrase) occur among `words`.
    static func occurs(_ cues: [String], in words: [String]) -> Bool {
        let single = cues.filter { !$0.contains(" ") }, multi = cues.filter { $0.contains(" ") }
        if words.contains(where: { matches($0, single) }) { return true }
        guard !multi.isEmpty else { return false }
        let phrase = " " + words.joined(separator: " ")
        return multi.contains { phrase.contains(" " + $0) }
    }

    /// The content of a question as keys to find in evidence sentences: the word groups and event
    /// concepts its words name (`w:border`, `c:join`: any language says them) and its other words of
    /// four letters or more, not question grammar, by their first five letters (`r:delim`).
    static func keys(of words: [String]) -> Set<String> {
        var out = Set<String>()
        for g in wordGroups where occurs(g.words, in: words) { out.insert("w:" + g.name) }
        for c in concepts where occurs(c.words, in: words) { out.insert("c:" + c.name) }
        for w in words where w.count >= 4 && !stop.contains(w) && Int(w) == nil {
            let grouped = wordGroups.contains { matches(w, $0.words) } || concepts.contains { matches(w, $0.words) }
                || matches(w, begin) || matches(w, complete) || matches(w, future) || matches(w, when)
            guard !grouped else { continue }
            let stem = forms(w).filter { $0.count >= 3 }.min { $0.count < $1.count } ?? w
            out.insert("r:" + String(stem.prefix(5)))
        }
        return out
    }

    /// How many of a question's `keys` the words of an evidence sentence say.
    static func overlap(_ keys: Set<String>, _ words: [String]) -> Int {
        var n = 0
        let allForms = words.flatMap { forms($0) }
        for k in keys {
            let body = String(k.dropFirst(2))
            switch k.prefix(2) {
            case "w:": if let g = wordGroups.first(where: { $0.name == body }), occurs(g.words, in: words) { n += 1 }
            case "c:": if let c = concepts.first(where: { $0.name == body }), occurs(c.words, in: words) { n += 1 }
            default: if allForms.contains(where: { $0.hasPrefix(body) }) { n += 1 }
            }
        }
        return n
    }

    /// The words of `text` in matching form.
    static func words(_ text: String) -> [String] {
        Tokenizer.matchForm(text).split(separator: " ").map(String.init)
    }
}
