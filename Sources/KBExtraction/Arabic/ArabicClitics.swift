/// Arabic proclitics: a word may carry و or ف (and), then ب، ل، ك (in, for, like), then the
/// article ال, with ل + ال written لل. Matching tries the word as written first, then each
/// shorter form, so that "وبالعاصمة" finds "العاصمة" and "لأرمينيا" finds "أرمينيا".
enum ArabicClitics {
    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
    static let alef: Unicode.Scalar = "\u{0627}"

    /// The word and its forms without proclitics, longest first; the article is kept
    /// (aliases are listed with and without it) and also tried removed.
    static func candidates(_ word: String) -> [String] {
        let s = Array(word.unicodeScalars)
        guard s.count >= 3 else { return [word] }
        var out = [word]
        func add(_ a: ArraySlice<Unicode.Scalar>) {
            guard a.count >= 2 else { return }
            var v = String.UnicodeScalarView(); v.append(contentsOf: a)
            let str = String(v)
            if !out.contains(str) { out.append(str) }
        }
        var bases: [ArraySlice<Unicode.Scalar>] = [s[...]]
        if s[0] == waw || s[0] == fa, s.count > 3 { bases.append(s[1...]) }
        for b in bases {
            add(b)
            let b0 = b.startIndex
            if b.count > 3, b[b0] == lam, b[b0 + 1] == lam {
                // لل = ل + ال
                var v = [alef]; v.append(contentsOf: b[(b0 + 1)...])
                add(v[...])
                add(b[(b0 + 2)...])
            } else if b.count > 3, b[b0] == ba || b[b0] == lam || b[b0] == kaf {
                add(b[(b0 + 1)...])
                let r = b[(b0 + 1)...]
                if r.count > 4, r[r.startIndex] == alef, r[r.startIndex + 1] == lam { add(r[(r.startIndex + 2)...]) }
            }
            if b.count > 4, b[b0] == alef, b[b0 + 1] == lam { add(b[(b0 + 2)...]) }
        }
        return out
    }
}
