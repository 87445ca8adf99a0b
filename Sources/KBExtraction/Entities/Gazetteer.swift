import Foundation
import KBModel

/// An entity found in free text, with Unicode-scalar offsets into that text.
public struct EntityMatch: Sendable, Hashable {
    public var entity: EntityRef
    public var start: Int
    public var end: Int
    public var surface: String

    public init(entity: EntityRef, start: Int, end: Int, surface: String) {
        self.entity = entity
        self.start = start
        self.end = end
        self.surface = surface
    }
}

/// How a name stands for its entity.
public enum AliasRole: String, Sendable {
    /// The entity's name ("Armenia", "منظمة معاهدة الأمن الجماعي").
    case name
    /// An upper-case acronym, matched only in upper case ("CSTO", "GUAM", "US").
    case acronym
    /// A relational adjective or demonym ("Armenian", "الروسية", "армянский").
    case adjective
    /// A capital or seat of power that stands for its state ("Yerevan", "الكرملين").
    case capital
    /// A longer name that contains this entity's name but does not stand for it ("France 24",
    /// "Radio Free Europe"): matched so that its words are used up, never reported.
    case ignore
}

/// One way of writing a name, as matched: its tokens in matching form.
struct GazetteerEntry: Sendable {
    var tokens: [String]
    var entity: EntityRef
    var role: AliasRole
    var language: Language
    /// Load order: CLDR names first, then the curated lexicons, which win a tie.
    var rank: Int = 0
}

/// What the person reference list says of one person.
public struct PersonRecord: Sendable, Hashable {
    public var entity: EntityRef
    public var state: String?
    public var role: String?
    public var organisation: String?
}

/// Every name AllianceKB knows, in Arabic, English and Russian: states (CLDR through Foundation
/// plus the curated variants of Lexicon/), alliances, capitals that stand for their state, persons.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    /// Every alias, for the store's alias table.
    public let aliases: [Alias]
    let index: [String: [GazetteerEntry]]
    let states: [String: EntityRef]
    let alliances: [String: EntityRef]
    let persons: [String: PersonRecord]
    /// The alliance a state leads (alliances.tsv, third column): "the Moscow-led bloc" is the CSTO.
    let ledBy: [String: EntityRef]
    /// The kind of each alliance (alliances.tsv, fourth column): military, union, organization.
    let allianceKinds: [String: String]
    /// Problems found while loading the lexicons (file, line, reason); tests keep this empty.
    public let problems: [String]

    init() {
        var problems: [String] = []
        var alpha3: [String: String] = [:]
        for row in LexiconFile.iso3166.rows where row.fields.count >= 2 { alpha3[row.fields[0]] = row.fields[1] }

        let english = Locale(identifier: "en")
        var states: [String: EntityRef] = [:]
        var entries: [GazetteerEntry] = []
        var aliases: [Alias] = []
        var seen = Set<String>()

        func add(_ surface: String, _ entity: EntityRef, _ role: AliasRole, _ language: Language) {
            let tokens = Tokenizer.tokens(in: surface).filter { $0.kind != .punctuation }
            guard !tokens.isEmpty else { return }
            // a look-alike to ignore is matched as written ("грузы" is not "Грузия", though both stem to "груз")
            let literal = role == .ignore && tokens.count == 1 && tokens[0].script == .cyrillic
            var keyTokens = tokens.map { $0.script == .cyrillic && !literal ? RussianStemmer.stem($0.norm) : $0.norm }
            if literal { keyTokens[0] = "=" + keyTokens[0] }
            let key = "\(entity.kind.rawValue):\(entity.code):\(role.rawValue):\(keyTokens.joined(separator: " "))"
            guard seen.insert(key).inserted else { return }
            entries.append(GazetteerEntry(tokens: keyTokens, entity: entity, role: role, language: language, rank: entries.count))
            aliases.append(Alias(entity: entity, language: language, surface: surface, normalized: tokens.map(\.norm).joined(separator: " ")))
        }

        // States: CLDR names in the three languages.
        for (a2, a3) in alpha3 {
            let name = english.localizedString(forRegionCode: a2) ?? a3
            let ref = EntityRef(kind: .state, code: a3, name: name)
            states[a3] = ref
            for lang in [Language.arabic, .english, .russian] {
                guard let n = Locale(identifier: lang.rawValue).localizedString(forRegionCode: a2) else { continue }
                for variant in Self.cldrVariants(n) { add(variant, ref, .name, lang) }
            }
        }
        var alliances: [String: EntityRef] = [:]
        var ledBy: [String: EntityRef] = [:]
        var allianceKinds: [String: String] = [:]
        for row in LexiconFile.alliances.rows {
            guard row.fields.count >= 2 else { problems.append("alliances.tsv:\(row.line): expected code and name"); continue }
            let ref = EntityRef(kind: .alliance, code: row.fields[0], name: row.fields[1])
            alliances[row.fields[0]] = ref
            if row.fields.count >= 3, !row.fields[2].isEmpty { ledBy[row.fields[2]] = ref }
            if row.fields.count >= 4, !row.fields[3].isEmpty { allianceKinds[row.fields[0]] = row.fields[3] }
        }
        // Curated aliases per language.
        for (file, lang) in [(LexiconFile.arabicEntities, Language.arabic), (.englishEntities, .english), (.russianEntities, .russian)] {
            for row in file.rows {
                guard row.fields.count >= 3, let role = AliasRole(rawValue: row.fields[1]) else {
                    problems.append("\(file.rawValue):\(row.line): expected CODE, role (name, acronym, adjective, capital, ignore) and forms"); continue
                }
                let code = row.fields[0]
                guard let ref = alliances[code] ?? states[code] else {
                    problems.append("\(file.rawValue):\(row.line): unknown code \(code)"); continue
                }
                for form in row.fields[2].split(separator: "|") { add(String(form).trimmingWhitespace(), ref, role, lang) }
            }
        }
        // Persons.
        var persons: [String: PersonRecord] = [:]
        for row in LexiconFile.persons.rows {
            let f = row.fields
            guard f.count >= 8, !f[0].isEmpty, !f[1].isEmpty else { problems.append("persons.tsv:\(row.line): expected 8 or more fields"); continue }
            let ref = EntityRef(kind: .person, code: f[0], name: f[1])
            let state = f[2].isEmpty ? nil : f[2]
            if let s = state, states[s] == nil { problems.append("persons.tsv:\(row.line): unknown state \(s)") }
            persons[f[0]] = PersonRecord(entity: ref, state: state, role: f[3].isEmpty ? nil : f[3], organisation: f[4].isEmpty ? nil : f[4])
            add(f[1], ref, .name, .english)
            for (col, lang) in [(5, Language.arabic), (6, .russian), (7, .english)] {
                for form in f[col].split(separator: "|") where !form.isEmpty {
                    add(String(form).trimmingWhitespace(), ref, .name, lang)
                    // "Касым-Жомарта Токаева", "Николу Пашиняну": the oblique cases of a man's name
                    if lang == .russian { for d in Self.russianCaseForms(String(form).trimmingWhitespace()) { add(d, ref, .name, lang) } }
                }
            }
        }
        var index: [String: [GazetteerEntry]] = [:]
        for e in entries { index[e.tokens[0], default: []].append(e) }
        for k in index.keys {
            // longest first; acronyms before names so that "GUAM" is the alliance and "Guam" the island
            index[k]!.sort { ($0.tokens.count, $0.role == .acronym ? 1 : 0, $0.rank) > ($1.tokens.count, $1.role == .acronym ? 1 : 0, $1.rank) }
        }
        self.index = index
        self.states = states
        self.alliances = alliances
        self.persons = persons
        self.ledBy = ledBy
        self.allianceKinds = allianceKinds
        self.aliases = aliases
        self.problems = problems
    }

    /// The genitive, dative, instrumental and prepositional of a man's name in Cyrillic, every word
    /// declined but the first part of a hyphenated one ("Касым-Жомарт Токаев" → "Касым-Жомарта Токаева",
    /// ... "Касым-Жомартом Токаевым"); a name with a word ending in a vowel other than "й" is left as is
    /// (women's names and indeclinable ones: "Шойгу").
    static func russianCaseForms(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty, words.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 0x0400 && $0.value <= 0x04FF || $0 == "-" } }) else { return [] }
        func decline(_ w: String, _ c: Int) -> String? {
            guard let last = w.last else { return nil }
            let lower = w.lowercased()
            if "аеёиоуыэюя".contains(last) { return nil }
            if last == "й" || last == "ь" { return String(w.dropLast()) + ["я", "ю", "ем", "е"][c] }
            let surname = ["ов", "ев", "ёв", "ин", "ын"].contains { lower.hasSuffix($0) }
            return w + ["а", "у", surname ? "ым" : "ом", "е"][c]
        }
        var out: [String] = []
        for c in 0..<4 {
            var declined: [String] = []
            for w in words {
                // only the last part of "Касым-Жомарт" takes the ending
                var parts = w.split(separator: "-").map(String.init)
                guard let d = parts.last.flatMap({ decline($0, c) }) else { return [] }
                parts[parts.count - 1] = d
                declined.append(parts.joined(separator: "-"))
            }
            out.append(declined.joined(separator: " "))
        }
        return out
    }

    /// CLDR short forms: "Bosnia & Herzegovina" also as "Bosnia and Herzegovina"; "Congo - Kinshasa" as is.
    static func cldrVariants(_ name: String) -> [String] {
        var out = [name]
        if name.contains("&") { out.append(name.replacingOccurrences(of: "&", with: "and")) }
        return out
    }

    /// The state with this ISO 3166-1 alpha-3 code.
    public func state(code: String) -> EntityRef? { states[code.uppercased()] }
    /// The alliance with this acronym.
    public func alliance(code: String) -> EntityRef? { alliances[code.uppercased()] }
    /// The kind of an alliance: "military", "union" or "organization".
    public func allianceKind(_ code: String) -> String? { allianceKinds[code] }
    /// The alliance `state` leads, if the lexicon names one ("RUS" leads the CSTO).
    public func allianceLed(by state: String) -> EntityRef? { ledBy[state] }
    /// The reference record of a person.
    public func person(code: String) -> PersonRecord? { persons[code] }
    /// Every alliance known.
    public var allAlliances: [EntityRef] { alliances.values.sorted() }

    /// The entity a name or code denotes, in any language and spelling: "Armenia", "أرمينيا", "Армения", "ARM", "CSTO".
    public func entity(named name: String) -> EntityRef? {
        let trimmed = name.trimmingWhitespace()
        if let a = alliances[trimmed.uppercased()] { return a }
        if trimmed.count == 3, let s = states[trimmed.uppercased()] { return s }
        if let p = persons[trimmed] { return p.entity }
        let tokens = Tokenizer.tokens(in: trimmed).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty else { return nil }
        let found = EntityRecognizer(gazetteer: self).matches(in: tokens, caseSensitive: false)
        if let m = found.first, m.range == 0..<tokens.count { return m.entity }
        return nil
    }

    /// Known names close to `name`, for "did you mean" messages.
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        let target = Array(Tokenizer.matchForm(name))
        guard !target.isEmpty else { return [] }
        var scored: [(Int, String)] = []
        var seen = Set<String>()
        for a in aliases where a.entity.kind != .person || a.language == .english {
            let cand = Array(a.normalized)
            guard abs(cand.count - target.count) <= max(2, target.count / 3) else { continue }
            let d = Self.editDistance(target, cand)
            if d <= max(2, target.count / 3), seen.insert(a.surface).inserted { scored.append((d, "\(a.surface) (\(a.entity.code))")) }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return a.isEmpty ? b.count : prev[b.count]
    }

    /// The entities named in `text`, left to right, longest match first.
    public func entities(in text: String, language: Language? = nil) -> [EntityMatch] {
        let tokens = Tokenizer.tokens(in: text)
        let scalars = Array(text.unicodeScalars)
        return EntityRecognizer(gazetteer: self).matches(in: tokens, caseSensitive: false).map { m in
            let s = tokens[m.range.lowerBound].start, e = tokens[m.range.upperBound - 1].end
            var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[s..<e])
            return EntityMatch(entity: m.entity, start: s, end: e, surface: String(v))
        }
    }
}
