import Testing
@testable import KBModel

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

@Suite struct FuzzyDateReadingTests {
    /// Texts in the store's forms and near them: every one the byte reader accepts must read as the
    /// general parser reads it, and those it leaves must be the general parser's to read.
    static let texts: [String] = {
        var out = ["2022", "2022-01", "2022-01-06", "XXXX-11-23", "XXXX-11", "XXXX", "XXXX-00-01", "XXXX-13-01",
                   "0000", "9999-12-31", "2022-00", "2022-13", "2022-12-32", "2022-02-30", "2022-1-6", "2022-01-6",
                   "20221", "202", "-2022", "2022-", "2022--01", "2022-01-", "2022-01-06-", "2022-01-06-07",
                   "XX22", "20XX", "XXXXX-01-01", "XXX-01-01", "X", "+202", "+2022", "2022-+1", " 2022", "2022 ",
                   "2022\n", "\t2022-01", "2022-01-06T10:30:00Z", "2022-01-06 10:30", "٢٠٢٢", "2022-٠١", "",
                   "99999999999999999999", "2022-99999999999999999999", "xxxx-11-23", "XXXX-11-23T00"]
        for y in ["1999", "XXXX", "0001"] {
            for m in ["", "-01", "-12", "-00", "-1"] {
                for d in ["", "-01", "-31", "-32", "-00"] where !(m.isEmpty && !d.isEmpty) { out.append(y + m + d) }
            }
        }
        return out
    }()

    @Test(arguments: texts)
    func theByteReaderAgreesWithTheGeneralParser(_ text: String) {
        let general = FuzzyDate.parsed(text)
        if let fast = FuzzyDate.stored(text.utf8) { #expect(fast == general) }
        #expect(FuzzyDate(iso: text) == general)
    }

    @Test func theByteReaderReadsTheStoredForms() {
        for s in ["2022", "2022-01", "2022-01-06", "XXXX-11-23"] { #expect(FuzzyDate.stored(s.utf8)?.iso == s) }
    }
}
