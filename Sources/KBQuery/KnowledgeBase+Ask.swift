import KBExtraction
import KBModel

extension KnowledgeBase {
    /// What `ask` says when it does not understand a question.
    public static let understoodQuestions = """
        I did not understand the question. I answer, in Arabic, English or Russian: \
        is STATE a member of ALLIANCE? (membership-check); who belongs to ALLIANCE [in YEAR]? (member-list); \
        which alliances is STATE in? (alliances); when did ACTOR do something, e.g. send troops, ask for help, \
        visit, join, suspend, withdraw, sign, meet? (event-date); what happened between STATE and STATE? (timeline); \
        which conflicts is STATE in? (conflicts).
        """

    /// Answers a question in Arabic, English or Russian from the knowledge base, with its evidence.
    public func ask(_ text: String) throws -> Answer {
        let q = Question(text)
        if let (word, guess) = Self.didYouMean(text) {
            // A misspelt name is not answered as if the question had not named it.
            let say = AskPhrasebook(question: text)
            return Answer(kind: q.kind, answer: .null,
                          message: say.pick("I do not know the name '\(word)'. Did you mean: ", "لا أعرف الاسم '\(word)'. هل تقصد: ",
                                            "Мне неизвестно имя «\(word)». Возможно, вы имели в виду: ") + guess.joined(separator: ", ") + "?")
        }
        return try answer(q)
    }

    /// The first word of a question that names nothing known but is close to a name ("Kazakstan" →
    /// Kazakhstan (KAZ)): capitalised words of five letters or more after the first word.
    static func didYouMean(_ text: String) -> (String, [String])? {
        let known = Gazetteer.shared.entities(in: text).map(\.surface.localizedLowercase).joined(separator: " ")
        for w in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).dropFirst() {
            guard w.count >= 5, let f = w.first, f.isUppercase, !known.contains(w.localizedLowercase),
                  Gazetteer.shared.entity(named: w) == nil else { continue }
            let close = Gazetteer.shared.suggestions(for: w, limit: 2).filter { s in
                let name = String(s.prefix { $0 != "(" }).trimmingWhitespace()
                return Self.editDistance(Array(w.lowercased()), Array(name.lowercased())) <= max(1, w.count / 4)
            }
            if !close.isEmpty { return (w, close) }
        }
        return nil
    }

    /// The Levenshtein distance of two words.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }

    func answer(_ q: Question) throws -> Answer {
        switch q.kind {
        case .membershipCheck: return try membershipCheck(q)
        case .memberList: return try memberList(q)
        case .alliances: return try alliancesAnswer(q)
        case .eventDate: return try eventDate(q)
        case .timeline: return try timelineAnswer(q)
        case .conflicts: return try conflictsAnswer(q)
        case .officeHolder: return try officeHolder(q)
        case .unknown: return Answer(kind: .unknown, answer: .null, message: AskPhrasebook(question: q.text).understood())
        }
    }

    /// The alliance a question names, or for "the organization" the one the knowledge base mentions most.
    func alliance(of q: Question) throws -> EntityRef? {
        if let a = q.alliances.first { return a }
        guard q.genericAlliance else { return nil }
        // Index-only counts per alliance: claims and event roles; mentions (kept in their sentences,
        // so counted by reading them all) only when no alliance has either.
        for counted in ["(SELECT COUNT(*) FROM membership WHERE alliance_id = e.id) + (SELECT COUNT(*) FROM event_actor WHERE entity_id = e.id)",
                        "(SELECT COUNT(*) FROM mention WHERE entity_id = e.id)"] {
            let t = try connection.fetch("""
                SELECT e.code, e.name, \(counted) AS n FROM entity e WHERE e.kind = 'alliance' ORDER BY n DESC, e.code LIMIT 1
                """, [])
            if let r = t.rows.first, let code = r[0], r[2] != "0" { return EntityRef(kind: .alliance, code: code, name: r[1] ?? code) }
        }
        return nil
    }

    /// The states a question's persons belong to: the knowledge base's role claims first, the gazetteer's list else.
    func states(of persons: [EntityRef]) throws -> [EntityRef] {
        var out: [EntityRef] = []
        for p in persons {
            let t = try connection.fetch("""
                SELECT st.code, st.name FROM person_role pr JOIN entity p ON p.id = pr.person_id JOIN entity st ON st.id = pr.state_id
                WHERE p.kind = 'person' AND p.code = ? GROUP BY st.id ORDER BY COUNT(*) DESC LIMIT 1
                """, [.text(p.code)])
            if let r = t.rows.first, let code = r[0] {
                out.append(EntityRef(kind: .state, code: code, name: r[1] ?? code))
            } else if let code = Gazetteer.shared.person(code: p.code)?.state, let s = Gazetteer.shared.state(code: code) {
                out.append(s)
            }
        }
        return out
    }

    func membershipCheck(_ q: Question) throws -> Answer {
        let say = AskPhrasebook(question: q.text)
        guard let state = q.states.first, let alliance = try alliance(of: q) else {
            return Answer(kind: .membershipCheck, answer: .null, message: say.noAlliance())
        }
        let rows = try members(of: alliance, at: q.date, source: .all).filter { $0.state == state }
        let stateName = try localName(state, say.language), allianceName = try localName(alliance, say.language)
        guard let row = rows.first else {
            return Answer(kind: .membershipCheck, answer: .null, message: say.noClaim(state: stateName, alliance: allianceName, date: q.date))
        }
        let isMember = row.status == .member
        var message = say.membership(state: stateName, alliance: allianceName, status: row.status, isMember: isMember, date: q.date,
                                     support: row.sources == "reference" ? say.referenceData() : say.articles(row.articles))
        message += row.disagreement.map { "; \($0)" } ?? ""
        message += ")."
        return Answer(kind: .membershipCheck, answer: .bool(isMember), message: message, evidence: evidence(row))
    }

    func evidence(_ row: MembershipRow) -> [AnswerEvidence] {
        row.evidence.map { [AnswerEvidence(id: row.id, text: $0)] } ?? []
    }

    func memberList(_ q: Question) throws -> Answer {
        let say = AskPhrasebook(question: q.text)
        guard let alliance = try alliance(of: q) else {
            return Answer(kind: .memberList, answer: .null, message: say.noAlliance())
        }
        let rows = try members(of: alliance, at: q.date, source: .all)
        let allianceName = try localName(alliance, say.language)
        guard !rows.isEmpty else {
            return Answer(kind: .memberList, answer: .null, message: say.noMembershipClaim(allianceName, date: q.date))
        }
        // A member that froze its participation is still a member where its article says both at once
        // ("Armenia, a member, suspended its participation"): listed as a member, its participation suspended.
        let frozen = try Set(rows.filter { $0.status == .suspended && $0.sources != "reference" }.filter(suspendedMember).map(\.state.code))
        func isMember(_ r: MembershipRow) -> Bool { r.status == .member || frozen.contains(r.state.code) }
        let members = try rows.filter(isMember).map { r in
            try localName(r.state, say.language) + (frozen.contains(r.state.code) ? say.participationSuspended() : "")
        }
        let others = try rows.filter { !isMember($0) }.map { "\(try localName($0.state, say.language)) (\($0.status.rawValue))" }
        var message = q.asksCount ? say.memberCount(of: allianceName, date: q.date, count: members.count, names: members)
                                  : say.members(of: allianceName, date: q.date, names: members)
        if !others.isEmpty && !q.asksCount { message += say.alsoNamed(others) }
        let answer = JSONValue.array(rows.map { r in
            var fields: [(String, JSONValue)] = [("state", .string(r.state.code)), ("status", .string(isMember(r) ? "member" : r.status.rawValue)),
                                                 ("sources", .string(r.sources))]
            if frozen.contains(r.state.code) { fields.append(("participation", .string("suspended"))) }
            return .object(fields)
        })
        return Answer(kind: .memberList, answer: answer, message: message, evidence: rows.flatMap(evidence))
    }

    /// Whether the article of a suspension claim also says, of the same date, that the state is a member.
    func suspendedMember(_ row: MembershipRow) throws -> Bool {
        guard let id = row.id.split(separator: ",").first.flatMap({ Int64($0.drop { $0 != ":" }.dropFirst()) }) else { return false }
        let t = try connection.fetch("""
            SELECT 1 FROM membership s JOIN membership m ON m.article_id = s.article_id AND m.alliance_id = s.alliance_id
                   AND m.state_id = s.state_id AND m.status = 'member' AND m.claim_date IS s.claim_date
            WHERE s.id = ? AND s.status = 'suspended' LIMIT 1
            """, [.integer(id)])
        return !t.rows.isEmpty
    }

    /// The person the articles name latest as the alliance's secretary general: a role naming the
    /// office and the alliance, or the office for a person the lexicon lists in that alliance.
    func officeHolder(_ q: Question) throws -> Answer {
        let say = AskPhrasebook(question: q.text)
        guard let alliance = q.alliances.first else { return Answer(kind: .officeHolder, answer: .null, message: say.noAlliance()) }
        let t = try connection.fetch("""
            SELECT g.code, g.name, g.role, g.latest, g.n, g.last,
                   (SELECT ar2.path || ': ' || se.text FROM person_role x JOIN article ar2 ON ar2.id = x.article_id
                    JOIN sentence se ON se.id = x.sentence_id WHERE x.id = g.last)
            FROM (SELECT p.code, p.name, pr.role, MAX(COALESCE(CASE WHEN ar.published NOT LIKE 'X%' THEN ar.published END, '')) AS latest,
                         COUNT(*) AS n, MAX(pr.id) AS last
                  FROM person_role pr JOIN entity p ON p.id = pr.person_id JOIN article ar ON ar.id = pr.article_id
                  WHERE pr.role LIKE '%secretary general%' OR pr.role LIKE '%secretary-general%'
                  GROUP BY p.id, pr.role) g
            """, [])
        var best: (code: String, name: String, date: String, id: String, evidence: String)? = nil
        for r in t.rows.indices {
            guard let code = t.text(r, 0), let role = t.text(r, 2) else { continue }
            let organisation = Gazetteer.shared.person(code: code)?.organisation
            guard role.uppercased().contains(alliance.code) || organisation == alliance.code else { continue }
            let date = t.text(r, 3) ?? ""
            if best == nil || date > best!.date {
                best = (code, t.text(r, 1) ?? code, date, "p:\(t.text(r, 5) ?? "")", t.text(r, 6) ?? "")
            }
        }
        let allianceName = try localName(alliance, say.language)
        guard let best else {
            return Answer(kind: .officeHolder, answer: .null,
                          message: say.pick("The knowledge base names no secretary general of \(allianceName).",
                                            "لا تذكر قاعدة المعرفة أمينًا عامًا لـ\(allianceName).",
                                            "В базе знаний не назван генеральный секретарь \(allianceName)."))
        }
        let person = EntityRef(kind: .person, code: best.code, name: best.name)
        let name = try localName(person, say.language)
        let latest = best.date.isEmpty ? "" : say.pick(" (latest report \(best.date))", " (آخر ذكر \(best.date))", " (последнее упоминание \(best.date))")
        let message = say.pick("Secretary general of \(allianceName): \(name)\(latest).", "الأمين العام لـ\(allianceName): \(name)\(latest).",
                               "Генеральный секретарь \(allianceName): \(name)\(latest).")
        return Answer(kind: .officeHolder, answer: .object([("person", .string(best.code)), ("name", .string(best.name))]),
                      message: message, evidence: [AnswerEvidence(id: best.id, text: best.evidence)])
    }

    func alliancesAnswer(_ q: Question) throws -> Answer {
        guard let state = q.states.first else { return Answer(kind: .alliances, answer: .null, message: AskPhrasebook(question: q.text).understood()) }
        let say = AskPhrasebook(question: q.text)
        let rows = try alliances(of: state, at: q.date, source: .all)
        let stateName = try localName(state, say.language)
        guard !rows.isEmpty else {
            return Answer(kind: .alliances, answer: .null,
                          message: say.pick("The knowledge base holds no membership claim about \(stateName).",
                                            "لا تحوي قاعدة المعرفة أي ادعاء عن عضوية \(stateName).",
                                            "В базе знаний нет утверждений о членстве \(stateName)."))
        }
        let answer = JSONValue.array(rows.map { .object([("alliance", .string($0.alliance.code)), ("status", .string($0.status.rawValue))]) })
        let message = "\(stateName): " + (try rows.map { "\(try localName($0.alliance, say.language)) (\(say.status($0.status)))" })
            .joined(separator: say.pick(", ", "، ", ", ")) + "."
        return Answer(kind: .alliances, answer: answer, message: message, evidence: rows.flatMap(evidence))
    }

    func timelineAnswer(_ q: Question) throws -> Answer {
        let say = AskPhrasebook(question: q.text)
        let parties = q.states + q.alliances + (try states(of: q.persons))
        // A span ("between 2020 and 2022"), or a year, month or day, in the question restricts the events to it.
        let from = q.range?.from ?? q.date.map { QueryDate(date: $0.date) }
        let to = q.range?.to ?? q.date.map { QueryDate(date: $0.date, atEnd: true) }
        let rows = try timeline(entities: Array(parties.prefix(2)), from: from, to: to, types: q.concept?.types ?? [])
        let names = try parties.prefix(2).map { try localName($0, say.language) }.joined(separator: say.and())
        let period = say.period(from, to)
        guard !rows.isEmpty else {
            return Answer(kind: .timeline, answer: .null, message: say.noEvents(between: names, period: period, parties: min(2, parties.count)))
        }
        // The events themselves: date, type and actors, one a line.
        var lines = [say.events(between: names, count: rows.count, period: period, parties: min(2, parties.count))]
        for r in rows {
            lines.append("- \(r.date?.iso ?? say.dateUnknown()) \(r.type.rawValue): \(r.actors.joined(separator: ", ")) (\(r.id))")
        }
        return Answer(kind: .timeline, answer: .array(rows.map(json)), message: lines.joined(separator: "\n"),
                      evidence: rows.map { AnswerEvidence(id: $0.id, text: $0.evidence ?? "") })
    }

    func json(_ r: TimelineRow) -> JSONValue {
        .object([("date", .optional(r.date?.iso)), ("type", .string(r.type.rawValue)),
                 ("actors", .array(r.actors.map(JSONValue.string))), ("articles", .int(r.articles)), ("id", .string(r.id))])
    }

    func conflictsAnswer(_ q: Question) throws -> Answer {
        let state = q.states.first
        let rows = try conflicts(of: state)
        guard !rows.isEmpty else {
            let say = AskPhrasebook(question: q.text)
            let name = try state.map { try localName($0, say.language) }
            return Answer(kind: .conflicts, answer: .null,
                          message: say.pick("The knowledge base records no conflict\(name.map { " involving \($0)" } ?? "").",
                                            "لا تسجل قاعدة المعرفة أي نزاع\(name.map { " يخص \($0)" } ?? "").",
                                            "В базе знаний нет конфликтов\(name.map { " с участием \($0)" } ?? "")."))
        }
        let answer = JSONValue.array(rows.map { r in
            .object([("parties", .array([.string(r.partyA), .string(r.partyB)])), ("kind", .optional(r.kind)),
                     ("events", .int(r.events)), ("last_reported", .optional(r.lastReported))])
        })
        let message = rows.map { "\($0.partyA)–\($0.partyB)\($0.kind.map { " (\($0))" } ?? "")" }.joined(separator: ", ") + "."
        var evidence: [AnswerEvidence] = []
        for r in rows {
            // The latest claim of the pair: its article and sentence.
            guard let id = try FactID.list(r.id).first else { continue }
            let t = try self.evidence(for: id)
            let last = t.rows.count - 1
            let text = [t.value("source", in: last), t.value("sentence", in: last)].compactMap { $0 }.joined(separator: ": ")
            evidence.append(AnswerEvidence(id: r.id, text: text))
        }
        return Answer(kind: .conflicts, answer: answer, message: message, evidence: evidence)
    }
}

extension MembershipStatus {
    /// The status in a sentence: "a member", "not a member", "a former member".
    var phrase: String {
        switch self {
        case .member: "a member"
        case .nonMember: "not a member"
        case .formerMember: "a former member"
        case .observer: "an observer"
        case .partner: "a partner"
        case .suspended: "a suspended member"
        case .applicant: "an applicant"
        }
    }
}
