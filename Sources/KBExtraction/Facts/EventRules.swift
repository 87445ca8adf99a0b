import KBModel

/// Typed events of one sentence: each trigger word or phrase gives an event whose actors are the
/// states, alliances and persons (standing for their state) close to it, and whose date is the
/// nearest date expression ("آنذاك"/"then" the last event's date, "recently" the publication month).
enum EventRules {
    static let actorReach = 7

    static func actors(near r: Range<Int>, in a: SentenceAnalysis, _ ctx: ArticleContext) -> [EntityRef] {
        var out: [EntityRef] = []
        for s in a.slots where s.range.lowerBound >= a.datelineEnd && a.distance(s.range, r) <= actorReach && !a.barrierBetween(s.range, r, forEvents: true) {
            switch s.entity.kind {
            case .state, .alliance: out.append(s.entity)
            case .person: if let st = ctx.personStates[s.entity.code] { out.append(st) }
            default: break
            }
        }
        return MembershipRules.unique(out)
    }

    /// Words that put what follows as the place of a happening: "in Yerevan", "в Минске", "في موسكو".
    static let locatives: Set<String> = ["in", "at", "в", "во", "на", "في"]

    /// Where a summit, a visit, an attack or a deployment took place, when the text says so: a state or
    /// its capital right after a locative word near the trigger ("the summit in Yerevan" is in Armenia).
    static func location(of r: Range<Int>, _ type: EventType, in a: SentenceAnalysis) -> EntityRef? {
        guard [.summit, .visit, .attack, .deployForces].contains(type) else { return nil }
        return a.slots.filter { s in
            s.entity.kind == .state && !s.isReference && s.range.lowerBound > 0 && s.range.lowerBound >= a.datelineEnd
                && locatives.contains(a.tokens[s.range.lowerBound - 1].norm)
                && a.distance(s.range, r) <= 4 && !a.barrierBetween(s.range, r, forEvents: true)
        }.min { a.distance($0.range, r) < a.distance($1.range, r) }?.entity
    }

    static func apply(_ a: SentenceAnalysis, _ ctx: inout ArticleContext) -> [Event] {
        var events: [Event] = []
        for c in a.cues {
            let type: EventType
            switch c.kind {
            case .event(let t): type = t
            case .meeting: type = .summit
            default: continue
            }
            guard c.range.lowerBound >= a.datelineEnd else { continue }
            // "did not send troops", "не направила миротворцев": nothing happened
            if type != .criticism, type != .statement,
               a.hasCue([.negation], before: c.range, within: 1) { continue }
            if a.hasCue([.irrealis], before: c.range, within: 2) { continue }
            var actors = actors(near: c.range, in: a, ctx)
            // a summit is the alliance's that the sentence names ("members would pledge support for
            // Ukraine at the summit in July")
            if type == .summit, !actors.contains(where: { $0.kind == .alliance }),
               let al = a.slots.first(where: { $0.entity.kind == .alliance && $0.range.lowerBound >= a.datelineEnd && !a.barrierBetween($0.range, c.range, forEvents: true) }) {
                actors.append(al.entity)
            }
            guard !actors.isEmpty else { continue }
            // a formal note is a membership change only when it goes to an alliance
            if type == .membershipChange, !actors.contains(where: { $0.kind == .alliance }) { continue }
            // "the treaty signed in Tashkent", "signed the CSTO Charter": an alliance's founding texts are
            // its agreements even where no state is named
            if type == .agreement, !actors.contains(where: { $0.kind == .state }) {
                guard actors.contains(where: { $0.kind == .alliance }), a.times.contains(where: { $0.date != nil }) else { continue }
            }
            if type == .visit || type == .attack {
                guard actors.contains(where: { $0.kind == .state }) else { continue }
            }
            // "Lukashenko met Putin": a meeting needs two parties, or an alliance ("the council of
            // the CSTO's defence ministers meets on Thursday")
            if c.kind == .meeting, actors.count < 2, !actors.contains(where: { $0.kind == .alliance }) { continue }
            // "the withdrawal of the collective peacekeeping forces": the forces a withdrawal takes home
            // are no deployment
            if type == .deployForces, a.cues.contains(where: { $0.kind == .event(.withdrawForces) && $0.range.upperBound <= c.range.lowerBound && a.distance($0.range, c.range) <= 1 }) { continue }
            var date: FuzzyDate? = nil
            var dateText: String? = nil
            let speech = type == .statement || type == .criticism
            let sentenceDates = Set(a.times.filter { $0.range.lowerBound >= a.datelineEnd && !$0.anaphoric }.compactMap(\.date))
            // a speech verb is dated by the words next to it ("said on Thursday"), not by what was said
            if let t = a.nearestTime(to: c.range, maxDistance: type == .statement ? 2 : 8) {
                date = t.anaphoric ? ctx.lastEventDate : t.date
                dateText = t.text
                // "74 years ago on April 4, 1949": the same time said twice, the finer form is the date
                if let d = date, let finer = a.times.first(where: { o in
                    o.range != t.range && !o.anaphoric && a.distance(o.range, t.range) <= 1
                        && (o.date.map { $0.precision > d.precision && $0.isCompatible(with: d) } ?? false) }) {
                    date = finer.date
                    dateText = finer.text
                }
            } else if a.has(.recently), let p = ctx.published, p.year != nil {
                date = FuzzyDate(year: p.year, month: p.month)
            } else if speech, let d = ctx.lastSpeechDate ?? ctx.published, d.year != nil {
                // reported speech with no date of its own: when the article's speaker spoke, else the publication day
                date = d
            } else if !speech, sentenceDates.count == 1, let t = a.times.first(where: { $0.date == sentenceDates.first }) {
                // one date in the sentence, far from the trigger: the sentence's time frame
                date = t.date
                dateText = t.text
            } else if !speech, sentenceDates.isEmpty, a.sentence.index < 3, let d = ctx.lastEventDate ?? ctx.published, d.year != nil {
                // the lead of a news report tells what happened at the time it reports
                date = d
            }
            if let i = events.firstIndex(where: { $0.type == type }) {
                events[i].actors = MembershipRules.unique(events[i].actors + actors)
                if events[i].date == nil { events[i].date = date; events[i].dateText = dateText }
                continue
            }
            events.append(Event(type: type, date: date, dateText: dateText, actors: actors, location: location(of: c.range, type, in: a), trigger: a.text(c.range),
                                provenance: .rule(ctx.language, "event", c.text, sentence: a.sentence.index, confidence: type == .statement ? 0.6 : 0.75)))
        }
        return events
    }
}
