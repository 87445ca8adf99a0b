import KBModel
import Testing
@testable import KBQuery

@Suite struct QuestionTests {
    @Test(arguments: [
        ("Is Azerbaijan a member of the CSTO?", QuestionKind.membershipCheck, ["AZE"], ["CSTO"]),
        ("هل أذربيجان عضو في منظمة معاهدة الأمن الجماعي؟", .membershipCheck, ["AZE"], ["CSTO"]),
        ("هل النمسا عضو في الناتو؟", .membershipCheck, ["AUT"], ["NATO"]),
        ("Входит ли Азербайджан в ОДКБ?", .membershipCheck, ["AZE"], ["CSTO"]),
        ("Является ли Армения членом ОДКБ?", .membershipCheck, ["ARM"], ["CSTO"]),
        ("Who belongs to the CSTO?", .memberList, [], ["CSTO"]),
        ("Which states are members of the CSTO?", .memberList, [], ["CSTO"]),
        ("من هم أعضاء منظمة معاهدة الأمن الجماعي؟", .memberList, [], ["CSTO"]),
        ("Кто входит в ОДКБ?", .memberList, [], ["CSTO"]),
        ("Which alliances is Armenia in?", .alliances, ["ARM"], []),
        ("When did the CSTO send troops to Kazakhstan?", .eventDate, ["KAZ"], ["CSTO"]),
        ("متى طلبت أرمينيا المساعدة من المنظمة؟", .eventDate, ["ARM"], []),
        ("When did Putin arrive in Yerevan?", .eventDate, ["ARM"], []),
        ("متى انضمت فنلندا إلى حلف شمال الأطلسي؟", .eventDate, ["FIN"], ["NATO"]),
        ("What happened between Armenia and Azerbaijan?", .timeline, ["ARM", "AZE"], []),
        ("Which conflicts is Armenia involved in?", .conflicts, ["ARM"], []),
        ("Does Azerbaijan belong to the CSTO?", .membershipCheck, ["AZE"], ["CSTO"]),
        ("Is Sweden in NATO?", .membershipCheck, ["SWE"], ["NATO"]),
        ("هل جورجيا عضو في المنظمة؟", .membershipCheck, ["GEO"], []),
        ("ما هي الدول الأعضاء في منظمة معاهدة الأمن الجماعي؟", .memberList, [], ["CSTO"]),
        ("Какие страны входят в ОДКБ?", .memberList, [], ["CSTO"]),
        ("ما التحالفات التي تنتمي إليها أرمينيا؟", .alliances, ["ARM"], []),
        ("В какие организации входит Армения?", .alliances, ["ARM"], []),
        ("ماذا حدث بين أرمينيا وأذربيجان؟", .timeline, ["ARM", "AZE"], []),
        ("Что произошло между Арменией и Азербайджаном?", .timeline, ["ARM", "AZE"], []),
        ("What is the weather like?", .unknown, [], []),
        ("What happened in Kazakhstan in January 2022?", .timeline, ["KAZ"], []),
        ("ماذا حدث في كازاخستان في يناير 2022؟", .timeline, ["KAZ"], []),
        ("Что произошло в Казахстане в январе 2022 года?", .timeline, ["KAZ"], []),
        ("What happened between Russia and the CSTO from 2021 to 2023?", .timeline, ["RUS"], ["CSTO"]),
        ("What is the date of the protocol on Uzbekistan's return to the CSTO?", .eventDate, ["UZB"], ["CSTO"]),
        ("When was the North Atlantic Treaty signed?", .eventDate, [], ["NATO"]),
        ("In what year did Georgia leave the CSTO?", .eventDate, ["GEO"], ["CSTO"]),
        ("В каком году Грузия вышла из ОДКБ?", .eventDate, ["GEO"], ["CSTO"]),
        ("في أي عام انسحبت جورجيا من منظمة معاهدة الأمن الجماعي؟", .eventDate, ["GEO"], ["CSTO"]),
        ("ما تاريخ انضمام فنلندا إلى حلف الناتو؟", .eventDate, ["FIN"], ["NATO"]),
        ("When will the Arab summit be held?", .eventDate, [], ["ARAB-LEAGUE"]),
        ("Is Uzbekistan still a member of the CSTO?", .membershipCheck, ["UZB"], ["CSTO"]),
        ("Турция входит в НАТО?", .membershipCheck, ["TUR"], ["NATO"]),
        ("Остаётся ли Армения членом ОДКБ?", .membershipCheck, ["ARM"], ["CSTO"]),
        ("هل ما زالت أرمينيا عضوا في منظمة معاهدة الأمن الجماعي؟", .membershipCheck, ["ARM"], ["CSTO"]),
    ])
    func questionsAreReadIntoTheirKind(text: String, kind: QuestionKind, states: [String], alliances: [String]) {
        let q = Question(text)
        #expect(q.kind == kind)
        #expect(q.states.map(\.code) == states)
        #expect(q.alliances.map(\.code) == alliances)
    }

    @Test(arguments: [
        ("Who belonged to the CSTO at the start of 2010?", "2010-01-01"),
        ("Who belonged to the CSTO at the end of 2012?", "2012-12-31"),
        ("من هم أعضاء منظمة معاهدة الأمن الجماعي في عام ٢٠١٠؟", "2010-01-01"),
        ("Кто входил в ОДКБ в 2013 году?", "2013-01-01"),
        ("Who belonged to NATO on 2023-04-05?", "2023-04-05"),
        ("Who belonged to the CSTO on 20 December 2012?", "2012-12-20"),
        ("من هم أعضاء منظمة معاهدة الأمن الجماعي في يونيو 2012؟", "2012-06-01"),
        ("من هم أعضاء منظمة معاهدة الأمن الجماعي في 20 كانون الأول 2012؟", "2012-12-20"),
        ("Кто входил в ОДКБ на 1 июля 2012 года?", "2012-07-01"),
        ("Кто входил в ОДКБ в декабре 2012?", "2012-12-01"),
    ])
    func questionsCarryTheirDate(text: String, day: String) {
        #expect(Question(text).date?.day == day)
    }

    @Test(arguments: [
        ("When did the CSTO send troops to Kazakhstan?", "deploy"),
        ("متى طلبت أرمينيا المساعدة من المنظمة؟", "request"),
        ("When did Armenia ask the CSTO for help?", "request"),
        ("متى علّقت عضوية أوزبكستان في منظمة معاهدة الأمن الجماعي؟", "suspend"),
        ("متى انضمت فنلندا إلى حلف شمال الأطلسي؟", "join"),
        ("Когда Путин прибыл в Ереван?", "visit"),
        ("When did Russian troops withdraw from Kazakhstan?", "withdraw"),
        ("When did the CSTO peacekeepers leave Kazakhstan?", "withdraw"),
        ("When did Tokayev ask the CSTO for help?", "request"),
        ("When did protests break out in Kazakhstan?", "unrest"),
        ("When did Armenia freeze its participation in the CSTO?", "suspend"),
        ("Когда ОДКБ ввела войска в Казахстан?", "deploy"),
        ("Когда Финляндия вступила в НАТО?", "join"),
        ("متى زار بوتين يريفان؟", "visit"),
    ])
    func eventQuestionsFindTheirVerb(text: String, concept: String) {
        #expect(Question(text).concept?.name == concept)
    }

    @Test(arguments: [
        ("When did Finland become a member of NATO?", "join"),
        ("متى أصبحت السويد العضو الـ32 في حلف الناتو؟", "join"),
        ("Когда Швеция стала членом НАТО?", "join"),
        ("When did Pashinyan refuse to sign the CSTO declaration?", "criticize"),
        ("When did Pashinyan accuse the CSTO of leaving Armenia alone?", "criticize"),
        ("When did the border clashes between Armenia and Azerbaijan take place?", "attack"),
        ("Когда начались артобстрелы армянских сёл?", "attack"),
        ("When did the CSTO announce it would send a mission to Armenia?", "deploy"),
        ("When did the CSTO announce it would send a mission to Armenia?", "state"),
        ("When was the extraordinary session of the council held?", "summit"),
        ("متى وافقت الدول الست على إنشاء منظمة معاهدة الأمن الجماعي؟", "found"),
        ("When was the SCO founded?", "found"),
        ("Когда была создана ОДКБ?", "found"),
    ])
    func everyVerbOfAQuestionIsKept(text: String, concept: String) {
        #expect(Question(text).concepts.contains { $0.name == concept }, "\(Question(text).concepts.map(\.name))")
    }

    @Test(arguments: [
        ("When did Belarus become an SCO observer?", MembershipStatus.observer),
        ("Когда Белоруссия стала наблюдателем в ШОС?", .observer),
        ("When did Finland join NATO?", .member),
        ("When did Uzbekistan suspend its CSTO membership?", .suspended),
        ("Since when is Armenia a member of the CSTO?", .member),
        ("Когда Армения стала членом ОДКБ?", .member),
    ])
    func joiningAndBecomingAskForAStatus(text: String, status: MembershipStatus) {
        #expect(Question(text).status == status)
    }

    @Test func leavingIsAWithdrawalOfForcesOnlyWhenForcesAreNamed() {
        #expect(Question("When did Uzbekistan leave the CSTO?").concept?.types == [.membershipChange])
        #expect(Question("Когда Узбекистан вышел из ОДКБ?").concept?.types == [.membershipChange])
        #expect(Question("When did the CSTO peacekeepers leave Kazakhstan?").concept?.types == [.withdrawForces])
        #expect(Question("متى انسحبت قوات المنظمة من كازاخستان؟").concept?.types == [.withdrawForces])
        #expect(Question("Когда Пашинян раскритиковал ОДКБ?").concept?.name == "criticize")
    }

    @Test func theEndOfAProcessAskedIsRead() {
        #expect(Question("When did the withdrawal of CSTO forces from Kazakhstan begin?").aspect == .begin)
        #expect(Question("متى استكملت القوات انسحابها من كازاخستان؟").aspect == .complete)
        #expect(Question("Когда завершился вывод миротворцев из Казахстана?").aspect == .complete)
        #expect(Question("When did the CSTO send troops to Kazakhstan?").aspect == nil)
    }

    @Test(arguments: [
        ("What happened between Armenia and Azerbaijan between 2020 and 2022?", "2020-01-01", "2022-12-31"),
        ("What happened between Armenia and Azerbaijan from 2019 to 2021?", "2019-01-01", "2021-12-31"),
        ("What happened between Armenia and Azerbaijan in 2020-2022?", "2020-01-01", "2022-12-31"),
        ("Что произошло между Арменией и Азербайджаном с 2020 по 2022 год?", "2020-01-01", "2022-12-31"),
        ("Что произошло между Арменией и Азербайджаном между 2020 и 2022 годами?", "2020-01-01", "2022-12-31"),
        ("ماذا حدث بين أرمينيا وأذربيجان بين عامي 2020 و2022؟", "2020-01-01", "2022-12-31"),
        ("ماذا حدث بين أرمينيا وأذربيجان من 2020 إلى 2022؟", "2020-01-01", "2022-12-31"),
        ("What happened between Armenia and Azerbaijan between 2022-09-01 and 2022-09-30?", "2022-09-01", "2022-09-30"),
    ])
    func aSpanOfTwoDatesIsRead(text: String, from: String, to: String) {
        let q = Question(text)
        #expect(q.range?.from.day == from)
        #expect(q.range?.to.day == to)
    }

    @Test func oneDateIsNoSpan() {
        #expect(Question("What happened between Armenia and Azerbaijan in 2022?").range == nil)
        #expect(Question("Who belonged to the CSTO at the end of 2012?").range == nil)
    }
}
