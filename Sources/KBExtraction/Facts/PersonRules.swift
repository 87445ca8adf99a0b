import KBModel

/// Persons of one sentence: names from the reference list (by full name or surname), and unknown
/// names that follow a title ("الرئيس X Y", "Prime Minister X Y", "министр обороны X Y"). The
/// state is the reference list's, else the one the title names ("رئيس وزراء أرمينيا",
/// "Armenian Prime Minister", "Kremlin spokesman").
enum PersonRules {
    static let arabicCompounds: Set<String> = ["ابو", "عبد", "بن", "ابن", "ال", "ابي", "بنت"]

    /// Whether a slot of either list holds token `k` (the two lists are not joined per call).
    static func covers(_ slots: [EntitySlot], _ added: [EntitySlot], _ k: Int) -> Bool {
        slots.contains { $0.range.contains(k) } || added.contains { $0.range.contains(k) }
    }

    static func apply(_ a: SentenceAnalysis, _ ctx: inout ArticleContext, lexicon: CueLexicon, keys: SentenceKeys) -> (persons: [PersonMention], slots: [EntitySlot]) {
        var out: [PersonMention] = []
        var added: [EntitySlot] = []
        let titles = a.cues.filter { if case .title = $0.kind { return true } else { return false } }

        /// The title before a name; in a chain ("пресс-секретарь президента России") the first.
        func titleBefore(_ r: Range<Int>) -> CueMatch? {
            guard var i = titles.lastIndex(where: { $0.range.upperBound <= r.lowerBound && a.distance($0.range, r) == 0 && r.lowerBound - $0.range.upperBound <= 5 }) else { return nil }
            while i > 0, titles[i - 1].range.upperBound <= titles[i].range.lowerBound, a.distance(titles[i - 1].range, titles[i].range) == 0 { i -= 1 }
            return titles[i]
        }
        /// The state a title names next to it: a state or capital right after or right before it.
        func titleState(_ t: CueMatch, nameStart: Int) -> EntityRef? {
            for s in a.slots where s.entity.kind == .state {
                if s.range.lowerBound >= t.range.lowerBound && s.range.upperBound <= nameStart { return s.entity }
                if s.range.upperBound == t.range.lowerBound { return s.entity }
            }
            return nil
        }
        func roleName(_ t: CueMatch?) -> String? { if case .title(let r)? = t?.kind { return r } else { return nil } }

        for s in a.slots where s.entity.kind == .person && !s.isReference {
            let record = Gazetteer.shared.person(code: s.entity.code)
            let t = titleBefore(s.range)
            let state = record?.state.flatMap { Gazetteer.shared.state(code: $0) } ?? t.flatMap { titleState($0, nameStart: s.range.lowerBound) }
            if let st = state { ctx.personStates[s.entity.code] = st }
            out.append(PersonMention(person: s.entity, nameNative: a.text(s.range), state: state, role: roleName(t) ?? record?.role,
                                     provenance: .rule(ctx.language, "person", record == nil ? "title" : "reference list", sentence: a.sentence.index, confidence: 0.9)))
        }

        /// May token `k` be a word of an unknown name written in `script`, as word number `words`?
        func nameWord(_ k: Int, _ script: Script, _ words: Int) -> Bool {
            let tok = a.tokens[k]
            guard tok.kind == .word, tok.script == script, tok.norm.unicodeScalars.count >= 2,
                  !Self.covers(a.slots, added, k),
                  !keys.keys(of: k).contains(where: { lexicon.notNames.contains($0) }),
                  !a.cues.contains(where: { $0.range.lowerBound == k }) else { return false }
            if script == .arabic {
                // the article is written with a bare alef; "ألكسندر" and "إلهام" are names
                let original = a.text(k..<(k + 1)).unicodeScalars.first
                // ... though a family name may carry it after a first name ("بشار الأسد")
                let article = (tok.norm.hasPrefix("ال") && original == "\u{0627}") || tok.norm.hasPrefix("وال")
                if article && (words == 0 || a.times.contains(where: { $0.range.contains(k) })) { return false }
            } else if !tok.isCapitalized || tok.isAllCaps && tok.norm.count <= 3 {
                return false
            }
            return true
        }
        /// The words of an unknown name from `j` on: its end (exclusive) and how many words it has.
        func nameAfter(_ j: Int) -> (end: Int, words: Int) {
            let script = a.tokens[j].script
            var maxWords = script == .arabic ? 2 : 3
            var k = j, words = 0
            while k < a.tokens.count, words < maxWords {
                // "Kassym-Jomart": a hyphen joins two parts of one name
                if a.tokens[k].norm == "-", k > j, k + 1 < a.tokens.count, a.tokens[k + 1].script == script, a.tokens[k + 1].start == a.tokens[k].end {
                    k += 1
                    continue
                }
                guard nameWord(k, script, words) else { break }
                // "أحمد أبو زيد", "عبد الله": a compound part takes the word after it into the name
                if script == .arabic, Self.arabicCompounds.contains(a.tokens[k].norm) { maxWords = max(maxWords, words + 2) }
                k += 1
                words += 1
            }
            return (k, words)
        }
        func isComma(_ i: Int) -> Bool { i >= 0 && i < a.tokens.count && (a.tokens[i].norm == "," || a.tokens[i].norm == "\u{060C}") }
        func addUnknown(_ r: Range<Int>, _ t: CueMatch, state: EntityRef?, how: String) {
            let surface = a.text(r)
            let code = "x-" + a.tokens[r].map(\.norm).joined(separator: "-")
            let person = EntityRef(kind: .person, code: code, name: surface)
            if let st = state { ctx.personStates[code] = st }
            added.append(EntitySlot(range: r, entity: person, role: .name, isReference: false))
            out.append(PersonMention(person: person, nameNative: surface, state: state, role: roleName(t),
                                     provenance: .rule(ctx.language, "person", "\(how): \(t.text)", sentence: a.sentence.index, confidence: 0.7)))
        }

        // unknown names after a title
        for t in titles where t.range.lowerBound >= a.datelineEnd {
            var j = t.range.upperBound
            var skipped = 0
            var afterComma = false
            // skip what qualifies the title: a state, an alliance, "باسم الكرملين", "of Armenia", another title
            // "... لشئون منظمة شنغهاي للتعاون، X Y": an office and what it is for, then the name after a comma
            while j < a.tokens.count, skipped < 6 {
                if let s = a.slots.first(where: { $0.range.lowerBound == j && $0.entity.kind != .person }) { j = s.range.upperBound; skipped += 1; continue }
                if let c = titles.first(where: { $0.range.lowerBound == j }) { j = c.range.upperBound; skipped += 1; continue }
                if ["of", "باسم", "ل", "للشوون", "لشوون", "لشيون", "لشئون", "لشؤون", "للشؤون", "للشئون"].contains(a.tokens[j].norm) || isComma(j) {
                    afterComma = afterComma || isComma(j)
                    j += 1; skipped += 1; continue
                }
                break
            }
            guard j < a.tokens.count, !Self.covers(a.slots, added, j) else { continue }
            var (k, words) = nameAfter(j)
            if words < 2, !afterComma {
                // "المتحدث باسم الحزب المعارض في جورجيا، ليفان غوغيا،": a longer qualifier,
                // then the name set off by commas
                let limit = min(a.tokens.count, t.range.upperBound + 10)
                if let comma = (t.range.upperBound..<limit).first(where: { isComma($0) }),
                   !a.tokens[t.range.upperBound..<comma].contains(where: { $0.norm == "." }),
                   !a.cues.contains(where: { c in
                       guard c.range.lowerBound > t.range.upperBound, c.range.upperBound <= comma else { return false }
                       if case .event = c.kind { return true }
                       if case .title = c.kind { return true }
                       return false
                   }),
                   comma + 1 < a.tokens.count, !Self.covers(a.slots, added, comma + 1) {
                    j = comma + 1
                    afterComma = true
                    (k, words) = nameAfter(j)
                }
            }
            if words < 2, !afterComma,
               let st = a.slots.first(where: { s in
                   s.entity.kind == .state && s.role == .adjective && s.range.lowerBound > t.range.upperBound && s.range.lowerBound - t.range.upperBound <= 4
                       && (t.range.upperBound..<s.range.lowerBound).allSatisfy { i in
                           a.tokens[i].kind == .word && !a.slots.contains { $0.range.contains(i) }
                               && !a.cues.contains { c in
                                   if case .event = c.kind { return c.range.contains(i) } else { return false }
                               }
                       }
               }),
               st.range.upperBound < a.tokens.count, !Self.covers(a.slots, added, st.range.upperBound) {
                // "المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد": an office ending with its state, then the name
                let (k2, w2) = nameAfter(st.range.upperBound)
                if w2 >= 2 { j = st.range.upperBound; k = k2; words = w2 }
            }
            guard words >= 2 else { continue }
            // a name set off by a comma is closed by one ("..., Bakhtiyor Khakimov, said"), else the words
            // after the comma are the sentence going on ("رئيس الوزراء، معلنا تعليق ...")
            if afterComma, k < a.tokens.count, a.tokens[k].kind != .punctuation { continue }
            // "Secretary-General Stanislav Vasilievich Zas": first names before a known surname are that person
            if k < a.tokens.count, a.slots.contains(where: { $0.entity.kind == .person && $0.range.lowerBound == k }) { continue }
            addUnknown(j..<k, t, state: titleState(t, nameStart: j), how: "title")
        }

        // unknown names before a title, set off by a comma: "أكد آرام توروسيان، المتحدث باسم وزارة الدفاع",
        // "Hikmat Haciyev, the chief of the Foreign Relations Department"
        for t in titles where t.range.lowerBound >= a.datelineEnd + 3 {
            // "X Y, the spokeswoman of ...": an article may stand between the comma and the title
            let article = ["the", "a", "an"].contains(a.tokens[t.range.lowerBound - 1].norm) ? 1 : 0
            let e = t.range.lowerBound - 1 - article   // the comma
            guard e >= 2, isComma(e) else { continue }
            let script = a.tokens[e - 1].script
            let maxWords = script == .arabic ? 2 : 3
            var b = e, words = 0
            while b > 0, words < maxWords, nameWord(b - 1, script, 1) { b -= 1; words += 1 }
            guard words >= 2, b < e else { continue }
            // an Arabic first name carries no article
            if script == .arabic, !nameWord(b, script, 0) { continue }
            // what stands before the name opens it: the sentence start, punctuation, a verb of saying, a
            // lower-case word in Latin script
            if b > 0 {
                let before = a.tokens[b - 1]
                let opens = before.kind == .punctuation || a.cues.contains { $0.range.upperBound == b }
                    || (script == .latin && !before.isCapitalized)
                guard opens else { continue }
            }
            // the state the title's qualifier names: "وزارة الدفاع الأرمينية", "the Azerbaijani Presidential Administration"
            var state: EntityRef? = nil
            var i = t.range.upperBound
            while i < min(a.tokens.count, t.range.upperBound + 12), !(a.tokens[i].kind == .punctuation && a.tokens[i].norm != "-") {
                if let s = a.slots.first(where: { $0.range.lowerBound == i && $0.entity.kind == .state }) { state = s.entity; break }
                i += 1
            }
            addUnknown(b..<e, t, state: state, how: "before title")
        }
        return (out, added)
    }
}
