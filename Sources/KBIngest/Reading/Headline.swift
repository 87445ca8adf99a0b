import KBExtraction
import KBModel

/// The headline an article's text opens with, the title of an article whose metadata gives none.
///
///     Headline.title(of: "Analysis: Uzbekistan, Central Asia's reluctant ally\n\nOf all ...")
///     // "Analysis: Uzbekistan, Central Asia's reluctant ally"
///
/// A headline is the first line of the text when it is short (3 to 25 words, at most 150
/// characters), one phrase (no full stop inside or at its end; a question or exclamation mark may end
/// it), without a web address, followed by more text (a blank line, then the body; or the body
/// straight away), and not a dateline or time stamp ("أستانا - الجمعة 29 نوفمبر/ تشرين الثاني 2024",
/// "16 сентября 2022, 21:15"). Lines before it that are only a date, a place and date or a web
/// address (a page saved with its date and address on top) are passed over; any other line is the
/// one judged.
enum Headline {
    static let maxWords = 25
    static let maxCharacters = 150

    /// Lines looked at on top of a text (the headline and the preamble lines before it); the rest of
    /// a long text is not split.
    static let maxLinesRead = 32

    static func title(of text: String) -> String? {
        let (top, more) = topLines(of: text)
        // the first line that is not a preamble line, and whether text follows it
        var judged: String?
        var followed = more
        for piece in top {
            let line = String(piece).trimmingWhitespace()
            if line.isEmpty { continue }
            if judged != nil { followed = true; break }
            // A line longer than a headline is judged (and refused) without the preamble test, which
            // runs the temporal tagger three times: a date line is never that long.
            if isLong(line) || !isPreamble(line) { judged = line }
        }
        guard let first = judged, followed, !isLong(first) else { return nil }
        let words = first.split(whereSeparator: \.isWhitespace)
        guard (3...maxWords).contains(words.count) else { return nil }
        guard !words.contains(where: isWebAddress) else { return nil }
        // "." and the Arabic full stop end sentences; ":" ";" "," leave the phrase open.
        if let last = first.last, ".。۔…:;,-–—".contains(last) { return nil }
        // "MINSK, November 23. /TASS/. Leaders of ...": a wire lead of several sentences, not a headline.
        if first.contains(". ") || first.contains("۔ ") { return nil }
        // (not a dateline: a line without a web address that is one is a preamble line, passed over)
        return first
    }

    /// The first `maxLinesRead` non-empty lines of `text`, and whether text follows them: what
    /// `text.split(maxSplits: maxLinesRead, whereSeparator: \.isNewline)` gives, found by Unicode
    /// scalar instead of by grapheme (a line break always starts a grapheme of its own), so that a
    /// text of few lines is not walked grapheme by grapheme to its end.
    static func topLines(of text: String) -> (lines: [Substring], more: Bool) {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            switch scalars[i].value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
                if start < i { lines.append(text[start..<i]) }
                scalars.formIndex(after: &i)
                start = i
                if lines.count == maxLinesRead { return (lines, i < scalars.endIndex) }
            default:
                scalars.formIndex(after: &i)
            }
        }
        if start < scalars.endIndex { lines.append(text[start...]) }
        return (lines, false)
    }

    /// More than `maxCharacters` characters (counting no further than that).
    static func isLong(_ line: String) -> Bool { !line.dropFirst(maxCharacters).isEmpty }

    static func isWebAddress(_ word: Substring) -> Bool {
        let w = word.lowercased()
        return w.hasPrefix("http://") || w.hasPrefix("https://") || w.hasPrefix("www.")
    }

    /// A date, a place and date, or a web address with at most a label beside it.
    static func isPreamble(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace)
        let addresses = words.filter(isWebAddress)
        let rest = words.filter { !isWebAddress($0) }.joined(separator: " ")
        if !addresses.isEmpty { return rest.split(whereSeparator: { !$0.isLetter }).count <= 2 || isDateline(rest) }
        return isDateline(line)
    }

    /// A line that is a date with at most a place before it: once the date expressions any of the
    /// three languages finds are taken out, two words or fewer remain.
    static func isDateline(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        for language in [Language.arabic, .english, .russian] {
            let found = TemporalTagger.shared.expressions(in: line, language: language, reference: nil)
            guard !found.isEmpty else { continue }
            var kept = scalars
            for e in found.sorted(by: { $0.start > $1.start }) where e.start >= 0 && e.end <= kept.count && e.start < e.end {
                kept.replaceSubrange(e.start..<e.end, with: [" "])
            }
            let rest = String(String.UnicodeScalarView(kept)).split(whereSeparator: { !$0.isLetter })
            if rest.count <= 2 { return true }
        }
        return false
    }
}
