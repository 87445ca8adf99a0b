import KBExtraction
import KBModel

/// The kinds of question `ask` understands.
public enum QuestionKind: String, Sendable, CaseIterable {
    case membershipCheck = "membership-check"
    case memberList = "member-list"
    case alliances
    case eventDate = "event-date"
    case timeline
    case conflicts
    /// "Who is the secretary general of the CSTO?": the latest person named in the office.
    case officeHolder = "office-holder"
    case unknown
}

/// A question read into its kind, the entities it names, its date and the event it asks about.
///
///     Question("Is Azerbaijan a member of the CSTO?").kind   // .membershipCheck
public struct Question: Sendable {
    public var text: String
    public var kind: QuestionKind
    public var states: [EntityRef] = []
    public var alliances: [EntityRef] = []
    public var persons: [EntityRef] = []
    /// States named as the place of what is asked ("in Yerevan", "في يريفان", "в Ереване").
    public var places: Set<String> = []
    /// The moment asked about ("at the start of 2010"), if any.
    public var date: QueryDate?
    /// The span asked about ("between 2020 and 2022", "с 2020 по 2022 год"), if the question names two dates.
    public var range: (from: QueryDate, to: QueryDate)?
    /// Whether the question names an alliance only in general ("the organization", "المنظمة", "блок").
    public var genericAlliance = false
    /// Whether the question asks how many ("how many members", "كم عدد", "сколько").
    public var asksCount = false
    /// The event asked about: the concept most of the question's words name.
    var concept: EventConcept?
    /// Every concept the question's words name, the most named first ("announce it would send": statement, deploy).
    var concepts: [EventConcept] = []
    /// The status a "become ..." or "join" question asks about ("When did Belarus become an SCO observer?").
    var status: MembershipStatus?
    /// Which end of a process the question asks about ("When did the withdrawal begin?").
    var aspect: Aspect?
    /// Whether the question asks about something to come ("When will ...", "متى تعقد القمة المقبلة").
    var future = false
    /// The question's content words as keys to compare with evidence (see `QuestionLexicon.keys(of:)`).
    var keys: Set<String> = []

    enum Aspect: Sendable { case begin, complete }

    public init(_ text: String) {
        self.text = text
        kind = .unknown
        let matches = Gazetteer.shared.entities(in: text)
        for m in matches {
            switch m.entity.kind {
            case .state, .place: if !states.contains(m.entity) { states.append(m.entity) }
            case .alliance, .organisation: if !alliances.contains(m.entity) { alliances.append(m.entity) }
            case .person: if !persons.contains(m.entity) { persons.append(m.entity) }
            }
        }
        let all = Array(text.unicodeScalars)
        for m in matches where m.entity.kind == .state || m.entity.kind == .place {
            guard m.start <= all.count else { continue }
            var view = String.UnicodeScalarView(); view.append(contentsOf: all[..<m.start])
            let before = String(view).lowercased().split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
            if QuestionLexicon.placeWords.contains(before) { places.insert(m.entity.code) }
        }
        // Cue words are read outside the names, so that "Collective Security Treaty Organization"
        // does not ask about a treaty.
        var scalars = Array(text.unicodeScalars)
        for m in matches.reversed() where m.start < m.end && m.end <= scalars.count {
            scalars.replaceSubrange(m.start..<m.end, with: [" "])
        }
        var view = String.UnicodeScalarView(); view.append(contentsOf: scalars)
        let rest = String(view)
        let words = QuestionLexicon.words(rest)
        date = QueryDate.find(in: TextNormalizer.normalize(rest))
        range = QueryDate.range(in: TextNormalizer.normalize(rest))
        genericAlliance = words.contains { QuestionLexicon.matches($0, QuestionLexicon.allianceWords) }
        func has(_ cues: [String]) -> Bool { words.contains { QuestionLexicon.matches($0, cues) } }
        // Treaties, charters and bodies that stand for their alliance ("the North Atlantic Treaty", "the Arab summit").
        let phrase = " " + QuestionLexicon.words(text).joined(separator: " ") + " "
        for (code, phrases) in QuestionLexicon.allianceNames
        where phrases.contains(where: { phrase.contains(" " + $0) }) && !alliances.contains(where: { $0.code == code }) {
            if let a = Gazetteer.shared.alliance(code: code) { alliances.append(a) }
        }
        let ranked = QuestionLexicon.concepts.map { ($0, hits($0, words)) }.filter { $0.1 > 0 }
        concepts = ranked.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element.0)
        concept = concepts.first
        // "become a member / an observer" asks for the status and the joining that makes it.
        if has(QuestionLexicon.become) || concepts.contains(where: { QuestionLexicon.membershipConcepts[$0.name] != nil }) {
            let becomes = has(QuestionLexicon.become)
            status = (becomes ? QuestionLexicon.statuses.first { s in has(s.1) }?.0 : nil)
                ?? concepts.lazy.compactMap { QuestionLexicon.membershipConcepts[$0.name] }.first
            // becoming a member is joining; becoming an observer or a partner is not
            if becomes, status == .member,
               !concepts.contains(where: { $0.name == "join" }), let join = QuestionLexicon.concepts.first(where: { $0.name == "join" }) {
                concepts.insert(join, at: 0)
                concept = join
            }
        }
        // "Since when is Armenia a member of the CSTO?", "С какого времени Армения член ОДКБ?": its joining.
        if concepts.isEmpty && has(QuestionLexicon.when) && has(QuestionLexicon.membership),
           let join = QuestionLexicon.concepts.first(where: { $0.name == "join" }) {
            concepts = [join]
            concept = join
            status = .member
        }
        // "leave" is a withdrawal of forces when forces are named, else leaving the alliance.
        if let i = concepts.firstIndex(where: { $0.name == "withdraw" }) {
            let forces = QuestionLexicon.wordGroups.filter { $0.name == "forces" || $0.name == "peacekeepers" }.contains { has($0.words) }
            concepts[i].types = forces ? [.withdrawForces] : [.membershipChange]
            if concept?.name == "withdraw" { concept = concepts[i] }
            if forces && status == .formerMember { status = nil }
        }
        let begins = has(QuestionLexicon.begin), completes = has(QuestionLexicon.complete)
        aspect = begins == completes ? nil : begins ? .begin : .complete
        future = has(QuestionLexicon.future)
        keys = QuestionLexicon.keys(of: words)

        asksCount = has(QuestionLexicon.howMany)
        let first = words.first ?? ""
        let named = states.count + persons.count
        let lowered = TextNormalizer.normalize(text).lowercased()
        if !alliances.isEmpty && QuestionLexicon.secretaryGeneral.contains(where: { lowered.contains($0) }) && !has(QuestionLexicon.when) {
            kind = .officeHolder
        } else if has(QuestionLexicon.when) || (has(QuestionLexicon.whatDate) && concept != nil
                                                   && words.prefix(3).contains { QuestionLexicon.matches($0, QuestionLexicon.what) }) {
            // "What is the date of the protocol ...", "In what year did ...", "ما تاريخ توقيع ...", "В каком году ..."
            kind = .eventDate
        } else if (QuestionLexicon.yesNo.contains(first) || words.contains("ли") || words.contains("هل")) && !states.isEmpty
                    && (!alliances.isEmpty || genericAlliance) && (has(QuestionLexicon.membership) || first != "هل") {
            kind = .membershipCheck
        } else if !states.isEmpty && !alliances.isEmpty && has(QuestionLexicon.membership) && text.contains(where: { $0 == "?" || $0 == "؟" })
                    && !has(QuestionLexicon.whoWhich) && !has(QuestionLexicon.when) {
            // Short forms: "Швеция член НАТО?", "Sweden a member of NATO?"
            kind = .membershipCheck
        } else if has(QuestionLexicon.conflict) && states.count == 1 {
            kind = .conflicts
        } else if named >= 2 && has(QuestionLexicon.between) {
            kind = .timeline
        } else if named + alliances.count >= 1 && has(QuestionLexicon.happened) && !has(QuestionLexicon.conflict) {
            // "What happened in Kazakhstan in January 2022?", "What happened between Russia and the CSTO?"
            kind = .timeline
        } else if has(QuestionLexicon.conflict) && named >= 1 {
            kind = .conflicts
        } else if states.count == 1 && alliances.isEmpty && (genericAlliance || has(QuestionLexicon.membership)) {
            kind = .alliances
        } else if !alliances.isEmpty && states.isEmpty && (has(QuestionLexicon.listing) || has(QuestionLexicon.membership) || asksCount) {
            kind = .memberList
        }
    }

    private func hits(_ c: EventConcept, _ words: [String]) -> Int {
        words.filter { QuestionLexicon.matches($0, c.words) }.count
    }
}
