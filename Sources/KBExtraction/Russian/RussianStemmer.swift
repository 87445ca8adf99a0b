/// A light stemmer for Russian names and trigger words: it removes one case or gender ending so
/// that "Армения", "Армении", "Армению" and "Арменией" share the stem "армен".
enum RussianStemmer {
    // longest first
    static let endings: [String] = [
        "иями", "ией", "иям", "иях", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией",
        "ая", "яя", "ое", "ее", "ой", "ей", "ий", "ый", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях",
        "ия", "ии", "ию", "ие", "ые", "ов", "ев", "ых", "их", "ым", "им",
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й",
    ]
    static let endingsByLength: [[[Unicode.Scalar]]] = {
        var byLen: [[[Unicode.Scalar]]] = [[], [], [], [], []]
        for e in endings { byLen[e.unicodeScalars.count].append(Array(e.unicodeScalars)) }
        return byLen
    }()
    /// The same endings as UTF-8 (two bytes a letter), by length in letters.
    static let endingBytesByLength: [[[UInt8]]] = endingsByLength.map { $0.map { Array(String(String.UnicodeScalarView($0)).utf8) } }

    /// The stem of a lower-cased Cyrillic word: at least three letters are kept.
    static func stem(_ word: String) -> String {
        if let s = stemOfTwoByteWord(word) { return s }
        let s = Array(word.unicodeScalars)
        for len in stride(from: 4, through: 1, by: -1) where s.count - len >= 3 {
            let tail = s[(s.count - len)...]
            for e in endingsByLength[len] where tail.elementsEqual(e) {
                var v = String.UnicodeScalarView(); v.append(contentsOf: s[..<(s.count - len)])
                return String(v)
            }
        }
        return word
    }

    /// `stem` on the bytes of a word all of whose letters are U+0400...U+04FF (two bytes each in UTF-8,
    /// as every Cyrillic token is); nil for any other word.
    private static func stemOfTwoByteWord(_ word: String) -> String? {
        var w = word
        return w.withUTF8 { b -> String? in
            let n = b.count
            guard n % 2 == 0 else { return nil }
            var i = 0
            while i < n {
                guard (0xD0...0xD3).contains(b[i]) else { return nil }
                i += 2
            }
            let letters = n / 2
            for len in stride(from: 4, through: 1, by: -1) where letters - len >= 3 {
                let tail = n - 2 * len
                for e in endingBytesByLength[len] {
                    var same = true
                    for k in 0..<(2 * len) where b[tail + k] != e[k] { same = false; break }
                    if same { return String(decoding: UnsafeBufferPointer(rebasing: b[..<tail]), as: UTF8.self) }
                }
            }
            return word
        }
    }
}
