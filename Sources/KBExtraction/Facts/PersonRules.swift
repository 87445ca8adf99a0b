import KBModel

/// Persons of one sentence: names from the reference list (by full name or surname), and unknown
/// names that follow a title ("الرئيس X Y", "Prime Minister X Y", "министр обороны X Y"). The
/// state is the reference list's, else the one the title names ("رئيس وزراء أرمينيا",
/// "Armenian Prime Minister", "Kremlin spokesman").
enum PersonRules {
    static func apply(_ a: SentenceAnalysis, _ ctx: inout ArticleContext, lexicon: CueLexicon, keys: [[String]]) -> (persons: [PersonMention], slots: [EntitySlot]) {
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
                if ["of", "باسم", "ل", "للشوون", "لشوون", "لشيون", "لشئون", "لشؤون", "للشؤون", "للشئون"].contains(a.tokens[j].norm) || a.tokens[j].norm == "," || a.tokens[j].norm == "\u{060C}" {
                    afterComma = afterComma || a.tokens[j].norm == "," || a.tokens[j].norm == "\u{060C}"
                    j += 1; skipped += 1; continue
                }
                break
            }
            guard j < a.tokens.count, !(a.slots + added).contains(where: { $0.range.contains(j) }) else { continue }
            let script = a.tokens[j].script
            let maxWords = script == .arabic ? 2 : 3
            var k = j
            var words = 0
            while k < a.tokens.count, words < maxWords {
                // "Kassym-Jomart": a hyphen joins two parts of one name
                if a.tokens[k].norm == "-", k > j, k + 1 < a.tokens.count, a.tokens[k + 1].script == script, a.tokens[k + 1].start == a.tokens[k].end {
                    k += 1
                    continue
                }
                let tok = a.tokens[k]
                guard tok.kind == .word, tok.script == script, tok.norm.unicodeScalars.count >= 2,
                      !a.slots.contains(where: { $0.range.contains(k) }),
                      !keys[k].contains(where: { lexicon.notNames.contains($0) }),
                      !a.cues.contains(where: { $0.range.lowerBound == k }) else { break }
                if script == .arabic {
                    // the article is written with a bare alef; "ألكسندر" and "إلهام" are names
                    let original = a.text(k..<(k + 1)).unicodeScalars.first
                    // ... though a family name may carry it after a first name ("بشار الأسد")
                    let article = (tok.norm.hasPrefix("ال") && original == "\u{0627}") || tok.norm.hasPrefix("وال")
                    if article && (words == 0 || a.times.contains(where: { $0.range.contains(k) })) { break }
                } else if !tok.isCapitalized || tok.isAllCaps && tok.norm.count <= 3 {
                    break
                }
                k += 1
                words += 1
            }
            guard words >= 2 else { continue }
            // a name set off by a comma is closed by one ("..., Bakhtiyor Khakimov, said"), else the words
            // after the comma are the sentence going on ("رئيس الوزراء، معلنا تعليق ...")
            if afterComma, k < a.tokens.count, a.tokens[k].kind != .punctuation { continue }
            // "Secretary-General Stanislav Vasilievich Zas": first names before a known surname are that person
            if k < a.tokens.count, a.slots.contains(where: { $0.entity.kind == .person && $0.range.lowerBound == k }) { continue }
            let surface = a.text(j..<k)
            let code = "x-" + a.tokens[j..<k].map(\.norm).joined(separator: "-")
            let person = EntityRef(kind: .person, code: code, name: script == .latin ? surface : surface)
            let state = titleState(t, nameStart: j)
            if let st = state { ctx.personStates[code] = st }
            added.append(EntitySlot(range: j..<k, entity: person, role: .name, isReference: false))
            out.append(PersonMention(person: person, nameNative: surface, state: state, role: roleName(t),
                                     provenance: .rule(ctx.language, "person", "title: \(t.text)", sentence: a.sentence.index, confidence: 0.7)))
        }
        return (out, added)
    }
}
