import KBExtraction
import KBModel
import Testing
@testable import KBQuery

/// Which event answers a "when" question: the verbs asked, the words the evidence shares with the
/// question in any of the three languages, the end of a process asked, a date, dated status claims,
/// and the alliance and span the question names. Sentences written for these tests.
@Suite struct EventQuestionTests {
    func date(_ kb: KnowledgeBase, _ question: String) throws -> String? {
        let a = try kb.ask(question)
        #expect(a.kind == .eventDate, "\(question)")
        guard case .object(let fields) = a.answer, case .string(let d)? = fields.first(where: { $0.0 == "date" })?.1 else { return nil }
        return d
    }

    @Test func theStartAndTheEndOfAWithdrawalAreTold() throws {
        let f = try Fixture()
        try f.write(published: "2023-03-20", sentences: [
            "بدأت القوات المشتركة انسحابها من طاجيكستان يوم الاثنين الماضي.",
            "وأنهت القوات آخر مراحل الانسحاب من طاجيكستان اليوم.",
        ], language: .arabic, events: [
            Fixture.event(.withdrawForces, "2023-03-13", ["CSTO", "TJK"], trigger: "انسحابها", sentence: 0),
            Fixture.event(.withdrawForces, "2023-03-20", ["TJK"], trigger: "الانسحاب", sentence: 1),
        ])
        #expect(try date(f.kb, "When did the withdrawal of CSTO forces from Tajikistan begin?") == "2023-03-13")
        #expect(try date(f.kb, "Когда начался вывод сил ОДКБ из Таджикистана?") == "2023-03-13")
        #expect(try date(f.kb, "متى استكملت القوات انسحابها من طاجيكستان؟") == "2023-03-20")
        #expect(try date(f.kb, "When was the withdrawal of CSTO forces from Tajikistan completed?") == "2023-03-20")
    }

    @Test func theWordsOfTheQuestionPickTheSentenceAcrossLanguages() throws {
        let f = try Fixture()
        try f.write(published: "2023-05-02", sentences: [
            "قتل جنود أرمينيون في اشتباكات مع القوات الأذربيجانية.",
            "واندلعت ليل الاثنين اشتباكات مسلحة على الحدود بين البلدين، ودعت روسيا إلى التهدئة.",
        ], language: .arabic, events: [
            Fixture.event(.attack, "2023-05-02", ["ARM", "AZE"], trigger: "اشتباكات", sentence: 0),
            Fixture.event(.attack, "2023-05-01", ["ARM", "AZE", "RUS"], trigger: "اشتباكات", sentence: 1),
        ])
        #expect(try date(f.kb, "When did the armed clashes on the Armenia-Azerbaijan border break out?") == "2023-05-01")
        #expect(try date(f.kb, "Когда вспыхнули вооружённые столкновения на границе Армении и Азербайджана?") == "2023-05-01")
    }

    @Test func aQuestionOfSeveralVerbsIsAnsweredByTheEventThatSaysThemAll() throws {
        let f = try Fixture()
        try f.write(published: "2023-07-03", sentences: [
            "The bloc announced on Friday that it would send a mission of observers to Armenia.",
            "The bloc deployed its first unit to Armenia in July.",
            "Pashinyan refused to sign the bloc's declaration on help for Armenia in November.",
            "Armenia asked the bloc for assistance in September.",
        ], events: [
            Fixture.event(.statement, "2023-06-30", ["CSTO", "ARM"], trigger: "announced", sentence: 0),
            Fixture.event(.deployForces, "2023-07", ["CSTO", "ARM"], trigger: "deployed", sentence: 1),
            Fixture.event(.criticism, "2022-11", ["ARM", "CSTO"], trigger: "refused to sign", sentence: 2),
            Fixture.event(.requestAssistance, "2022-09", ["ARM", "CSTO"], trigger: "asked the bloc for assistance", sentence: 3),
        ])
        #expect(try date(f.kb, "When did the CSTO announce it would send a mission to Armenia?") == "2023-06-30")
        #expect(try date(f.kb, "When did the CSTO deploy forces to Armenia?") == "2023-07")
        #expect(try date(f.kb, "When did Pashinyan refuse to sign the CSTO declaration on assistance to Armenia?") == "2022-11")
        #expect(try date(f.kb, "متى رفضت أرمينيا التوقيع على إعلان منظمة معاهدة الأمن الجماعي؟") == "2022-11")
    }

    @Test func becomingAnObserverIsAnsweredFromADatedStatusClaim() throws {
        let f = try Fixture()
        try f.write(published: "2024-07-04", sentences: [
            "Belarus, an observer of the SCO since 2015, was accepted as a full member on Thursday.",
        ], memberships: [
            Fixture.claim("SCO", "BLR", .observer, "2015"), Fixture.claim("SCO", "BLR", .member, "2024-07-04"),
        ], events: [
            Fixture.event(.membershipChange, "2024-07-04", ["BLR", "SCO"], trigger: "accepted as a full member"),
        ])
        for q in ["When did Belarus become an SCO observer?", "متى أصبحت بيلاروسيا مراقبا في منظمة شنغهاي للتعاون؟",
                  "Когда Белоруссия стала наблюдателем в ШОС?"] {
            #expect(try date(f.kb, q) == "2015", "\(q)")
        }
        #expect(try date(f.kb, "When did Belarus become a full member of the SCO?") == "2024-07-04")
    }

    @Test func aQuestionThatOnlyNamesItsPartiesGetsTheirBestEvent() throws {
        let f = try Fixture()
        try f.write(published: "2024-07-04", sentences: ["Leaders of the SCO met in Astana on Thursday."],
                    events: [Fixture.event(.summit, "2024-07-04", ["SCO", "KAZ"], trigger: "met")])
        #expect(try date(f.kb, "When did Kazakhstan and the SCO make headlines?") == "2024-07-04")
    }

    @Test func anEventThatSaysNothingAskedDoesNotAnswer() throws {
        let f = try Fixture()
        try f.write(published: "2024-07-04", sentences: ["Leaders of the SCO met in Astana on Thursday."],
                    events: [Fixture.event(.summit, "2024-07-04", ["SCO", "BLR", "KAZ"], trigger: "met")])
        let a = try f.kb.ask("When did Belarus become an SCO observer?")
        #expect(a.answer == .null)
    }

    @Test func theAllianceNamedInTheSentenceCountsAndAnotherAllianceDoesNot() throws {
        let f = try Fixture()
        try f.write(published: "2024-03-08", sentences: [
            "Sweden handed over its accession documents in Washington yesterday and became the 32nd member of NATO.",
            "Sweden joined the European Union in 1995.",
        ], events: [
            Fixture.event(.agreement, "2024-03-07", ["USA", "SWE"], trigger: "accession documents", sentence: 0),
            Fixture.event(.membershipChange, "1995", ["SWE", "EU"], trigger: "joined", sentence: 1),
        ], mentions: [("SWE", 0), ("USA", 0), ("NATO", 0), ("SWE", 1), ("EU", 1)])
        #expect(try date(f.kb, "When did Sweden join NATO?") == "2024-03-07")
        #expect(try date(f.kb, "متى أصبحت السويد العضو الـ32 في حلف الناتو؟") == "2024-03-07")
        #expect(try date(f.kb, "When did Sweden join the EU?") == "1995")
    }

    @Test func aDatedReportAnswersBeforeAnUndatedEventOfTheTypeAsked() throws {
        let f = try Fixture()
        try f.write(published: "2023-09-20", sentences: [
            "Clashes continued on the border between Armenia and Azerbaijan.",
            "Officials said troops of both sides clashed on the border this month.",
        ], events: [
            Fixture.event(.attack, nil, ["ARM", "AZE"], trigger: "clashes", sentence: 0),
            Fixture.event(.statement, "2023-09", ["ARM", "AZE"], trigger: "said", sentence: 1),
        ])
        #expect(try date(f.kb, "When did the border clashes between Armenia and Azerbaijan take place?") == "2023-09")
    }

    @Test func aStatusClaimWhoseSentenceSaysTheQuestionAnswersIt() throws {
        let f = try Fixture()
        try f.write(published: "2025-11-28", sentences: ["The chairmanship of the CSTO passes from Kazakhstan to Kyrgyzstan in 2026."],
                    memberships: [Fixture.claim("CSTO", "KAZ", .member, "2026"), Fixture.claim("CSTO", "KGZ", .member, "2026")],
                    mentions: [("CSTO", 0), ("KAZ", 0), ("KGZ", 0)])
        #expect(try date(f.kb, "When will the CSTO chairmanship pass from Kazakhstan to Kyrgyzstan?") == "2026")
    }

    @Test func treatyNamesStandForTheirAlliance() throws {
        let f = try Fixture()
        try f.write(published: "2024-04-04", sentences: ["The North Atlantic Treaty was signed in Washington in April 1949."],
                    events: [Fixture.event(.agreement, "1949-04-04", ["NATO", "USA"], trigger: "signed")])
        #expect(try date(f.kb, "When was the North Atlantic Treaty signed?") == "1949-04-04")
        #expect(try date(f.kb, "What is the date of the North Atlantic Treaty?") == "1949-04-04")
        #expect(try date(f.kb, "متى وقعت معاهدة شمال الأطلسي؟") == "1949-04-04")
    }

    @Test func thePlaceNamedPicksTheEventHeldThere() throws {
        let f = try Fixture()
        var inYerevan = Fixture.event(.summit, "2022-11-23", ["CSTO", "ARM"], trigger: "summit", sentence: 0)
        inYerevan.location = Fixture.ref("ARM")
        var inAstana = Fixture.event(.summit, "2024-11-28", ["CSTO", "KAZ", "ARM"], trigger: "summit", sentence: 1)
        inAstana.location = Fixture.ref("KAZ")
        try f.write(published: "2024-11-29", sentences: [
            "Two years ago the bloc's leaders gathered for their summit in the Armenian capital.",
            "This year's summit in Astana went ahead with the Armenian seat empty.",
        ], events: [inYerevan, inAstana])
        #expect(try date(f.kb, "When was the CSTO summit in Yerevan held?") == "2022-11-23")
        #expect(try date(f.kb, "متى عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان؟") == "2022-11-23")
        #expect(try date(f.kb, "Когда прошёл саммит ОДКБ в Ереване?") == "2022-11-23")
        #expect(try date(f.kb, "When was the CSTO summit in Astana held?") == "2024-11-28")
    }

    @Test func anInternationalOfficialSpeaksForTheOrganisation() throws {
        let f = try Fixture()
        try f.write(published: "2022-11-24", sentences: ["The bloc's secretary general said on Wednesday that the draft on help for Armenia was agreed."],
                    events: [Fixture.event(.statement, "2022-11-23", ["CSTO"], trigger: "said")], mentions: [("CSTO", 0), ("ARM", 0)])
        let zas = try #require(Gazetteer.shared.aliases.first { $0.entity.kind == .person && Gazetteer.shared.person(code: $0.entity.code)?.organisation == "CSTO" })
        #expect(try date(f.kb, "When did \(zas.surface) say the draft declaration on assistance to Armenia was agreed?") == "2022-11-23")
    }

    @Test func whenWillAsksForAPlannedEvent() throws {
        let f = try Fixture()
        try f.write(published: "2023-05-07", sentences: [
            "The foreign ministers held a summit meeting in Cairo today.",
            "The leaders will hold their summit in Riyadh on 19 May.",
        ], events: [
            Fixture.event(.summit, "2023-05-07", ["ARAB-LEAGUE"], trigger: "summit", sentence: 0),
            Fixture.event(.summit, "2023-05-19", ["ARAB-LEAGUE", "SAU"], trigger: "summit", sentence: 1),
        ])
        #expect(try date(f.kb, "When will the Arab summit be held?") == "2023-05-19")
        #expect(try date(f.kb, "متى تعقد القمة العربية المقبلة؟") == "2023-05-19")
    }

    @Test func aSpanInTheQuestionRestrictsTheEventAsked() throws {
        let f = try Fixture()
        try f.write(published: "2024-01-10", sentences: ["Troops clashed on the border in 2021.", "Troops clashed on the border again in 2023."], events: [
            Fixture.event(.attack, "2021", ["ARM", "AZE"], trigger: "clashed", sentence: 0),
            Fixture.event(.attack, "2023", ["ARM", "AZE"], trigger: "clashed", sentence: 1),
        ])
        #expect(try date(f.kb, "When did Armenia and Azerbaijan clash between 2020 and 2022?") == "2021")
        #expect(try date(f.kb, "Когда Армения и Азербайджан столкнулись с 2022 по 2024 год?") == "2023")
        let timeline = try f.kb.ask("What happened between Armenia and Azerbaijan between 2020 and 2022?")
        #expect(timeline.kind == .timeline)
        #expect(timeline.message.contains("- 2021 attack: ARM, AZE"))
        #expect(!timeline.message.contains("- 2023"))
        let one = try f.kb.ask("What happened in Azerbaijan in 2023?")
        #expect(one.kind == .timeline)
        #expect(one.message.hasPrefix("1 event involving Azerbaijan in 2023:\n- 2023 attack: ARM, AZE"), "\(one.message)")
    }
}
