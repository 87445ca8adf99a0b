import Foundation
import Testing

/// `ask` over SampleData: answers in the question's language, restricted by the year and the
/// alliance it names, short forms, counts, and the kinds it answers when it cannot.
@Suite struct AskInItsLanguageTests {
    let folder: TemporaryDirectory
    let db: String

    init() throws {
        folder = try TemporaryDirectory()
        db = try CLI.sampleKnowledgeBase(in: folder.url).db
    }

    func ask(_ q: String, json: Bool = false) throws -> String {
        let r = try CLI.run(["ask", q, "--format", json ? "json" : "text", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func arabicAndRussianQuestionsGetAnswersInTheirLanguage() throws {
        let ar = try ask("هل أرمينيا عضو في منظمة معاهدة الأمن الجماعي؟")
        #expect(ar.hasPrefix("لا: أرمينيا "))
        let ru = try ask("Входит ли Армения в ОДКБ?")
        #expect(ru.hasPrefix("Нет: Армения "))
        #expect(ru.contains("ОДКБ"))
        let json = try ask("Входит ли Армения в ОДКБ?", json: true)
        #expect(json.hasPrefix(#"{"kind": "membership-check", "answer": false,"#))
    }

    @Test func aYearInTheQuestionRestrictsTheTimelineAndTheEventsAreListed() throws {
        for q in ["What happened between Armenia and Azerbaijan in 2022?", "ماذا حدث بين أرمينيا وأذربيجان عام 2022؟",
                  "Что произошло между Арменией и Азербайджаном в 2022 году?"] {
            let text = try ask(q)
            let events = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
            #expect(!events.isEmpty, "\(q)")
            #expect(events.allSatisfy { $0.hasPrefix("- 2022") }, "\(q): \(text)")
            #expect(events.contains { $0.contains("attack") })
        }
        let all = try ask("What happened between Armenia and Azerbaijan?").split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(all.contains { !$0.hasPrefix("- 2022") })
    }

    @Test func aSpanOfYearsInTheQuestionRestrictsTheTimelineAndTheEventsAreListed() throws {
        for q in ["What happened between Armenia and Azerbaijan between 2020 and 2022?",
                  "ماذا حدث بين أرمينيا وأذربيجان بين عامي 2020 و2022؟",
                  "Что произошло между Арменией и Азербайджаном с 2020 по 2022 год?"] {
            let text = try ask(q)
            let events = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
            #expect(!events.isEmpty, "\(q)")
            // each line: date, type, actors
            #expect(events.allSatisfy { $0.hasPrefix("- 2020") || $0.hasPrefix("- 2021") || $0.hasPrefix("- 2022") }, "\(q): \(text)")
            #expect(events.contains { $0.contains(" attack: ") && $0.contains("ARM") && $0.contains("AZE") }, "\(q): \(text)")
            #expect(text.contains("2020") && text.contains("2022"), "the first line names the span: \(text)")
        }
        let json = try ask("What happened between Armenia and Azerbaijan between 2020 and 2022?", json: true)
        #expect(json.hasPrefix(#"{"kind": "timeline", "answer": [{"date": "20"#))
        #expect(!json.contains(#""date": "1993"#))
    }

    @Test func eventQuestionsAreAnsweredInTheirLanguage() throws {
        let ar = try ask("متى وصل بوتين إلى يريفان؟")
        #expect(ar.contains(" مقالة)."), "\(ar)")
        let ru = try ask("Когда Путин прибыл в Ереван?")
        #expect(ru.contains("(статей: "), "\(ru)")
        #expect(try ask("When did Putin arrive in Yerevan?").contains(" article"))
        #expect(try ask("Когда Грузия направила войска в Перу?").hasPrefix("В базе знаний нет события"))
    }

    @Test func alliancesOfAStateAreNamedInTheQuestionsLanguage() throws {
        #expect(try ask("В какие организации входит Армения?").hasPrefix("Армения: ОДКБ ("))
        #expect(try ask("ما التحالفات التي تنتمي إليها أرمينيا؟").hasPrefix("أرمينيا: "))
        #expect(try ask("Which alliances is Armenia in?").hasPrefix("Armenia: "))
    }

    @Test func theAllianceNamedRestrictsAnEventQuestion() throws {
        let json = try ask("When did Armenia join the EAEU?", json: true)
        #expect(!json.contains("2024-02"))
        #expect(json.hasPrefix(#"{"kind": "event-date""#))
    }

    @Test func shortFormsAndStillAreMembershipChecks() throws {
        let ru = try ask("Швеция член НАТО?", json: true)
        #expect(ru.hasPrefix(#"{"kind": "membership-check", "answer": true,"#))
        #expect(try ask("Швеция член НАТО?").hasPrefix("Да: Швеция"))
        let still = try ask("Is Sweden still in NATO?", json: true)
        #expect(still.hasPrefix(#"{"kind": "membership-check", "answer": true,"#))
    }

    @Test func howManyMembersIsACount() throws {
        let text = try ask("How many members does the SCO have?")
        #expect(text.hasPrefix("SCO has "))
        #expect(text.contains(" members: "))
        let ru = try ask("Сколько членов в ШОС?")
        #expect(ru.hasPrefix("Число членов "))
    }

    @Test func anUnansweredQuestionListsTheKindsInItsLanguage() throws {
        #expect(try ask("ما حال الطقس اليوم؟").hasPrefix("لم أفهم السؤال."))
        #expect(try ask("Какая сегодня погода?").hasPrefix("Я не понял вопрос."))
        #expect(try ask("What is the weather like?").hasPrefix("I did not understand the question."))
        #expect(try ask("Какая сегодня погода?", json: true).hasPrefix(#"{"kind": "unknown", "answer": null,"#))
    }

    @Test func misspeltNamesGetADidYouMean() throws {
        let en = try ask("Is Kazakstan a member of the CSTO?", json: true)
        #expect(en.contains(#""answer": null,"#))
        #expect(en.contains("Did you mean: Kazakhstan (KAZ)"))
        #expect(try ask("Is Kirgizstan in the CSTO?").contains("Kyrgyzstan (KGZ)"))
        #expect(try ask("Входит ли Казахстн в ОДКБ?").contains("Казахстан (KAZ)"))
        // A question whose names are all known is answered as usual.
        #expect(try ask("When did Putin arrive in Yerevan?", json: true).contains(#""answer": {"date":"#))
    }

    @Test func theSecretaryGeneralIsTheLatestNamedInTheOffice() throws {
        let json = try ask("Who is the secretary general of the CSTO?", json: true)
        #expect(json.hasPrefix(#"{"kind": "office-holder", "answer": {"person": "tasmagambetov""#))
        #expect(try ask("Кто генеральный секретарь ОДКБ?").hasPrefix("Генеральный секретарь ОДКБ: Имангали Тасмагамбетов"))
        #expect(try ask("Who is the secretary general of NATO?", json: true).contains(#""person": "stoltenberg""#))
    }
}
