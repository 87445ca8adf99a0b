import KBModel

/// Tells Arabic, Russian and English apart by script, and English from other Latin-script text by
/// its commonest words.
public enum LanguageDetector {
    /// The language of `text`, judged from at most its first 4,000 letters.
    public static func detect(_ text: String) -> Language {
        var arabic = 0, cyrillic = 0, latin = 0, seen = 0
        for s in text.unicodeScalars {
            let v = s.value
            if (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFEFF).contains(v) {
                arabic += 1
            } else if (0x0400...0x04FF).contains(v) {
                cyrillic += 1
            } else if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                latin += 1
            } else { continue }
            seen += 1
            if seen >= 4000 { break }
        }
        guard seen >= 3 else { return .other }
        if arabic >= cyrillic && arabic >= latin && arabic * 5 >= seen { return arabic > 0 ? .arabic : .other }
        if cyrillic >= latin && cyrillic * 5 >= seen { return .russian }
        return looksEnglish(text) ? .english : .other
    }

    /// Common English function words, each packed into an integer as `looksEnglish` packs words.
    private static let englishKeys: Set<UInt64> = Set(["the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "said", "was", "by", "as", "its", "from", "has", "have", "are", "it", "be", "at", "an", "which", "but", "not", "this", "will", "were", "he", "she", "they", "or", "after"].map { (w: String) in
        w.unicodeScalars.reduce(UInt64(0)) { $0 << 8 | UInt64($1.value) }
    })

    /// The share of common English function words among the first 400 lower-case words: names
    /// (capitalised words) are left out of the count, so that a short wire text full of states
    /// and leaders is still read as English.
    private static func looksEnglish(_ text: String) -> Bool {
        var words = 0, hits = 0, allWords = 0
        // a word is packed into an integer (up to 7 ASCII letters), compared with the packed list
        var key: UInt64 = 0, length = 0, inWord = false, capitalised = false
        func endWord() {
            guard inWord else { return }
            allWords += 1
            let hit = length <= 7 && englishKeys.contains(key)
            if hit { hits += 1 }
            if hit || !capitalised { words += 1 }
            key = 0; length = 0; inWord = false; capitalised = false
        }
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80, (v | 0x20) >= 0x61, (v | 0x20) <= 0x7A {
                if !inWord { capitalised = v < 0x61 }
                key = key << 8 | UInt64(v | 0x20); length += 1; inWord = true
            } else if v >= 0xC0, s.properties.isAlphabetic {
                length += 8; inWord = true
            } else { endWord(); if allWords >= 400 { break } }
        }
        endWord()
        return allWords > 0 && (hits * 5 > words || allWords < 3)
    }
}
