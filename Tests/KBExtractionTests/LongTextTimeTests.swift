import Foundation
import Testing
import KBExtraction
import KBModel

/// Long articles without a publication date whose dateline has no year (issue 10, fault 7): finding
/// the dateline's year must take time in proportion to the text, not to its square.
@Suite struct LongTextTimeTests {
    /// A dateline without a year, then `bytes` of sentences each with a day and month but no year.
    static func article(bytes: Int, yearAtEnd: Bool) -> String {
        var text = "YEREVAN, Feb 23 - Armenia froze its participation in the bloc.\n"
        var day = 1
        while text.utf8.count < bytes {
            text += "The ministers of the region met again on \(day) March and spoke about the border. "
            day = day % 28 + 1
        }
        if yearAtEnd { text += "The talks of 20 February 2023 went on." }
        return text
    }

    @Test func theYearOfADatelineIsFoundFarDownALongText() {
        let text = Self.article(bytes: 20_000, yearAtEnd: true)
        #expect(TemporalTagger.shared.dateline(in: text, language: .english)?.iso == "2023-02-23")
    }

    @Test func aMegabyteArticleWithAYearlessDatelineIsReadQuickly() {
        let text = Self.article(bytes: 1_000_000, yearAtEnd: false)
        let started = Date()
        let date = TemporalTagger.shared.dateline(in: text, language: .english)
        let seconds = Date().timeIntervalSince(started)
        #expect(date?.iso == "XXXX-02-23")
        // generous: linear work takes about a second in a debug build; the quadratic scan took minutes
        #expect(seconds < 10, "\(seconds) s")
    }
}
