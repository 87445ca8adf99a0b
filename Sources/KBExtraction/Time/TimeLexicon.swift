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
}

/// One lexicon entry: the words after the first one, and the meaning.
struct TimeLexiconEntry {
    let rest: [String]
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
    private(set) var entries: [String: [TimeLexiconEntry]] = [:]
    /// Bitmaps over word endings: any entry's first word, and the words that can anchor an expression
    /// without a digit (months, weekdays, "yesterday", ...), for the fast bail-out.
    private var anyEndings = [UInt64](repeating: 0, count: 1024)
    private var anchorEndings = [UInt64](repeating: 0, count: 1024)
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
            guard fields.count >= 2, let word = Self.word(fromHead: fields[0]) else {
                assertionFailure("bad time lexicon line: \(trimmed)")
                continue
            }
            for form in fields.dropFirst() where !form.isEmpty { add(form, word) }
        }
    }

    private mutating func add(_ form: String, _ word: TimeWord) {
        let words = TextNormalizer.normalize(form.replacingOccurrences(of: ".", with: "")).split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        let entry = TimeLexiconEntry(rest: Array(words.dropFirst()), word: word)
        if entries[first]?.contains(where: { $0.rest == entry.rest && $0.word == entry.word }) == true { return }
        entries[first, default: []].append(entry)
        entries[first]!.sort { $0.rest.count > $1.rest.count }
        let scalars = Array(first.unicodeScalars)
        let key = Self.endingKey(last: scalars[scalars.count - 1].value, previous: scalars.count >= 2 ? scalars[scalars.count - 2].value : 0)
        anyEndings[key >> 6] |= 1 << UInt64(key & 63)
        switch word {
        case .month, .monthShort, .hijriMonth, .weekday, .dayOffset, .anaphoric, .unit, .ago:
            anchorEndings[key >> 6] |= 1 << UInt64(key & 63)
        default: break
        }
    }

    @inline(__always)
    static func endingKey(last: UInt32, previous: UInt32) -> Int {
        Int(((last &* 0x9E37_79B1) ^ (previous &* 0x85EB_CA6B)) >> 16)
    }

    /// True when some word of the sentence may start a date expression that has no digit.
    func mayAnchor(_ t: TimeTokenization) -> Bool {
        for token in t.tokens where token.kind == .word {
            let key = t.endingKey(of: token)
            if anchorEndings[key >> 6] & (1 << UInt64(key & 63)) != 0 { return true }
        }
        return false
    }

    /// Every entry that matches at token `i`, longest first.
    func matches(at i: Int, in t: TimeTokenization) -> [TimeLexiconMatch] {
        let token = t.tokens[i]
        guard token.kind == .word else { return [] }
        let key = t.endingKey(of: token)
        guard anyEndings[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return [] }
        var found: [TimeLexiconMatch] = []
        for (clitic, form) in variants(of: token, in: t) {
            guard let list = entries[form] else { continue }
            for entry in list where follows(entry.rest, after: i, in: t) {
                found.append(TimeLexiconMatch(word: entry.word, end: i + 1 + entry.rest.count, clitic: clitic))
            }
        }
        if found.count > 1 { found.sort { $0.end > $1.end } }
        return found
    }

    private func follows(_ rest: [String], after i: Int, in t: TimeTokenization) -> Bool {
        guard !rest.isEmpty else { return true }
        guard i + rest.count < t.tokens.count else { return false }
        for (k, word) in rest.enumerated() {
            let token = t.tokens[i + 1 + k]
            if token.kind != .word || t.text(of: token) != word { return false }
        }
        return true
    }

    /// The word and, in Arabic, the word without its proclitics: و/ف, then ب/ل/ك (لل standing for ل + ال).
    private func variants(of token: TimeToken, in t: TimeTokenization) -> [(Int, String)] {
        var out = [(0, t.text(of: token))]
        guard stripsArabicClitics else { return out }
        let start = Int(token.foldedStart), length = Int(token.foldedEnd) - start
        var k = 0
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
        let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
        if length >= 3, t.folded[start] == waw || t.folded[start] == fa {
            k = 1
            out.append((1, t.text(of: token, droppingFirst: 1)))
        }
        if length - k >= 3 {
            let c = t.folded[start + k]
            if c == lam && t.folded[start + k + 1] == lam {
                out.append((k + 1, "\u{0627}" + t.text(of: token, droppingFirst: k + 1)))
            } else if c == ba || c == lam || c == kaf {
                out.append((k + 1, t.text(of: token, droppingFirst: k + 1)))
            }
        }
        return out
    }

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
