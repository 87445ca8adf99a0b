import Testing
import KBExtraction
import KBModel

@Suite struct TimeEnglishTests {
    /// Friday 2024-02-23.
    static let friday = "2024-02-23"

    static let cases: [TimeCase] = [
        TimeCase("The treaty was signed on 15 May 1992 in Tashkent.", friday, ["1992-05-15"]),
        TimeCase("The treaty was signed on May 15, 1992, by six states.", friday, ["1992-05-15"]),
        TimeCase("The decree dated 15.05.1992 remains in force.", friday, ["1992-05-15"]),
        TimeCase("The report was published on 2022-01-06 by the ministry.", friday, ["2022-01-06"]),
        TimeCase("Dec 31, 2021 was the deadline.", friday, ["2021-12-31"]),
        TimeCase("The agreement of the 4th of April 2023 took effect.", friday, ["2023-04-04"]),
        TimeCase("Troops arrived in January to restore order.", "2022-11-27", ["2022-01"]),
        TimeCase("Troops arrived in January to restore order.", friday, ["2024-01"]),
        TimeCase("Armenia asked for help last September.", friday, ["2023-09"]),
        TimeCase("Shelling resumed next January, officials fear.", friday, ["2025-01"]),
        TimeCase("The border clashes began in September 2022.", friday, ["2022-09"]),
        TimeCase("It happened in September 2022 and again in 2023.", friday, ["2022-09", "2023"]),
        TimeCase("Uzbekistan left the bloc in 2012.", friday, ["2012"]),
        TimeCase("The March 2014 annexation changed the region.", friday, ["2014-03"]),
        TimeCase("Pashinyan said on Wednesday that the bloc had failed.", friday, ["2024-02-21"]),
        TimeCase("Pashinyan said on Thursday that the bloc had failed.", friday, ["2024-02-22"]),
        TimeCase("The summit ended Friday without a declaration.", friday, ["2024-02-23"]),
        TimeCase("He said last Friday that talks would resume.", friday, ["2024-02-16"]),
        TimeCase("Next Monday the delegation will travel to Minsk.", friday, ["2024-02-26"]),
        TimeCase("Explosions were heard last night in the capital.", friday, ["2024-02-22"]),
        TimeCase("The minister arrived yesterday in Baku.", friday, ["2024-02-22"]),
        TimeCase("Yesterday's decision surprised Moscow.", friday, ["2024-02-22"]),
        TimeCase("The ministry said today that the border was calm.", friday, ["2024-02-23"]),
        TimeCase("The envoy will arrive tomorrow.", friday, ["2024-02-24"]),
        TimeCase("Talks will continue this week in Geneva.", friday, ["2024-02"]),
        TimeCase("He visited Moscow earlier this month.", friday, ["2024-02"]),
        TimeCase("Exports fell last month.", friday, ["2024-01"]),
        TimeCase("Elections are due next year.", friday, ["2025"]),
        TimeCase("Unrest broke out late last year.", friday, ["2023"]),
        TimeCase("The deal was signed two days ago.", friday, ["2024-02-21"]),
        TimeCase("The troops left a week ago.", friday, ["2024-02"]),
        TimeCase("The mission began about three years ago.", friday, ["2021"]),
        TimeCase("The meeting on October 28 of this year was cancelled.", "2022-11-27", ["2022-10-28"]),
        TimeCase("Tokayev requested help on January 5.", "2022-01-20", ["2022-01-05"]),
        TimeCase("On Sept. 5 the talks resumed.", friday, ["2023-09-05"]),
        TimeCase("In mid-2022 the talks stalled.", friday, ["2022"]),
        TimeCase("By the end of 2023 the troops had left.", friday, ["2023"]),
        TimeCase("Between 2010 and 2012 the bloc held joint drills.", friday, ["2010", "2012"]),
        TimeCase("He will march to the square on Sunday.", friday, ["2024-02-25"]),
        TimeCase("Armenia signed the deal on Monday.", nil, ["-"]),
        TimeCase("YEREVAN, Feb 23 - Armenia froze its participation.", friday, ["2024-02-23"]),
        TimeCase("YEREVAN, Feb 23 - Armenia froze its participation.", nil, ["XXXX-02-23"]),
        TimeCase("On Feb. 24, 2022, Russian troops crossed the border.", friday, ["2022-02-24"]),
        TimeCase("The talks collapsed in late February.", friday, ["2024-02"]),
        TimeCase("Clashes erupted in mid-February.", friday, ["2024-02"]),
        TimeCase("Saturday, 12 November 2022 was the deadline.", friday, ["2022-11-12"]),
        TimeCase("The 2020 war ended with a ceasefire.", friday, ["2020"]),
        TimeCase("Spending rose in 2022-2023.", friday, ["2022", "2023"]),
        TimeCase("Resolution 1325 of 2000 was cited.", friday, ["2000"]),
        TimeCase("The bloc grew in the 1990s.", friday, []),
        TimeCase("The then-president signed it.", friday, ["-"]),
        TimeCase("The leaders will meet on Thursday in Minsk.", friday, ["2024-02-29"]),
        TimeCase("The summit is scheduled for June.", friday, ["2024-06"]),
        TimeCase("The summit was held in June.", friday, ["2023-06"]),
        TimeCase("The minister arrived yesterday in Baku.", "XXXX-02-23", ["XXXX-02-22"]),
        TimeCase("Pashinyan said on Thursday that the bloc had failed.", "XXXX-02-23", ["-"]),
        // a month of an unknown year is known as a month, as a day is ("XXXX-01", like "XXXX-02-22")
        TimeCase("Troops arrived in January to restore order.", "XXXX-02-23", ["XXXX-01"]),
        // Anaphoric.
        TimeCase("At the time, Russia was busy in Ukraine.", friday, ["-"]),
        TimeCase("The then prime minister resigned.", friday, ["-"]),
        TimeCase("Since then the bloc has not met.", friday, []),
        TimeCase("They met and then left.", friday, []),
        // Not dates.
        TimeCase("Pashinyan told France 24 that the bloc had failed.", friday, []),
        TimeCase("Armenia invoked Article 4 of the treaty.", friday, []),
        TimeCase("COVID-19 restrictions were lifted.", friday, []),
        TimeCase("The G20 summit ended without a statement.", friday, []),
        TimeCase("Inflation reached 12% in the region.", friday, []),
        TimeCase("The deal is worth $500 million.", friday, []),
        TimeCase("A 45-year-old man was detained.", friday, []),
        TimeCase("The vote started at 14:30 local time.", friday, []),
        TimeCase("Officials said it may 15 times.", friday, []),
        TimeCase("Over the past year the bloc weakened.", friday, []),
        TimeCase("In the last year the bloc weakened.", friday, []),
        TimeCase("About 1,500 troops were deployed.", friday, []),
        TimeCase("Su-2022 is not a real aircraft.", friday, []),
    ]

    @Test(arguments: cases)
    func datesAreResolved(_ c: TimeCase) {
        #expect(c.dates(in: .english) == c.expected)
    }

    @Test func expressionTextLeavesOutThePreposition() {
        let found = TemporalTagger.shared.expressions(in: "Troops crossed the border in September 2022.", language: .english, reference: nil)
        #expect(found.map(\.text) == ["September 2022"])
        #expect(found.first?.kind == .absolute)
    }
}
