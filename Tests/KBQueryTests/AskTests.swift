import KBModel
import Testing
@testable import KBQuery

@Suite struct AskTests {
    /// The facts of an Arabic article of 2022-11-27 about the CSTO, written by hand.
    func seedKB() throws -> Fixture {
        let f = try Fixture()
        let person = PersonMention(person: EntityRef(kind: .person, code: "vladimir-putin", name: "Vladimir Putin"), nameNative: "بوتين",
                                   state: Fixture.ref("RUS"), role: "president", provenance: Provenance(sentenceIndex: 3, rule: "test"))
        try f.write(published: "2022-11-27", sentences: [
            "يضم التحالف أرمينيا وروسيا وكازاخستان وليس أذربيجان.",
            "أرسل التحالف قوات إلى كازاخستان في يناير.",
            "طلبت أرمينيا المساعدة من المنظمة في سبتمبر.",
            "وصل بوتين إلى يريفان الأربعاء الماضي.",
            "تبادلت أرمينيا وأذربيجان الاتهامات بالقصف على الحدود.",
        ], language: .arabic, memberships: [
            Fixture.claim("CSTO", "ARM", .member, "2022-11-27"), Fixture.claim("CSTO", "RUS", .member, "2022-11-27"),
            Fixture.claim("CSTO", "KAZ", .member, "2022-11-27"), Fixture.claim("CSTO", "AZE", .nonMember, "2022-11-27"),
        ], events: [
            Fixture.event(.deployForces, "2022-01", ["CSTO", "KAZ"], trigger: "أرسل", sentence: 1),
            Fixture.event(.requestAssistance, "2022-09", ["ARM", "CSTO"], trigger: "طلبت المساعدة", sentence: 2),
            Fixture.event(.visit, "2022-11-23", ["RUS", "ARM"], trigger: "وصل", sentence: 3),
            Fixture.event(.attack, nil, ["ARM", "AZE"], trigger: "القصف", sentence: 4),
        ], conflicts: [Conflict(partyA: Fixture.ref("ARM"), partyB: Fixture.ref("AZE"), kind: .border,
                                provenance: Provenance(sentenceIndex: 4, rule: "test"))],
        persons: [person])
        return f
    }

    /// Uzbekistan's CSTO history as an article of 2012-12-20 tells it.
    func uzbekistanKB() throws -> Fixture {
        let f = try Fixture()
        try f.write(published: "2012-12-20", sentences: [
            "علق المجلس أمس عضوية أوزبكستان.", "أرسلت طشقند مذكرة في يونيو.", "عادت أوزبكستان في 2006.",
            "انسحبت جورجيا وأذربيجان في 1999.",
        ], language: .arabic, memberships: [
            Fixture.claim("CSTO", "UZB", .suspended, "2012-12-19"), Fixture.claim("CSTO", "ARM", .member, "2012-12-20"),
            Fixture.claim("CSTO", "GEO", .formerMember, "2012-12-20"),
        ], events: [
            Fixture.event(.membershipChange, "2012-12-19", ["UZB", "CSTO"], trigger: "علق", sentence: 0),
            Fixture.event(.membershipChange, "2012-06", ["UZB", "CSTO"], trigger: "مذكرة", sentence: 1),
            Fixture.event(.membershipChange, "2006-06", ["UZB", "CSTO"], trigger: "عادت", sentence: 2),
            Fixture.event(.membershipChange, "1999", ["GEO", "AZE", "CSTO"], trigger: "انسحبت", sentence: 3),
        ])
        return f
    }

    @Test(arguments: [
        ("Is Azerbaijan a member of the CSTO?", JSONValue.bool(false)),
        ("هل أذربيجان عضو في منظمة معاهدة الأمن الجماعي؟", .bool(false)),
        ("Входит ли Азербайджан в ОДКБ?", .bool(false)),
        ("Is Armenia a member of the CSTO?", .bool(true)),
        ("Является ли Армения членом ОДКБ?", .bool(true)),
        ("Is Georgia a member of NATO?", .null),
    ])
    func membershipChecks(question: String, answer: JSONValue) throws {
        let a = try seedKB().kb.ask(question)
        #expect(a.kind == .membershipCheck)
        #expect(a.answer == answer)
        if answer == .null { #expect(a.message.contains("no claim")) } else { #expect(!a.evidence.isEmpty) }
    }

    @Test func aMemberThatFrozeItsParticipationIsListedAsAMember() throws {
        let f = try Fixture()
        try f.write(published: "2024-06-14", sentences: ["Armenia, a member of the bloc with Russia, froze its participation."], memberships: [
            Fixture.claim("CSTO", "ARM", .member, "2024-06-14"), Fixture.claim("CSTO", "ARM", .suspended, "2024-06-14"),
            Fixture.claim("CSTO", "RUS", .member, "2024-06-14"),
        ])
        let a = try f.kb.ask("Who belongs to the CSTO?")
        #expect(a.json.contains(#"{"state": "ARM", "status": "member", "sources": "article", "participation": "suspended"}"#), "\(a.json)")
        #expect(a.message.hasPrefix("Members of CSTO: Armenia (participation suspended), Russia."), "\(a.message)")
        // a suspension alone is no membership to list
        let g = try Fixture()
        try g.write(published: "2024-06-14", sentences: ["Armenia froze its participation in the bloc."],
                    memberships: [Fixture.claim("CSTO", "ARM", .suspended, "2024-06-14")])
        #expect(try g.kb.ask("Who belongs to the CSTO?").json.contains(#"{"state": "ARM", "status": "suspended", "sources": "article"}"#))
    }

    @Test func aFormerMemberIsNotAMember() throws {
        #expect(try uzbekistanKB().kb.ask("Is Georgia a member of the CSTO?").answer == .bool(false))
    }

    @Test(arguments: ["Who belongs to the CSTO?", "من هم أعضاء منظمة معاهدة الأمن الجماعي؟", "Кто входит в ОДКБ?"])
    func memberLists(question: String) throws {
        let a = try seedKB().kb.ask(question)
        #expect(a.kind == .memberList)
        #expect(a.json.contains(#"{"state": "ARM", "status": "member""#))
        #expect(a.json.contains(#"{"state": "AZE", "status": "non-member""#))
        // The answer speaks the question's language, with the names in it.
        let expected = ["Who": "Members of CSTO: Armenia, Kazakhstan, Russia.", "من": "أعضاء ", "Кто": "Члены ОДКБ: Армения, Казахстан, Россия."]
        let prefix = try #require(expected.first { question.hasPrefix($0.key) }?.value)
        #expect(a.message.hasPrefix(prefix), "\(a.message)")
    }

    @Test(arguments: [
        ("When did the CSTO send troops to Kazakhstan?", "2022-01"),
        ("متى طلبت أرمينيا المساعدة من المنظمة؟", "2022-09"),
        ("When did Armenia ask the CSTO for help?", "2022-09"),
        ("When did Putin arrive in Yerevan?", "2022-11-23"),
        ("Когда Путин прибыл в Ереван?", "2022-11-23"),
    ])
    func eventDates(question: String, date: String) throws {
        let a = try seedKB().kb.ask(question)
        #expect(a.kind == .eventDate)
        #expect(a.json.hasPrefix(#"{"kind": "event-date", "answer": {"date": "\#(date)""#))
    }

    @Test func theAskedVerbPicksAmongEventsOfOneType() throws {
        let kb = try uzbekistanKB().kb
        let a = try kb.ask("متى علّقت عضوية أوزبكستان في منظمة معاهدة الأمن الجماعي؟")
        #expect(a.json.contains(#""date": "2012-12-19""#))
        #expect(try kb.ask("When did Uzbekistan suspend its CSTO membership?").json.contains(#""date": "2012-12-19""#))
    }

    @Test func otherKindsOfQuestion() throws {
        let kb = try seedKB().kb
        #expect(try kb.ask("Which alliances is Armenia in?").json.contains(#"[{"alliance": "CSTO", "status": "member"}]"#))
        let timeline = try kb.ask("What happened between Armenia and Azerbaijan?")
        #expect(timeline.kind == .timeline)
        #expect(timeline.json.contains(#""type": "attack""#))
        let conflicts = try kb.ask("Which conflicts is Armenia involved in?")
        #expect(conflicts.json.contains(#""parties": ["ARM", "AZE"]"#))
        #expect(conflicts.evidence.first?.text.hasSuffix("تبادلت أرمينيا وأذربيجان الاتهامات بالقصف على الحدود.") == true)
    }

    @Test(arguments: ["When did Georgia join NATO?", "Who belongs to NATO?", "Which alliances is Peru in?",
                      "When did Georgia send troops to Kazakhstan?"])
    func unanswerableQuestionsSaySoWithNull(question: String) throws {
        let a = try seedKB().kb.ask(question)
        #expect(a.kind != .unknown)
        #expect(a.answer == .null)
        #expect(a.message.contains("no "))
    }

    @Test(arguments: ["What is the weather like?", "ما هو الطقس اليوم؟", "Какая сегодня погода?"])
    func questionsNotUnderstoodListTheKindsUnderstood(question: String) throws {
        let a = try seedKB().kb.ask(question)
        #expect(a.kind == .unknown)
        #expect(a.answer == .null)
        #expect(a.message.contains("membership-check"))
    }
}

@Suite struct EventDateChoiceTests {
    /// Two membership changes of Finland: the application (reported twice, with Sweden) and the accession.
    func finlandKB() throws -> Fixture {
        let f = try Fixture()
        try f.write(published: "2022-05-18", events: [Fixture.event(.membershipChange, "2022-05", ["FIN", "SWE", "NATO"], trigger: "applied to join")])
        try f.write(published: "2022-05-19", events: [Fixture.event(.membershipChange, "2022-05", ["FIN", "SWE", "NATO"], trigger: "تقدمت بطلب الانضمام")])
        try f.write(published: "2023-04-04", events: [Fixture.event(.membershipChange, "2023-04-04", ["FIN", "NATO"], trigger: "became a member")])
        return f
    }

    @Test(arguments: ["When did Finland join NATO?", "متى انضمت فنلندا إلى حلف شمال الأطلسي؟"])
    func joiningIsNotApplying(_ question: String) throws {
        let a = try finlandKB().kb.ask(question)
        #expect(a.json.contains(#""date": "2023-04-04""#), "\(a.json)")
    }

    @Test func applyingIsAskedAsSuch() throws {
        let a = try finlandKB().kb.ask("When did Finland apply to join NATO?")
        #expect(a.json.contains(#""date": "2022-05""#), "\(a.json)")
    }
}
