import KBModel

extension KnowledgeBase {
    /// Words of an application to join, in the three languages.
    static let applicationWords = ["طلب", "apply", "applied", "application", "bid to join", "заявк", "подала", "подали"]

    /// "When did the CSTO send troops to Kazakhstan?": the event of the asked type that shares the most
    /// actors with the question (then whose trigger says the asked verb, then reported by more
    /// articles, then dated more precisely), answered with its date at its precision.
    func eventDate(_ q: Question) throws -> Answer {
        var actors = q.states + q.alliances
        if q.alliances.isEmpty, let a = try alliance(of: q) { actors.append(a) }
        for s in try states(of: q.persons) where !actors.contains(s) { actors.append(s) }
        let wanted = Set(actors.map(\.code))
        guard !wanted.isEmpty else {
            return Answer(kind: .eventDate, answer: .null, message: "The question names no state, alliance or person I know.")
        }
        let types = q.concept?.types ?? []
        let words = q.concept?.words ?? []
        // An event about other states does not answer: every state the question names (persons
        // through their states) must be an actor of the event or its location.
        let named = Set((q.states + (try states(of: q.persons))).map(\.code))
        func involvesNamed(_ r: TimelineRow) -> Bool { named.isSubset(of: Set(r.actors + [r.location].compactMap { $0 })) }
        // The alliance the question names is part of the event asked about ("When did Armenia join
        // the EAEU?" is not answered by the CSTO freeze); a year named restricts the events to it.
        let namedAlliances = Set(q.alliances.map(\.code))
        func involvesNamed(_ r: TimelineRow, alliances: Bool) -> Bool {
            involvesNamed(r) && (namedAlliances.isEmpty || !namedAlliances.isDisjoint(with: r.actors + [r.location].compactMap { $0 }))
                && (q.date.map { d in r.date.map { $0.isCompatible(with: d.date) } ?? false } ?? true)
        }
        var rows = try merge(reports(entities: actors, from: nil, to: nil, types: types, anyActor: true)).filter { involvesNamed($0, alliances: true) }
        if rows.isEmpty && !types.isEmpty {
            // Extraction may have typed the event otherwise: accept any type whose trigger is the verb asked.
            rows = try merge(reports(entities: actors, from: nil, to: nil, types: [], anyActor: true)).filter { r in
                r.type != .statement && involvesNamed(r, alliances: true)
                    && r.triggers.contains { t in QuestionLexicon.words(t).contains { QuestionLexicon.matches($0, words) } }
            }
        }
        let asksApplication = Self.applicationWords.contains { q.text.lowercased().contains($0) }
        func score(_ r: TimelineRow) -> [Int] {
            let overlap = Set(r.actors).intersection(wanted).count
            // "When did Finland join NATO?": Finland's own accession before the joint application with Sweden
            let others = -Set(r.actors).subtracting(wanted).filter { a in r.actors.contains(a) }.count
            var triggerHit = r.triggers.contains { t in QuestionLexicon.words(t).contains { QuestionLexicon.matches($0, words) } } ? 2 : 0
            // an application to join is not the joining asked about ("When did Finland join NATO?")
            if !asksApplication, r.triggers.allSatisfy({ t in Self.applicationWords.contains { t.lowercased().contains($0) } }) { triggerHit -= 3 }
            let sentenceHit = r.sentences.contains { s in QuestionLexicon.words(s).contains { QuestionLexicon.matches($0, words) } } ? 1 : 0
            let precision = r.date.map { $0.precision == .day ? 3 : $0.precision == .month ? 2 : 1 } ?? 0
            return [overlap, triggerHit + sentenceHit, others, r.date == nil ? 0 : 1, r.articles, precision, r.date.flatMap(\.year) ?? 0]
        }
        let what = (q.concept.map { $0.types.map(\.rawValue).joined(separator: " or ") + " " } ?? "") + "event"
        guard let best = rows.max(by: { score($0).lexicographicallyPrecedes(score($1)) }) else {
            return Answer(kind: .eventDate, answer: .null,
                          message: "The knowledge base records no \(what) involving \(wanted.sorted().joined(separator: ", ")).")
        }
        let evidence = [AnswerEvidence(id: best.id, text: best.evidence ?? "")]
        guard let date = best.date else {
            return Answer(kind: .eventDate, answer: .null,
                          message: "The knowledge base records the \(best.type.rawValue) of \(best.actors.joined(separator: ", ")) but not its date.",
                          evidence: evidence)
        }
        let answer = JSONValue.object([
            ("date", .string(date.iso)), ("precision", .string(date.precision.rawValue)), ("type", .string(best.type.rawValue)),
            ("actors", .array(best.actors.map(JSONValue.string))), ("articles", .int(best.articles)), ("id", .string(best.id)),
        ])
        let message = "\(date.iso): \(best.type.rawValue) of \(best.actors.joined(separator: ", ")) (\(best.articles) article\(best.articles == 1 ? "" : "s"))."
        return Answer(kind: .eventDate, answer: answer, message: message, evidence: evidence)
    }
}
