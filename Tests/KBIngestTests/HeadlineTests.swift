import Testing
@testable import KBIngest

/// Which opening lines are headlines (each case is a text of our own writing, with its title or none).
@Suite struct HeadlineTests {
    static let cases: [(String, String?)] = [
        ("Explainer: what the Shanghai pact asks of its members\n\nThe organisation was founded in 2001.", "Explainer: what the Shanghai pact asks of its members"),
        ("Армения пропустит встречу министров обороны ОДКБ\nЕреван сообщил об этом во вторник.", "Армения пропустит встречу министров обороны ОДКБ"),
        ("هل تنضم صربيا إلى الحلف؟\n\nيتساءل المراقبون منذ سنوات.", "هل تنضم صربيا إلى الحلف؟"),
        // a page saved with its date and address on top: the headline is the line after them
        ("date 2023-05-02 https://example.org/news/1234\n\nTalks on the border resume in Tbilisi\n\nDelegations met.", "Talks on the border resume in Tbilisi"),
        ("يريفان - الخميس 2 مايو/ أيار 2024\nوصل الوزير إلى العاصمة.\n\nوقال إن المحادثات ستستمر.", nil),
        ("14 марта 2023, 09:40\n\nМинистры встретились в Минске.", nil),
        ("ALMATY, March 3. /Wire/. Ministers met today in the southern capital.\n\nThey agreed.", nil),
        ("The ministers met in Minsk on Tuesday.\n\nThey agreed on a budget.", nil),
        ("Live updates\n\nThe summit opened.", nil),
        ("Only one line that looks like a headline", nil),
        ("See https://example.org for the full statement from the ministry\n\nMore text.", nil),
    ]

    @Test(arguments: cases)
    func theOpeningLineIsTheTitleOnlyWhenItIsAHeadline(_ text: String, _ title: String?) {
        #expect(Headline.title(of: text) == title)
    }

    /// The lines looked at are those `split` by grapheme gives: every kind of line break, a CR LF
    /// as one break, empty lines left out, and no more than `maxLinesRead` of them.
    @Test(arguments: [
        "one\ntwo\r\nthree\rfour\u{0B}five\u{0C}six\u{85}seven\u{2028}eight\u{2029}nine",
        "\n\n  lead\r\n\r\n\r\nbody e\u{301}\n",
        "عنوان الخبر\r\n\r\nنص الخبر",
        (1...40).map { "line \($0)" }.joined(separator: "\n"),
        (1...32).map { "line \($0)" }.joined(separator: "\r\n") + "\r\n\r\n",
        (1...32).map { "line \($0)" }.joined(separator: "\n"),
        "", "\n\r\n",
    ])
    func theTopLinesAreTheLinesSplitByGraphemeGives(_ text: String) {
        var expected = text.split(maxSplits: Headline.maxLinesRead, whereSeparator: \.isNewline)
        let more = expected.count > Headline.maxLinesRead
        if more { expected.removeLast() }
        let (lines, rest) = Headline.topLines(of: text)
        #expect(lines == expected)
        #expect(rest == more)
    }
}
