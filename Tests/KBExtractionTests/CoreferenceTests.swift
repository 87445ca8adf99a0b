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

    @Test(arguments: [
        ("Tbilisi left the CIS in 2009, a break that drew it closer to Turkey. It applied to join NATO in 2016.", Language.english, "NATO GEO applicant"),
        ("Минск подписал соглашение в 2001 году, что сблизило его с Китаем. Он стал наблюдателем ШОС в 2015 году.", .russian, "SCO BLR observer"),
    ])
    func itIsTheStateThatOpenedTheSentenceBeforeByItsCapital(_ text: String, _ lang: Language, _ expected: String) {
        let c = claims(text, lang)
        #expect(c.contains(expected))
        #expect(!c.contains { $0.hasSuffix("TUR applicant") || $0.hasSuffix("CHN observer") })
    }

    @Test func theOrganisationIsTheAllianceLastNamed() {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2022, month: 11, day: 27), declaredLanguage: .arabic,
            text: "عقدت منظمة معاهدة الأمن الجماعي قمتها في يريفان. ولجأت يريفان إلى المنظمة طالبةً المساعدة في سبتمبر الماضي."))
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

@Suite struct SharedSubjectTests {
    @Test(arguments: [
        ("Uzbekistan rejoined the CSTO in 2006 but suspended its membership in 2012.", Language.english),
        ("Узбекистан вернулся в ОДКБ в 2006 году, однако в 2012 году приостановил членство.", .russian),
        ("وعادت أوزبكستان إلى منظمة معاهدة الأمن الجماعي عام 2006، لكنها علّقت مشاركتها مجددًا عام 2012.", .arabic),
    ])
    func aChangeAfterButKeepsTheSubjectAndItsOwnDate(_ text: String, _ lang: Language) {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2020, month: 1, day: 1), declaredLanguage: lang, text: text))
        #expect(f.memberships.map { "\($0.state.code) \($0.status.rawValue) \($0.date?.iso ?? "-")" } == ["UZB suspended 2012"])
        #expect(Set(f.events.filter { $0.type == .membershipChange }.compactMap { $0.date?.iso }) == ["2006", "2012"])
    }
}

@Suite struct AllianceKindTests {
    func claims(_ text: String, _ lang: Language) -> Set<String> {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2024, month: 3, day: 8), declaredLanguage: lang, text: text))
        return Set(f.memberships.map { "\($0.alliance.code) \($0.state.code) \($0.status.rawValue)" })
    }

    @Test func theAllianceIsTheMilitaryOneEvenAfterTheUnionIsNamed() {
        let c = claims("Sweden joined NATO on Thursday. Among the neutral members of the European Union, Austria and Ireland have shown no intention of joining the alliance.", .english)
        #expect(c.contains("NATO AUT non-member") && c.contains("NATO IRL non-member"), "\(c)")
        #expect(!c.contains { $0.hasPrefix("EU AUT non-member") })
    }

    @Test func aStateAfterTheAllianceIsNotTheOneJoining() {
        let c = claims("Finland joins NATO, doubling the alliance's border with Russia.", .english)
        #expect(c == ["NATO FIN member"])
    }

    @Test(arguments: [("Every state on the Baltic Sea except Russia is now a NATO member.", Language.english),
                      ("وأصبحت كل دول بحر البلطيق باستثناء روسيا أعضاء في حلف شمال الأطلسي.", .arabic)])
    func anExceptionIsNotAMember(_ text: String, _ lang: Language) {
        #expect(!claims(text, lang).contains("NATO RUS member"))
    }
}

@Suite struct PronounSubjectTests {
    @Test func itIsTheStateTheLastSentenceWasAbout() {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2024, month: 1, day: 1), declaredLanguage: .english,
            text: "Uzbekistan left the CSTO in 2012. It is not a member of the Eurasian Economic Union either."))
        #expect(Set(f.memberships.map { "\($0.alliance.code) \($0.state.code) \($0.status.rawValue)" }) == ["CSTO UZB former-member", "EAEU UZB non-member"])
    }

    @Test func itInsideASentenceIsNotASubject() {
        let f = Extractor.shared.extract(Article(path: "t", published: FuzzyDate(year: 2024, month: 1, day: 1), declaredLanguage: .english,
            text: "Armenia asked the CSTO for help. The bloc said it would send observers to the border."))
        #expect(f.memberships.isEmpty)
    }
}
