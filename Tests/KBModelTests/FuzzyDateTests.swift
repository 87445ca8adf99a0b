import Testing
import KBModel

@Suite struct FuzzyDateTests {
    @Test(arguments: ["2022", "2022-01", "2022-01-06", "XXXX-11-23"])
    func isoRoundTrips(_ s: String) {
        #expect(FuzzyDate(iso: s)?.iso == s)
    }

    @Test func precisionFollowsTheGivenParts() {
        #expect(FuzzyDate(year: 2022).precision == .year)
        #expect(FuzzyDate(year: 2022, month: 1).precision == .month)
        #expect(FuzzyDate(year: 2022, month: 1, day: 6).precision == .day)
    }

    @Test(arguments: ["", "22", "2022-13", "2022-1-6", "XXXX", "XXXX-11"])
    func rejectsMalformed(_ s: String) {
        #expect(FuzzyDate(iso: s) == nil)
    }

    @Test func timestampsKeepTheirDay() {
        #expect(FuzzyDate(iso: "2022-11-27T10:30:00+03:00")?.iso == "2022-11-27")
    }

    @Test func compatibleDatesShareTheirKnownParts() {
        #expect(FuzzyDate(year: 2022, month: 1).isCompatible(with: FuzzyDate(year: 2022, month: 1, day: 6)))
        #expect(!FuzzyDate(year: 2022, month: 2).isCompatible(with: FuzzyDate(year: 2022, month: 1, day: 6)))
    }
}
