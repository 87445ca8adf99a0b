import Testing
@testable import KBExtraction

/// The hot paths answer Unicode questions and cut words without the general machinery; each must
/// give what the general code gives.
@Suite struct FastPathTests {
    @Test func scalarClassesAgreeWithUnicodePropertiesForEveryScalar() {
        var wrong: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            if ScalarClass.isWhitespace(s) != p.isWhitespace { wrong.append("whitespace \(v)") }
            if ScalarClass.isUppercase(s) != p.isUppercase { wrong.append("uppercase \(v)") }
            if ScalarClass.isLowercase(s) != p.isLowercase { wrong.append("lowercase \(v)") }
            if ScalarClass.isNumeric(s) != (p.numericType != nil) { wrong.append("numeric \(v)") }
            if wrong.count > 20 { break }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func foldingAgreesWithTheGeneralRuleOutsideItsTable() {
        // past the explicit cases, a scalar folds to its lower-case form when it is upper-case
        var wrong: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            switch v {
            case 0x0600...0x06FF, 0x0400...0x045F, 0x00AD, 0x200C...0x200F, 0x2018, 0x2019, 0x02BC: continue
            default: break
            }
            let expected = s.properties.isUppercase ? (s.properties.lowercaseMapping.unicodeScalars.first ?? s) : s
            if TextNormalizer.fold(s) != expected, wrong.count < 20 { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func foldingAgreesWithItsFirstFormForEveryScalar() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if TextNormalizer.fold(s) != Self.referenceFold(s), wrong.count < 20 { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// The fold as first written: one switch, Unicode properties for the rest.
    static func referenceFold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0610...0x061A, 0x06D6...0x06ED, 0x200C...0x200F, 0x00AD: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x06CC: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        case 0x0401, 0x0451: return "\u{0435}"
        case 0x41...0x5A, 0x0410...0x042F: return Unicode.Scalar(v + 32)
        case 0x2019, 0x2018, 0x02BC: return "'"
        default:
            if v < 0x80 || (0x0600...0x06FF).contains(v) || (0x0430...0x045F).contains(v) { return s }
            if (0xC0...0xDE).contains(v), v != 0xD7 { return Unicode.Scalar(v + 32) }
            if s.properties.isUppercase, let l = s.properties.lowercaseMapping.unicodeScalars.first { return l }
            return s
        }
    }

    @Test func byteTableFindsWhatADictionaryOfTheSameKeysHolds() {
        var dictionary: [WordKey: Int] = [:]
        for (i, k) in Gazetteer.shared.index.keys.enumerated() { dictionary[WordKey(k)] = i }
        let table = ByteTable(dictionary)
        var wrong: [String] = []
        for (k, v) in dictionary where table[k.text] != v { wrong.append(k.text) }
        for k in dictionary.keys.prefix(2000) {
            for probe in [k.text + "x", String(k.text.dropLast()), "و" + k.text] where table[probe] != dictionary[WordKey(probe)] {
                wrong.append(probe)
            }
        }
        #expect(dictionary.count > 1000)
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
    }

    @Test(arguments: ["وبالعاصمة", "لأرمينيا", "للاتحاد", "والاتحاد", "فللمنظمة", "بالرياض", "كالعادة", "ولل", "الاتحاد",
                      "في", "ومن", "وللا", "لللل", "والله", "فبلال", "بالا", "ابن", "والا"])
    func arabicFormsAreTheWordFromEachProclitic(_ word: String) {
        #expect(ArabicClitics.candidates(word) == Self.referenceCandidates(word))
    }

    @Test(arguments: ["армения", "армении", "арменией", "россиями", "нато", "ии", "сво", "мира", "ёж", "кыргызстана"])
    func russianStemsAgreeScalarByScalar(_ word: String) {
        #expect(RussianStemmer.stem(word) == Self.referenceStem(word))
    }

    /// The candidates as first written, scalar slices compared as strings.
    static func referenceCandidates(_ word: String) -> [String] {
        let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}", ba: Unicode.Scalar = "\u{0628}"
        let lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}", alef: Unicode.Scalar = "\u{0627}"
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

    static func referenceStem(_ word: String) -> String {
        let s = Array(word.unicodeScalars)
        for len in stride(from: 4, through: 1, by: -1) where s.count - len >= 3 {
            let tail = s[(s.count - len)...]
            for e in RussianStemmer.endingsByLength[len] where tail.elementsEqual(e) {
                var v = String.UnicodeScalarView(); v.append(contentsOf: s[..<(s.count - len)])
                return String(v)
            }
        }
        return word
    }
}
