import KBExtraction
import KBModel

extension KnowledgeBase {
    /// Words of an application to join, in the three languages.
    static let applicationWords = ["طلب", "apply", "applied", "application", "bid to join", "заявк", "подала", "подали"]

    /// "When did the CSTO send troops to Kazakhstan?": the event (or the dated membership change) that
    /// best fits the question, answered with its date at its precision.
    ///
    /// Candidates are the events of any state or alliance the question names (persons through their
    /// states) and, for joining, leaving, suspension or "become an observer", the dated status claims
    /// of the state named. A candidate must concern every state named (as an actor, its location or a
    /// name in its sentence) and no other alliance than the one named. Each is scored by its type and
    /// trigger against the verbs asked, by how many content words of the question its evidence
    /// sentence says in any of the three languages (`QuestionLexicon.keys(of:)`), by the end of a
    /// process asked ("begin", "complete"), and by having a date; ties go to more actors shared,
    /// fewer other actors, more articles and more precise dates.
    func eventDate(_ q: Question) throws -> Answer {
        let say = AskPhrasebook(question: q.text)
        var actors = q.states + q.alliances
        if q.alliances.isEmpty, let a = try alliance(of: q) { actors.append(a) }
        for s in try states(of: q.persons) where !actors.contains(s) { actors.append(s) }
        // an international official ("When did Zas say ...") speaks for the organisation
        for p in q.persons {
            if let code = Gazetteer.shared.person(code: p.code)?.organisation, let a = Gazetteer.shared.alliance(code: code),
               !actors.contains(a) { actors.append(a) }
        }
        let wanted = Set(actors.map(\.code))
        // A question that names nobody ("When will the next meeting of the commissions take place?")
        // is compared with the events of the types it asks about.
        guard !wanted.isEmpty || !q.concepts.isEmpty else {
            return Answer(kind: .eventDate, answer: .null, message: say.noParties())
        }
        let named = Set((q.states + (try states(of: q.persons))).map(\.code))
        let namedAlliances = Set(q.alliances.map(\.code))
        // The events of the types asked; events of every type too (extraction may have typed the event
        // otherwise) unless a large knowledge base holds many of the types asked already.
        let askedTypes = q.concepts.flatMap(\.types)
        var found = try askedTypes.isEmpty ? [] : reports(entities: wanted.isEmpty ? [] : actors, from: nil, to: nil, types: askedTypes,
                                                           anyActor: !wanted.isEmpty)
        if !wanted.isEmpty && (askedTypes.isEmpty || found.count < 2_000) {
            found = try reports(entities: actors, from: nil, to: nil, types: [], anyActor: true)
        }
        // Each report is a candidate with its own date and sentence (merging would lend "this week" the
        // day of another statement); the event it belongs to counts the articles.
        var articles: [String: Int] = [:]
        for row in merge(found) { for id in row.id.split(separator: ",") { articles[String(id)] = row.articles } }
        var rows = found.map { r in
            TimelineRow(id: "e:\(r.id)", date: r.date, type: r.type, actors: r.actors, location: r.location,
                        articles: articles["e:\(r.id)"] ?? 1, evidence: r.evidence, triggers: [r.trigger], sentences: [r.evidence])
        }
        var names = try sentenceNames(ofEvents: found.map(\.id))
        var articleOf: [String: Int64] = [:]
        for r in found { articleOf["e:\(r.id)"] = r.articleID }
        let claims = try claimCandidates(q, states: named, alliances: namedAlliances)
        rows += claims.rows
        names.merge(claims.names) { a, _ in a }
        articleOf.merge(claims.articles) { a, _ in a }
        // "When will ...": a planned event, dated on or after the day its article was published.
        let published = q.future ? try publicationDays(Set(articleOf.values)) : [:]
        let alliancesKnown = Set(Gazetteer.shared.allAlliances.map(\.code))

        func mentioned(_ r: TimelineRow) -> Set<String> {
            r.id.split(separator: ",").reduce(into: Set<String>()) { $0.formUnion(names[String($1)] ?? []) }
        }
        // Whether the candidate concerns what the question names; nil when it cannot answer.
        func fit(_ r: TimelineRow) -> Int? {
            let here = mentioned(r), involved = Set(r.actors + [r.location].compactMap { $0 })
            guard named.isSubset(of: involved.union(here)) else { return nil }
            if let span = q.range {
                // an event of the span: its own span overlaps the one asked
                guard let d = r.date, d.year != nil,
                      QueryDate(date: d, atEnd: true).day >= span.from.day, QueryDate(date: d).day <= span.to.day else { return nil }
            } else if let d = q.date, !(r.date.map { $0.isCompatible(with: d.date) } ?? false) { return nil }
            guard !namedAlliances.isEmpty else { return 0 }
            if !namedAlliances.isDisjoint(with: involved) { return 2 }
            if !namedAlliances.isDisjoint(with: here) { return 1 }
            // "When did Armenia join the EAEU?" is not answered by an event of the CSTO.
            return involved.contains(where: alliancesKnown.contains) ? nil : 0
        }
        rows = rows.filter { fit($0) != nil }

        let asked = q.concepts
        let types = Set(asked.flatMap(\.types))
        let verbs = asked.flatMap(\.words)
        let askedNames = Set(asked.map(\.name))
        let membershipAsked = !askedNames.isDisjoint(with: QuestionLexicon.membershipConcepts.keys)
        let asksApplication = askedNames.contains("apply") || Self.applicationWords.contains { q.text.lowercased().contains($0) }
        func words(_ s: String) -> [String] { QuestionLexicon.words(s) }
        func score(_ r: TimelineRow) -> [Int] {
            var total = (fit(r) ?? 0)
            let triggerWords = r.triggers.map(words)
            let typed = types.contains(r.type) && !r.id.hasPrefix("m:") || (membershipAsked || q.status != nil) && r.id.hasPrefix("m:")
            let triggered = triggerWords.contains(where: { QuestionLexicon.occurs(verbs, in: $0) })
            if typed { total += 3 }
            // a claim of the very status asked ("become an observer")
            if r.id.hasPrefix("m:"), let status = q.status, r.status == status { total += 2 }
            if triggered { total += 3 }
            // An application to join is not the joining asked about ("When did Finland join NATO?").
            if !asksApplication, r.triggers.allSatisfy({ t in Self.applicationWords.contains { t.lowercased().contains($0) } }) { total -= 4 }
            // A trigger that says another change of membership than the one asked (a suspension for a return).
            if membershipAsked {
                let said = Set(QuestionLexicon.concepts.filter { c in QuestionLexicon.membershipConcepts[c.name] != nil
                    && triggerWords.contains { QuestionLexicon.occurs(c.words, in: $0) } }.map(\.name))
                if !said.isEmpty && said.isDisjoint(with: askedNames) { total -= 6 }
            }
            if r.type == .statement && !askedNames.contains("state") { total -= 1 }
            // the sentence of the event that shares the most words with the question
            let (sentence, overlap) = r.sentences.map { text -> ([String], Int) in
                let w = words(text)
                return (w, QuestionLexicon.overlap(q.keys, w))
            }.max { $0.1 < $1.1 } ?? ([], 0)
            total += 2 * overlap
            if let aspect = q.aspect {
                let begins = QuestionLexicon.occurs(QuestionLexicon.begin, in: sentence)
                let completes = QuestionLexicon.occurs(QuestionLexicon.complete, in: sentence)
                if aspect == .begin ? begins : completes { total += 2 } else if aspect == .begin ? completes : begins { total -= 2 }
            }
            if r.date != nil { total += 3 }
            // "the summit in Yerevan": an event held there
            if let place = r.location, !q.places.isEmpty { total += q.places.contains(place) ? 3 : -1 }
            if q.future, let d = r.date, d.year != nil, let id = articleOf[r.id], let day = published[id] {
                // after its article's day: planned; that day itself: as likely done as planned; before: done
                let last = QueryDate(date: d, atEnd: true).day, first = QueryDate(date: d).day
                total += first > day ? 2 : last < day ? -2 : 0
            }
            let shared = Set(r.actors).intersection(wanted).count
            let others = -Set(r.actors).subtracting(wanted).count
            let precision = r.date.map { $0.precision == .day ? 3 : $0.precision == .month ? 2 : 1 } ?? 0
            // What the question asks must be said by the candidate: its type, its trigger or its sentence;
            // a dated one that says it answers before an undated one, which cannot say when.
            let relevant = typed || triggered || overlap >= (q.concepts.isEmpty ? 2 : 1)
            return [relevant ? 1 : 0, relevant && r.date != nil ? 1 : 0, total, shared, others, r.articles, precision, r.date.flatMap(\.year) ?? 0]
        }
        let what = (q.concept.map { $0.types.map(\.rawValue).joined(separator: " or ") + " " } ?? "") + "event"
        // A question that asks for a kind of event or a status is not answered by an event that says
        // neither; one that only names its parties may be answered by their best event.
        let hasContent = !q.concepts.isEmpty || q.status != nil
        guard let best = rows.map({ ($0, score($0)) }).filter({ !hasContent || $0.1[0] == 1 })
                .max(by: { $0.1.lexicographicallyPrecedes($1.1) })?.0 else {
            return Answer(kind: .eventDate, answer: .null, message: say.noEvent(what, involving: wanted.sorted()))
        }
        let evidence = [AnswerEvidence(id: best.id, text: best.evidence ?? "")]
        guard let date = best.date else {
            return Answer(kind: .eventDate, answer: .null,
                          message: say.eventNotDated(type: best.type.rawValue, actors: best.actors),
                          evidence: evidence)
        }
        let answer = JSONValue.object([
            ("date", .string(date.iso)), ("precision", .string(date.precision.rawValue)), ("type", .string(best.type.rawValue)),
            ("actors", .array(best.actors.map(JSONValue.string))), ("articles", .int(best.articles)), ("id", .string(best.id)),
        ])
        let message = say.eventOn(date.iso, type: best.type.rawValue, actors: best.actors, articles: best.articles)
        return Answer(kind: .eventDate, answer: answer, message: message, evidence: evidence)
    }

    /// The publication day of each article whose year is known.
    func publicationDays(_ ids: Set<Int64>) throws -> [Int64: String] {
        var out: [Int64: String] = [:]
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 400) {
            let chunk = all[start..<min(all.count, start + 400)]
            let t = try connection.fetch("SELECT id, published FROM article WHERE published NOT LIKE 'X%' AND id IN ("
                                         + chunk.map { _ in "?" }.joined(separator: ", ") + ")", chunk.map { .integer($0) })
            for r in t.rows.indices {
                guard let id = t.text(r, 0).flatMap({ Int64($0) }), let p = t.text(r, 1).flatMap({ FuzzyDate(iso: $0) }) else { continue }
                out[id] = QueryDate(date: p).day
            }
        }
        return out
    }

    /// The states and alliances named in the sentence of each event, by evidence id (`e:7`).
    func sentenceNames(ofEvents ids: [Int64]) throws -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        var rest = ids[...]
        while !rest.isEmpty {
            let chunk = rest.prefix(400)
            rest = rest.dropFirst(chunk.count)
            let t = try connection.fetch("""
                SELECT e.id, en.code FROM event e JOIN sentence s ON s.id = e.sentence_id, json_each(s.mentions) m
                JOIN entity en ON en.id = json_extract(m.value, '$[0]') WHERE en.kind IN ('state', 'alliance') AND e.id IN (\(chunk.map { _ in "?" }.joined(separator: ", ")))
                """, chunk.map { .integer($0) })
            for r in t.rows.indices {
                guard let id = t.text(r, 0), let code = t.text(r, 1) else { continue }
                out["e:" + id, default: []].insert(code)
            }
        }
        return out
    }

    /// Dated status claims that answer "when did X join / leave / suspend / become an observer":
    /// claims of the states named whose date is their own sentence's (a dated change, or a date after
    /// the article's: what is planned), of the status asked, as candidates beside the events (`m:12`, typed membership-change).
    func claimCandidates(_ q: Question, states: Set<String>, alliances: Set<String>) throws
        -> (rows: [TimelineRow], names: [String: Set<String>], articles: [String: Int64]) {
        // Without a status asked ("When will the chairmanship pass from Kazakhstan to Kyrgyzstan?"),
        // claims of any status are compared by their sentence alone.
        guard !states.isEmpty else { return ([], [:], [:]) }
        var sql = """
            SELECT m.id, st.code, al.code, m.claim_date, m.rule, ar.path || ': ' || se.text, ar.id,
                   (SELECT group_concat(en.code, ';') FROM json_each(se.mentions) mm JOIN entity en ON en.id = json_extract(mm.value, '$[0]')
                    WHERE en.kind IN ('state', 'alliance')),
                   m.status
            FROM membership m JOIN entity st ON st.id = m.state_id JOIN entity al ON al.id = m.alliance_id
            JOIN article ar ON ar.id = m.article_id JOIN sentence se ON se.id = m.sentence_id
            WHERE m.source_kind = 'article' AND (m.dated_change = 1 OR m.claim_date > m.published) AND m.claim_date IS NOT NULL AND (m.status = ? OR ? = '')
              AND st.kind = 'state' AND st.code IN (\(states.map { _ in "?" }.joined(separator: ", ")))
            """
        let status = q.status?.rawValue ?? ""
        var args: [QueryValue] = [.text(status), .text(status)] + states.sorted().map { .text($0) }
        if !alliances.isEmpty {
            sql += " AND al.code IN (" + alliances.map { _ in "?" }.joined(separator: ", ") + ")"
            args += alliances.sorted().map { .text($0) }
        }
        let t = try connection.fetch(sql, args)
        var rows: [TimelineRow] = [], names: [String: Set<String>] = [:], articles: [String: Int64] = [:]
        for r in t.rows.indices {
            guard let id = t.text(r, 0), let state = t.text(r, 1), let alliance = t.text(r, 2),
                  let date = t.text(r, 3).flatMap({ FuzzyDate(iso: $0) }) else { continue }
            let cue = (t.text(r, 4) ?? "").split(separator: ":", maxSplits: 1).last.map { String($0).trimmingWhitespace() } ?? ""
            var row = TimelineRow(id: "m:" + id, date: date, type: .membershipChange, actors: [state, alliance], location: nil,
                                  articles: 1, evidence: t.text(r, 5), triggers: [cue], sentences: [t.text(r, 5) ?? ""])
            row.status = t.text(r, 8).flatMap(MembershipStatus.init(rawValue:))
            rows.append(row)
            articles["m:" + id] = t.text(r, 6).flatMap { Int64($0) }
            names["m:" + id] = Set((t.text(r, 7) ?? "").split(separator: ";").map(String.init))
        }
        return (rows, names, articles)
    }
}
