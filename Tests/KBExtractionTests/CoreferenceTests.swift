import Testing
import KBModel
import KBExtraction

/// Alliances referred to without their name, and clause boundaries.
@Suite struct CoreferenceTests {
    func claims(_ text: String, _ lang: Language) -> Set<String> {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2024, month: 2, day: 23), declaredLanguage: lang, text: text))
        return Set(f.memberships.map { "\($0.alliance.code) \($0.state.code) \($0.status.rawValue)" })
    }

    @Test(arguments: [
        ("Armenia has frozen its participation in the Moscow-led bloc.", Language.english, ["CSTO ARM suspended", "CSTO RUS member"]),
        ("قال الكرملين إن تحالفا عسكريا تقوده موسكو يضم أرمينيا وليس أذربيجان.", .arabic, ["CSTO RUS member", "CSTO ARM member", "CSTO AZE non-member"]),
        ("Poland joined the US-led alliance in 1999.", .english, ["NATO POL member", "NATO USA member"]),
    ])
    func aBlocKnownByItsLeaderIsThatLeadersAlliance(_ text: String, _ lang: Language, _ expected: [String]) {
        #expect(claims(text, lang) == Set(expected))
    }

    @Test func aSemicolonEndsTheClauseOfAMemberList() {
        let c = claims("В ОДКБ входят Армения, Россия и Таджикистан; Азербайджан не входит в организацию.", .russian)
        #expect(c.contains("CSTO AZE non-member"))
        #expect(!c.contains("CSTO AZE member"))
    }

    @Test func theOrganisationIsTheAllianceLastNamed() {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2022, month: 11, day: 27), declaredLanguage: .arabic,
            text: "عقدت منظمة معاهدة الأمن الجماعي قمتها في يريفان. وطلبت أرمينيا المساعدة من المنظمة في سبتمبر الماضي."))
        let request = f.events.first { $0.type == .requestAssistance }
        #expect(request.map { Set($0.actors.map(\.code)) } == ["ARM", "CSTO"])
        #expect(request?.date?.iso == "2022-09")
    }
}

@Suite struct ApositionAndLookalikeTests {
    @Test func aChangeAfterAnAsideTakesTheSubjectAndItsOwnDate() {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2024, month: 10, day: 4), declaredLanguage: .english,
            text: "Armenia, a CSTO member since 1992, froze its participation in the alliance in February."))
        #expect(f.memberships.map { "\($0.state.code) \($0.status.rawValue) \($0.date?.iso ?? "-")" } == ["ARM suspended 2024-02"])
        #expect(f.events.first { $0.type == .membershipChange }?.date?.iso == "2024-02")
    }

    @Test func aRussianAcronymCueIsNotTheStemOfAWord() {
        let f = Extractor.shared.extract(Article(path: "t", published: nil, declaredLanguage: .russian,
            text: "Армения в феврале заморозила свое участие в ОДКБ."))
        #expect(!f.events.contains { $0.type == .war })
        #expect(f.memberships.contains { $0.state.code == "ARM" && $0.status == .suspended })
    }
}
