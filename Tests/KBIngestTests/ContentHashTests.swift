import Testing
@testable import KBIngest

import KBExtraction

@Suite struct ContentHashTests {
    @Test(arguments: [
        "", "   ", "CSTO", "  The CSTO\r\n\tmet  in Minsk.  ", "أَعلنت  المنظمةُ\u{0640}\u{00A0}القمة ٢٠٢٢",
        "\u{064B} leading harakat then text", "Ёлка и ЁЖ", "a\u{200C} b", "x\u{2003}\u{2003}y\n",
    ])
    func onePassHashEqualsTheHashOfTheNormalisedText(text: String) {
        #expect(ContentHash.of(text: text) == ContentHash.of(normalized: TextNormalizer.normalize(text)))
    }

    @Test func hashIs32HexDigits() {
        let h = ContentHash.of(text: "CSTO")
        #expect(h.count == 32)
        #expect(h.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func sameTextAfterNormalisationHashesTheSame() {
        #expect(ContentHash.of(text: "أَعلنت  المنظمة\r\nالقمة") == ContentHash.of(text: "اعلنت المنظمة القمة"))
        #expect(ContentHash.of(text: "The CSTO met.") == ContentHash.of(text: "the csto  met."))
    }

    @Test func differentTextsHashDifferently() {
        let hashes = Set((0..<5000).map { ContentHash.of(text: "article \($0)") })
        #expect(hashes.count == 5000)
        #expect(ContentHash.of(text: "ab") != ContentHash.of(text: "ba"))
    }

    @Test func hashIsPinned() {
        // Stored hashes must mean the same to the next version of the tool (values from an
        // independent Python implementation of the same two FNV-1a lanes and mixer).
        #expect(ContentHash.of(normalized: "csto") == "084e18691f4776f5343d76cd6c24951e")
        #expect(ContentHash.of(normalized: "") == "f52a15e9a9b5e89bc69b4f4333cdfbb7")
    }
}
