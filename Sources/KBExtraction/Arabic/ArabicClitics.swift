/// Arabic proclitics: a word may carry و or ف (and), then ب، ل، ك (in, for, like), then the
/// article ال, with ل + ال written لل. Matching tries the word as written first, then each
/// shorter form, so that "وبالعاصمة" finds "العاصمة" and "لأرمينيا" finds "أرمينيا".
enum ArabicClitics {
    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
    static let alef: Unicode.Scalar = "\u{0627}"

    /// The word and its forms without proclitics, longest first; the article is kept
    /// (aliases are listed with and without it) and also tried removed.
    ///
    /// Every shorter form is the word from some letter on, once with an alef put back (لل = ل + ال):
    /// the forms are chosen on the first four letters and cut from the word once each.
    static func candidates(_ word: String) -> [String] {
        var out: [String] = []
        appendCandidates(word, to: &out)
        return out
    }

    /// `candidates(word)` appended to `out` (a sentence's keys are kept in one array).
    static func appendCandidates(_ word: String, to out: inout [String]) {
        let view = word.unicodeScalars
        var head: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = ("\0", "\0", "\0", "\0")
        var count = 0
        for c in view {
            switch count {
            case 0: head.0 = c
            case 1: head.1 = c
            case 2: head.2 = c
            case 3: head.3 = c
            default: break
            }
            count += 1
        }
        guard count >= 3 else { out.append(word); return }
        func at(_ i: Int) -> Unicode.Scalar {
            switch i { case 0: return head.0; case 1: return head.1; case 2: return head.2; default: return head.3 }
        }
        // (alef put in front, first letter kept): forms in the order they are found, each once
        var forms: [(alef: Bool, from: Int)] = []
        func add(_ alef: Bool, _ from: Int) {
            guard count - from + (alef ? 1 : 0) >= 2, alef || from > 0 else { return }
            // an alef form never equals a plain one: the letter it replaces is a lam
            if forms.contains(where: { $0.alef == alef && $0.from == from }) { return }
            forms.append((alef, from))
        }
        var bases = 1
        if at(0) == waw || at(0) == fa, count > 3 { bases = 2 }
        for b0 in 0..<bases {
            let length = count - b0
            add(false, b0)
            if length > 3, at(b0) == lam, at(b0 + 1) == lam {
                // لل = ل + ال
                add(true, b0 + 1)
                add(false, b0 + 2)
            } else if length > 3, at(b0) == ba || at(b0) == lam || at(b0) == kaf {
                add(false, b0 + 1)
                if length - 1 > 4, at(b0 + 1) == alef, at(b0 + 2) == lam { add(false, b0 + 3) }
            }
            if length > 4, at(b0) == alef, at(b0 + 1) == lam { add(false, b0 + 2) }
        }
        out.append(word)
        for f in forms {
            let rest = String(view[view.index(view.startIndex, offsetBy: f.from)...])
            out.append(f.alef ? "\u{0627}" + rest : rest)
        }
    }
}
