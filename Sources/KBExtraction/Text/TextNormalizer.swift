/// Normalisation used for matching and for the content hash: Arabic harakat and tatweel removed,
/// alef forms unified, Eastern Arabic and Persian digits made ASCII, letters lower-cased,
/// runs of whitespace collapsed.
public enum TextNormalizer {
    /// Normalises one scalar for matching, or returns nil when it is to be dropped (harakat, tatweel).
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        // the common scalars, answered inline: ASCII, and letters already in matching form
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32) : s }
        if (0x0430...0x044F).contains(v) || (0x0626...0x0628).contains(v) || (0x062A...0x063A).contains(v)
            || (0x0641...0x0648).contains(v) || v == 0x064A { return s }
        return foldOther(s)
    }

    @inline(never)
    static func foldOther(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A, 0x06D6...0x06ED, 0x200C...0x200F, 0x00AD:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"         // آ أ إ ٱ -> ا
        case 0x0649: return "\u{064A}"                                 // ى -> ي
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30) // ٠-٩
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30) // ۰-۹
        case 0x06CC: return "\u{064A}"                                 // Persian yeh
        case 0x06A9: return "\u{0643}"                                 // Persian kaf
        case 0x0401: return "\u{0435}"                                 // Ё -> е
        case 0x0451: return "\u{0435}"                                 // ё -> е
        case 0x41...0x5A: return Unicode.Scalar(v + 32)
        case 0x0410...0x042F: return Unicode.Scalar(v + 32)
        case 0x2019, 0x2018, 0x02BC: return "'"
        default:
            // fast paths: ASCII, Arabic and lower-case Cyrillic need no Unicode property look-up
            if v < 0x80 || (0x0600...0x06FF).contains(v) || (0x0430...0x045F).contains(v) { return s }
            if (0xC0...0xDE).contains(v), v != 0xD7 { return Unicode.Scalar(v + 32) }
            // no upper-case letter among the rest of Latin-1 and the general punctuation
            if v < 0x100 || (0x2000...0x20FF).contains(v) { return s }
            if s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first { return l }
            return s
        }
    }

    /// Whether `normalize` takes `s` for whitespace (`properties.isWhitespace`, without a property
    /// look-up).
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool { ScalarClass.isWhitespace(s) }

    /// `text` folded scalar by scalar, whitespace collapsed to single spaces, ends trimmed.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isWhitespace(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            guard let f = fold(s) else { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(f)
        }
        return String(out)
    }
}
