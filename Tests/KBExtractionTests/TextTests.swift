import Testing
import KBModel
@testable import KBExtraction

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("ضروريَا", "ضروريا"),            // harakat dropped
        ("هزّت", "هزت"),
        ("أُرسلت", "ارسلت"),              // alef with hamza unified
        ("إلى", "الي"),                   // alef maqsura as yeh
        ("منظمة", "منظمه"),              // taa marbuta as haa
        ("٢٠١٢", "2012"),                // Eastern Arabic digits
        ("Армения", "армения"),
        ("Ёлка", "елка"),
        ("CSTO", "csto"),
    ])
    func matchingFormsAreNormalised(_ input: String, _ norm: String) {
        #expect(Tokenizer.tokens(in: input).first?.norm == norm)
    }

    @Test func offsetsPointIntoTheOriginal() {
        let text = "قال بيسكوفُ، اليوم"
        let tokens = Tokenizer.tokens(in: text)
        let scalars = Array(text.unicodeScalars)
        let second = tokens[1]
        #expect(String(String.UnicodeScalarView(scalars[second.start..<second.end])) == "بيسكوفُ")
        #expect(tokens[2].norm == "،")
    }

    @Test func possessivesAndInitialismsAreOneToken() {
        #expect(Tokenizer.tokens(in: "Russia's").map(\.norm) == ["russia"])
        #expect(Tokenizer.tokens(in: "the U.S. envoy").map(\.norm) == ["the", "us", "envoy"])
    }

    @Test func hyphenatedWordsSplit() {
        #expect(Tokenizer.tokens(in: "Moscow-led").map(\.norm) == ["moscow", "-", "led"])
    }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Armenia froze its role. Russia objected.", 2),
        ("U.S. envoy Mr. Smith met Gen. Jones. Then he left.", 2),
        ("The vote was on 15.05.1992 in Tashkent.", 1),
        ("عنوان الخبر\nقالت أرمينيا إنها جمدت مشاركتها. وردت موسكو؟ نعم!", 4),
        ("\"We will leave,\" he said. She agreed.", 2),
        ("В 1992 г. договор подписали шесть стран. Позже к ним присоединились другие.", 2),
        ("The page was copied without breaks.Then the council met.The chair spoke.", 3),
        ("Visit nato.int or the U.S.Embassy page for the text.", 1),
    ])
    func splitsAtSentenceEnds(_ text: String, _ count: Int) {
        #expect(SentenceSplitter.sentences(in: text).count == count, "\(SentenceSplitter.sentences(in: text).map(\.text))")
    }

    @Test func sentencesKeepTheirOriginalText() {
        let text = "  أولى.  ثانية؟ "
        let s = SentenceSplitter.sentences(in: text)
        #expect(s.map(\.text) == ["أولى.", "ثانية؟"])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[s[1].start..<s[1].end])) == "ثانية؟")
    }
}

@Suite struct MorphologyTests {
    @Test(arguments: [
        ("وأرمينيا", "ارمينيا"), ("لأرمينيا", "ارمينيا"), ("بكازاخستان", "كازاخستان"),
        ("للمنظمه", "المنظمه"), ("والاتحاد", "الاتحاد"), ("فالحلف", "الحلف"), ("وبيلاروسيا", "بيلاروسيا"),
        ("بالوساطه", "الوساطه"), ("الروسيه", "روسيه"),
    ])
    func procliticsAreStripped(_ word: String, _ stem: String) {
        #expect(ArabicClitics.candidates(Tokenizer.matchForm(word)).contains(Tokenizer.matchForm(stem)))
    }

    @Test(arguments: [["Армения", "Армении", "Армению", "Арменией"], ["Пашинян", "Пашиняна", "Пашиняну"], ["Казахстан", "Казахстана", "Казахстане"]])
    func russianCaseFormsShareAStem(_ forms: [String]) {
        #expect(Set(forms.map { RussianStemmer.stem(Tokenizer.matchForm($0)) }).count == 1)
    }
}

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("قالت أرمينيا إنها جمدت مشاركتها في المنظمة", Language.arabic),
        ("Armenia has frozen its participation in the bloc", .english),
        ("Армения заморозила участие в ОДКБ", .russian),
        ("La Arménie a gelé sa participation", .other),
        // a wire text that is mostly names is still English: names are not counted
        ("MINSK (Wire) - Belarus, Russia, Kazakhstan, Kyrgyzstan and Tajikistan sent ministers to Minsk on Friday", .english),
        ("Die Minister aus Armenien, Belarus und Kasachstan trafen sich in Minsk", .other),
        ("", .other),
    ])
    func detectsTheScriptAndLanguage(_ text: String, _ language: Language) {
        #expect(LanguageDetector.detect(text) == language)
    }
}

@Suite struct LongTextTests {
    @Test func textWithoutStopsIsCutIntoBoundedSentences() {
        let text = Array(repeating: "Armenia Azerbaijan Russia CSTO summit attack", count: 2000).joined(separator: " ")
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.count > 20)
        #expect(sentences.allSatisfy { $0.end - $0.start <= SentenceSplitter.maxLength })
        let f = Extractor.shared.extract(Article(path: "t", declaredLanguage: .english, text: text))
        #expect(f.sentences.count == sentences.count)
    }
}
