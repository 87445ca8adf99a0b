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

    /// The stem of a lower-cased Cyrillic word: at least three letters are kept.
    static func stem(_ word: String) -> String {
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
}
