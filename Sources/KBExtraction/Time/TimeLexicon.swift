import Foundation
import KBModel

/// The units a relative expression counts in.
enum TimeUnit: UInt8 { case day, week, month, year }

/// What a word or phrase of a time lexicon means to the temporal tagger.
enum TimeWord: Equatable {
    case month(Int), monthShort(Int), hijriMonth(Int), weekday(Int), ordinal(Int), number(Int)
    /// "today" 0, "yesterday" -1, "أول أمس" -2.
    case dayOffset(Int)
    /// Singular ("month", "الشهر"), dual ("شهرين") and plural ("months", "أشهر") unit nouns.
    case unit(TimeUnit), unitDual(TimeUnit), unitPlural(TimeUnit)
    /// "last", "الماضي"; "next", "المقبل"; "الجاري", "текущего"; "this", "هذا" (only before what it qualifies).
    case past, next, current, this
    /// "ago", "назад" (after the duration); "قبل" (before it); "منذ" (a year's context, or "ago" for days).
    case ago, agoBefore, since
    case part, preposition, yearWord, hijriEra, gregorianEra, anaphoric
    case dayWord, dayPart, night, of, and, about, ordinalSuffix
    /// "will", "سوف", "من المقرر", "будет": the sentence speaks of what is to come.
    case future
    /// A narrative's own chronology, in years from the last year the text stated: "the following year" 1,
    /// "in the same year" 0, "a decade later" 10.
    case sequel(Int)
    /// "later", "спустя" after a duration ("five years later"); "بعد", "через", "after" before one ("بعد خمس سنوات").
    case later, laterBefore
    /// "after" between a duration and what it counts from ("three months after the war began").
    case afterOf
    /// A phrase that only looks temporal ("في أمس الحاجة", "الأمين العام الحالي"): skipped whole.
    case blocked
}

/// One lexicon entry: the words after the first one, and the meaning.
struct TimeLexiconEntry {
    /// Hashes of the folded words after the first.
    let rest: [UInt64]
    let word: TimeWord
}

/// A lexicon entry found at a token.
struct TimeLexiconMatch {
    let word: TimeWord
    /// Token index just past the match.
    let end: Int
    /// Folded scalars of proclitics stripped from the first word.
    let clitic: Int
}

/// The temporal vocabulary of one language: CLDR month and weekday names from Foundation plus the curated
/// lexicon file (Lexicon/<lang>/<lang>-time.txt), indexed by first word.
struct TimeLexicon: Sendable {
    /// Entries by the hash of their first folded word (64-bit FNV-1a: no String is built per token).
    private(set) var entries: [UInt64: [TimeLexiconEntry]] = [:]
    /// Bitmaps over word hashes: any entry's first word, and the words that can anchor an expression
    /// without a digit (months, weekdays, "yesterday", ...), so that most words need no dictionary look-up.
    private var anyWords = [UInt64](repeating: 0, count: 1024)
    private var anchorWords = [UInt64](repeating: 0, count: 1024)
    let stripsArabicClitics: Bool

    static let arabic = TimeLexicon(text: PackageResources.ar_time_txt, cldrLocales: ["ar", "ar_EG", "ar_SY", "ar_IQ", "ar_LB", "ar_MA", "ar_TN", "ar_DZ"], hijri: true, clitics: true)
    static let english = TimeLexicon(text: PackageResources.en_time_txt, cldrLocales: ["en"], hijri: false, clitics: false)
    static let russian = TimeLexicon(text: PackageResources.ru_time_txt, cldrLocales: ["ru"], hijri: false, clitics: false)

    static func forLanguage(_ language: Language) -> TimeLexicon {
        switch language {
        case .arabic: return arabic
        case .russian: return russian
        case .english, .other: return english
        }
    }

    init(text bytes: [UInt8], cldrLocales: [String], hijri: Bool, clitics: Bool) {
        stripsArabicClitics = clitics
        for (form, word) in Self.cldrForms(locales: cldrLocales, hijri: hijri) { add(form, word) }
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, let word = Self.word(fromHead: fields[0]) else { continue }   // see lineProblems
            for form in fields.dropFirst() where !form.isEmpty { add(form, word) }
        }
    }

    private mutating func add(_ form: String, _ word: TimeWord) {
        let words = TextNormalizer.normalize(form.replacingOccurrences(of: ".", with: "")).split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        let key = Self.hash(first.unicodeScalars)
        let entry = TimeLexiconEntry(rest: words.dropFirst().map { Self.hash($0.unicodeScalars) }, word: word)
        if entries[key]?.contains(where: { $0.rest == entry.rest && $0.word == entry.word }) == true { return }
        entries[key, default: []].append(entry)
        entries[key]!.sort { $0.rest.count > $1.rest.count }
        let bit = Self.bit(key)
        anyWords[bit >> 6] |= 1 << UInt64(bit & 63)
        switch word {
        case .month, .monthShort, .hijriMonth, .weekday, .dayOffset, .anaphoric, .unit, .unitDual, .unitPlural, .ago, .sequel:
            // A phrase anchors on its longest word, not on "في", "on" or "в".
            let anchor = words.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? first
            let b = Self.bit(Self.hash(anchor.unicodeScalars))
            anchorWords[b >> 6] |= 1 << UInt64(b & 63)
        default: break
        }
    }

    /// FNV-1a over scalar values.
    @inline(__always)
    static func hash<S: Sequence>(_ scalars: S, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    @inline(__always)
    static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & 0xFFFF) }

    private static let alefHash = hash(CollectionOfOne(Unicode.Scalar(0x0627)!))

    /// Calls `body` with each reading of a word: as written and, in Arabic, without its proclitics
    /// (و/ف, then ب/ل/ك, with لل read as ل + ال): the number of letters stripped, the hash of the rest,
    /// and whether an alef was restored in front of it.
    @inline(__always)
    func forEachReading(of token: TimeToken, in t: TimeTokenization, _ body: (Int, UInt64, Bool) -> Bool) {
        let start = Int(token.foldedStart), end = Int(token.foldedEnd)
        if body(0, t.hash(start, end), false) || !stripsArabicClitics { return }
        let length = end - start
        var k = 0
        if length >= 3, t.folded[start] == "\u{0648}" || t.folded[start] == "\u{0641}" {
            k = 1
            if body(1, t.hash(start + 1, end), false) { return }
        }
        guard length - k >= 3 else { return }
        let c = t.folded[start + k]
        if c == "\u{0644}" && t.folded[start + k + 1] == "\u{0644}" {
            _ = body(k + 1, t.hash(start + k + 1, end, seed: Self.alefHash), true)
        } else if c == "\u{0628}" || c == "\u{0644}" || c == "\u{0643}" {
            _ = body(k + 1, t.hash(start + k + 1, end), false)
        }
    }

    /// True when some word of the sentence may start a date expression that has no digit.
    func mayAnchor(_ t: TimeTokenization) -> Bool {
        var found = false
        for token in t.tokens where token.kind == .word {
            forEachReading(of: token, in: t) { _, h, _ in
                let b = Self.bit(h)
                found = anchorWords[b >> 6] & (1 << UInt64(b & 63)) != 0
                return found
            }
            if found { return true }
        }
        return false
    }

    /// Every entry that matches at token `i`, longest first.
    func matches(at i: Int, in t: TimeTokenization) -> [TimeLexiconMatch] {
        let token = t.tokens[i]
        guard token.kind == .word else { return [] }
        var found: [TimeLexiconMatch] = []
        forEachReading(of: token, in: t) { clitic, h, alef in
            let b = Self.bit(h)
            guard anyWords[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return false }
            guard let list = entries[h] else { return false }
            for entry in list where follows(entry.rest, after: i, in: t) {
                found.append(TimeLexiconMatch(word: entry.word, end: i + 1 + entry.rest.count, clitic: clitic))
            }
            return false
        }
        if found.count > 1 { found.sort { $0.end > $1.end } }
        return found
    }

    private func follows(_ rest: [UInt64], after i: Int, in t: TimeTokenization) -> Bool {
        guard !rest.isEmpty else { return true }
        guard i + rest.count < t.tokens.count else { return false }
        for (k, word) in rest.enumerated() {
            let token = t.tokens[i + 1 + k]
            if token.kind != .word || t.hash(of: token) != word { return false }
        }
        return true
    }

    /// The lines of a lexicon file that do not parse, for the lexicon tests.
    static func lineProblems(in bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            let fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return fields.count >= 2 && word(fromHead: fields[0]) != nil && !fields.dropFirst().contains(where: \.isEmpty) ? nil : trimmed
        }
    }

    /// The meanings of a word or phrase as written (folded and hashed as the tagger does).
    func meanings(of form: String) -> [TimeWord] {
        let words = TextNormalizer.normalize(form).split(separator: " ")
        guard let first = words.first else { return [] }
        let rest = words.dropFirst().map { Self.hash($0.unicodeScalars) }
        return (entries[Self.hash(first.unicodeScalars)] ?? []).filter { $0.rest == rest }.map(\.word)
    }

    /// Every entry, for the lexicon tests.
    var allMeanings: [[TimeWord]] { entries.values.flatMap { list in Dictionary(grouping: list, by: \.rest).values.map { $0.map(\.word) } } }

    private static func word(fromHead head: String) -> TimeWord? {
        let parts = head.split(separator: " ").map(String.init)
        guard let name = parts.first else { return nil }
        let value = parts.count > 1 ? parts[1] : ""
        let n = Int(value) ?? 0
        let unit: TimeUnit? = ["day": .day, "week": .week, "month": .month, "year": .year][value]
        switch name {
        case "month": return .month(n)
        case "monthshort": return .monthShort(n)
        case "hijri": return .hijriMonth(n)
        case "weekday": return .weekday(n)
        case "ordinal": return .ordinal(n)
        case "number": return .number(n)
        case "day": return .dayOffset(n)
        case "unit": return unit.map { .unit($0) }
        case "unit2": return unit.map { .unitDual($0) }
        case "units": return unit.map { .unitPlural($0) }
        case "past": return .past
        case "next": return .next
        case "current": return .current
        case "this": return .this
        case "ago": return .ago
        case "agobefore": return .agoBefore
        case "since": return .since
        case "part": return .part
        case "prep": return .preposition
        case "yearword": return .yearWord
        case "era": return value == "hijri" ? .hijriEra : .gregorianEra
        case "then": return .anaphoric
        case "dayword": return .dayWord
        case "daypart": return .dayPart
        case "night": return .night
        case "of": return .of
        case "and": return .and
        case "about": return .about
        case "ordsuffix": return .ordinalSuffix
        case "blocked": return .blocked
        case "future": return .future
        case "sequel": return Int(value).map { .sequel($0) }
        case "later": return .later
        case "laterbefore": return .laterBefore
        case "afterof": return .afterOf
        default: return nil
        }
    }

    /// Month, weekday and Hijri month names as CLDR gives them through Foundation.
    private static func cldrForms(locales: [String], hijri: Bool) -> [(String, TimeWord)] {
        var out: [(String, TimeWord)] = []
        for id in locales {
            let f = DateFormatter()
            f.locale = Locale(identifier: id)
            for names in [f.monthSymbols, f.standaloneMonthSymbols] {
                for (i, name) in symbols(names).enumerated() { out.append((name, .month(i + 1))) }
            }
            if !id.hasPrefix("ar") {
                for names in [f.shortMonthSymbols, f.shortStandaloneMonthSymbols] {
                    for (i, name) in symbols(names).enumerated() { out.append((name, .monthShort(i + 1))) }
                }
            }
            for (i, name) in symbols(f.weekdaySymbols).enumerated() { out.append((name, .weekday(i))) }
            if hijri {
                f.calendar = Calendar(identifier: .islamicUmmAlQura)
                for (i, name) in symbols(f.monthSymbols).enumerated() { out.append((name, .hijriMonth(i + 1))) }
            }
        }
        return out
    }

    /// Symbol lists are `[String]` on Linux and `[String]!` on Darwin.
    private static func symbols(_ list: [String]?) -> [String] { list ?? [] }
}
