import KBModel

/// Splits an article into sentences: at sentence-final punctuation followed by a space or a
/// closing quote, and at line breaks (headlines, datelines and paragraphs have no full stop).
/// A full stop after an initial, a known abbreviation or between digits does not end a sentence.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "vs", "etc",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "art", "para",
        "inc", "ltd", "co", "corp", "gov", "sen", "rep", "u.s", "e.g", "i.e", "approx",
        "г", "гг", "им", "ул", "т", "тыс", "млн", "млрд", "руб", "стр", "п", "ст", "см", "др", "пр", "ген", "соч",
    ]

    /// Marks and closing quotes or brackets that stay with the sentence they end.
    static let closers: [Unicode.Scalar] = [".", "!", "?", "\u{061F}", "\u{2026}", "\"", "\u{201D}", "\u{00BB}", "'", "\u{2019}", ")"]

    /// The longest sentence kept whole, in Unicode scalars.
    static let maxLength = 3000

    /// The sentences of `text`, with Unicode-scalar offsets and their original text.
    public static func sentences(in text: String) -> [Sentence] {
        sentences(in: text, scalars: Array(text.unicodeScalars))
    }

    /// `sentences(in:)` with the scalars of `text` already listed.
    static func sentences(in text: String, scalars: [Unicode.Scalar]) -> [Sentence] {
        // string indices of every scalar, so that a sentence's text is cut from the original in one copy
        var indices = Array(text.unicodeScalars.indices)
        indices.append(text.unicodeScalars.endIndex)
        var out: [Sentence] = []
        var start = 0
        var i = 0
        let n = scalars.count

        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
            while b > a, ScalarClass.isWhitespace(scalars[b - 1]) { b -= 1 }
            // text without any stop (a dump, a table) is cut at a space every few thousand characters,
            // so that no "sentence" makes the fact rules quadratic
            while b - a > maxLength {
                var cut = a + maxLength
                while cut > a + maxLength / 2, !ScalarClass.isWhitespace(scalars[cut]) { cut -= 1 }
                if scalars[a..<cut].contains(where: Self.isWordScalar) {
                    out.append(Sentence(index: out.count, start: a, end: cut, text: String(text.unicodeScalars[indices[a]..<indices[cut]])))
                }
                a = cut
                while a < b, ScalarClass.isWhitespace(scalars[a]) { a += 1 }
            }
            if b > a, scalars[a..<b].contains(where: Self.isWordScalar) {
                out.append(Sentence(index: out.count, start: a, end: b, text: String(text.unicodeScalars[indices[a]..<indices[b]])))
            }
            start = end
        }

        while i < n {
            let c = scalars[i]
            switch c {
            case "\n", "\r", "\u{2029}", "\u{2028}":
                emit(i)
                i += 1
                start = i
                continue
            case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{06D4}":
                var j = i + 1
                // runs of marks ("?!", "...") and closing quotes or brackets belong to the sentence
                while j < n, Self.closers.contains(scalars[j]) { j += 1 }
                let atEnd = j >= n
                let spaceAfter = !atEnd && ScalarClass.isWhitespace(scalars[j])
                // pages pasted without spaces: "on the website.According to", "joining NATO.\"Sweden"
                let glued = !atEnd && ScalarClass.isUppercase(scalars[j]) && i >= 2
                    && ScalarClass.isLowercase(scalars[i - 1]) && (ScalarClass.isLowercase(scalars[i - 2]) || j > i + 1)
                if (atEnd || spaceAfter || glued) && (c != "." || !isAbbreviation(scalars, dotAt: i, next: j)) {
                    emit(j)
                    i = j
                    continue
                }
                i = j
            default:
                i += 1
            }
        }
        emit(n)
        return out
    }

    /// A letter or digit of the scripts AllianceKB reads (a line of dashes or bullets is no sentence).
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        return (0x0621...0x064A).contains(v) || (0x0660...0x0669).contains(v) || (0x0400...0x04FF).contains(v)
            || s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Abbreviations that go on before a capital too ("Gen. Smith").
    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep", "г", "гг", "им", "ул", "т"]

    /// `isAbbreviation` for a word of ASCII letters and full stops: the same tests, with the word
    /// lower-cased byte by byte rather than through String.
    static func isASCIIAbbreviation(_ s: [Unicode.Scalar], from k: Int, dotAt: Int, next: Int) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(dotAt - k)
        for c in s[k..<dotAt] {
            let v = UInt8(c.value)
            bytes.append(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        }
        var m = next
        while m < s.count, ScalarClass.isWhitespace(s[m]) { m += 1 }
        if dotAt - k == 1, ScalarClass.isUppercase(s[k]) { return true }   // an initial: "J. Smith"
        let w = String(decoding: bytes, as: UTF8.self)
        let hasStop = bytes.contains(0x2E)
        if abbreviations.contains(w) || (hasStop && abbreviations.contains(String(decoding: bytes.filter { $0 != 0x2E }, as: UTF8.self))) {
            let nextIsLower = m < s.count && ScalarClass.isLowercase(s[m])
            let nextIsDigit = m < s.count && ScalarClass.isNumeric(s[m])
            return nextIsLower || nextIsDigit || titles.contains(w)
        }
        if hasStop { return !(m < s.count && ScalarClass.isUppercase(s[m])) || bytes.count <= 4 }   // "U.S." mid-sentence
        return false
    }

    /// True when the full stop at `dotAt` follows an initial or an abbreviation and the text goes on
    /// in lower case or with a number, or when it follows a single capital ("J. Smith", "U.S.").
    static func isAbbreviation(_ s: [Unicode.Scalar], dotAt: Int, next: Int) -> Bool {
        var k = dotAt
        while k > 0, dotAt - k <= 8 {
            let p = s[k - 1]
            if p == "." || (p.value < 0x80 ? (p.value | 0x20) >= 0x61 && (p.value | 0x20) <= 0x7A : p.properties.isAlphabetic) { k -= 1 } else { break }
        }
        // abbreviations are short Latin or Cyrillic words; an Arabic word or a long word ends a sentence
        guard k < dotAt, dotAt - k <= 8, !(0x0600...0x06FF).contains(s[k].value) else { return false }
        // no abbreviation is longer than six letters: a longer word without a full stop inside is none
        if dotAt - k > 6, !s[k..<dotAt].contains(".") { return false }
        if s[k..<dotAt].allSatisfy({ $0.value < 0x80 }) { return isASCIIAbbreviation(s, from: k, dotAt: dotAt, next: next) }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: s[k..<dotAt])
        let w = String(word).lowercased()
        // the next visible letter
        var m = next
        while m < s.count, ScalarClass.isWhitespace(s[m]) { m += 1 }
        let nextIsLower = m < s.count && ScalarClass.isLowercase(s[m])
        let nextIsDigit = m < s.count && ScalarClass.isNumeric(s[m])
        if word.count == 1, ScalarClass.isUppercase(word.first!), word.first!.value < 0x0400 || word.first!.value > 0x04FF {
            return true   // an initial: "J. Smith"
        }
        if abbreviations.contains(w) || abbreviations.contains(String(w.filter { $0 != "." })) {
            // "Jan. 6" and "Gen. Smith" go on; a month abbreviation at the end of a sentence is rare
            return nextIsLower || nextIsDigit || titles.contains(w)
        }
        if w.contains(".") { return !(m < s.count && ScalarClass.isUppercase(s[m])) || w.count <= 4 }   // "U.S." mid-sentence
        return false
    }
}
