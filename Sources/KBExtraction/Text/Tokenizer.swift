import KBModel

/// Splits text into tokens with offsets into the original, matching forms already computed.
///
///     Tokenizer.tokens(in: "وأرمينيا، Russia's")   // "وارمينيا" "،" "russia"
public enum Tokenizer {
    /// The matching form of one scalar: `TextNormalizer.fold` plus taa marbuta as haa, so that
    /// "منظمة" and a hurried "منظمه" match alike.
    @inline(__always)
    static func matchFold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.value == 0x0629 { return "\u{0647}" }
        return TextNormalizer.fold(s)
    }

    /// The matching form of a whole phrase, words separated by single spaces.
    public static func matchForm(_ text: String) -> String {
        tokens(in: text).filter { $0.kind != .punctuation }.map(\.norm).joined(separator: " ")
    }

    @inline(__always)
    static func isJoiner(_ v: UInt32) -> Bool {
        // harakat, tatweel, zero-width joiners: inside a word, never a boundary
        (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || (0x0610...0x061A).contains(v)
            || (0x06D6...0x06ED).contains(v) || (0x200C...0x200D).contains(v) || v == 0x00AD
    }

    static func script(of v: UInt32) -> Script? {
        switch v {
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return v == 0xD7 || v == 0xF7 ? nil : .latin
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return .arabic
        case 0x0400...0x04FF: return .cyrillic
        default: return nil
        }
    }

    /// Single ASCII characters as strings, so that a punctuation token builds none.
    static let asciiStrings: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    @inline(__always)
    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// Tokens of `text`; offsets are Unicode-scalar offsets from `base`.
    public static func tokens(in text: String, base: Int = 0) -> [Token] {
        tokens(Array(text.unicodeScalars)[...], base: base)
    }

    /// Tokens of a text given as its scalars (a sentence cut from the article's, not copied again).
    static func tokens(_ text: ArraySlice<Unicode.Scalar>, base: Int) -> [Token] {
        text.withUnsafeBufferPointer { tokens(scalars: $0, base: base) }
    }

    private static func tokens(scalars: UnsafeBufferPointer<Unicode.Scalar>, base: Int) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(scalars.count / 3)
        // the matching form of the word being read, as UTF-8 (one buffer for every word)
        var norm: [UInt8] = []
        norm.reserveCapacity(64)
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v == 0x20 || v == 0x0A || isJoiner(v) || (v > 0x7F && v < 0x0600 && ScalarClass.isWhitespace(v)) || v == 0x09 || v == 0x0D || v == 0xA0 || (v >= 0x2000 && ScalarClass.isWhitespace(v)) { i += 1; continue }
            guard let sc = script(of: v) else {
                out.append(Token(start: base + i, end: base + i + 1, norm: v < 0x80 ? asciiStrings[Int(v)] : String(Character(s)), kind: .punctuation,
                                 script: .other, isCapitalized: false, isAllCaps: false))
                i += 1
                continue
            }
            let start = i
            norm.removeAll(keepingCapacity: true)
            var upper = 0, letters = 0
            let wordScript = sc
            while i < n {
                let c = scalars[i]
                let cv = c.value
                if isJoiner(cv) { i += 1; continue }
                guard let cs = script(of: cv) else {
                    // an apostrophe inside a Latin word: keep "o'clock"-like words, drop possessive 's
                    if (cv == 0x27 || cv == 0x2019), wordScript == .latin, i + 1 < n, script(of: scalars[i + 1].value) == .latin {
                        if (scalars[i + 1] == "s" || scalars[i + 1] == "S") && (i + 2 >= n || script(of: scalars[i + 2].value) == nil) {
                            i += 2
                            break
                        }
                        i += 1
                        continue
                    }
                    break
                }
                // a word ends where the script changes (digits inside Latin words are kept: "G20")
                if cs != wordScript && !(wordScript == .latin && cs == .digit) && !(wordScript == .digit && cs == .latin) { break }
                if cs == .latin {
                    letters += 1
                    if ScalarClass.isUppercase(c) { upper += 1 }
                } else if cs == .cyrillic {
                    letters += 1
                    if (0x0400...0x042F).contains(cv) { upper += 1 }
                }
                if let f = matchFold(c) { appendUTF8(f, to: &norm) }
                i += 1
            }
            // dotted initialisms: "U.S.", "U.K." are one token, "us", "uk"
            if wordScript == .latin, i - start == 1, upper == 1 {
                var k = i
                while k + 2 < n || k + 1 < n, scalars[k] == ".", script(of: scalars[k + 1].value) == .latin,
                      ScalarClass.isUppercase(scalars[k + 1]), k + 2 >= n || script(of: scalars[k + 2].value) == nil {
                    appendUTF8(matchFold(scalars[k + 1])!, to: &norm)
                    upper += 1; letters += 1
                    k += 2
                }
                if k > i {
                    if k < n, scalars[k] == "." { k += 1 }
                    i = k
                }
            }
            let end = i
            let first = scalars[start]
            out.append(Token(start: base + start, end: base + end, norm: String(decoding: norm, as: UTF8.self),
                             kind: wordScript == .digit ? .number : .word, script: wordScript,
                             isCapitalized: (wordScript == .latin || wordScript == .cyrillic) && ScalarClass.isUppercase(first),
                             isAllCaps: letters >= 2 && upper == letters))
        }
        return out
    }
}
