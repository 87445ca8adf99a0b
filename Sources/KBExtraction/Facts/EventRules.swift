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

    static let betweenWords: Set<String> = ["between", "بين", "между"]

    /// The two states after "between" ("between Armenia and Azerbaijan", "بين أرمينيا وأذربيجان",
    /// "между Арменией и Азербайджаном") in the clause of a trigger.
    static func pairBetween(in a: SentenceAnalysis, near r: Range<Int>) -> [EntityRef] {
        for k in a.tokens.indices where k >= a.datelineEnd && betweenWords.contains(a.tokens[k].norm) {
            let states = a.slots.filter { $0.entity.kind == .state && $0.range.lowerBound > k }
            guard states.count >= 2, states[0].range.lowerBound <= k + 2 else { continue }
            let (x, y) = (states[0], states[1])
            let gap = a.tokens[x.range.upperBound..<max(x.range.upperBound, y.range.lowerBound)]
            guard y.range.lowerBound - x.range.upperBound <= 2, gap.allSatisfy({ SentenceAnalysis.listJoiners.contains($0.norm) }),
                  x.entity != y.entity, a.distance(k..<(k + 1), r) <= 16, !a.barrierBetween(k..<(k + 1), r, forEvents: true) else { continue }
            return [x.entity, y.entity]
        }
        return []
    }

    /// The date of a happening with no date next to its trigger: "recently" the publication month, reported
    /// speech when the article's speaker spoke, the one date of the sentence, the lead of a report (or a
    /// report that has not left its own day) the publication day.
    static func fallbackDate(_ type: EventType, in a: SentenceAnalysis, _ ctx: ArticleContext) -> (FuzzyDate?, String?) {
        let speech = type == .statement || type == .criticism
        let sentenceDates = Set(a.times.filter { $0.range.lowerBound >= a.datelineEnd && !$0.anaphoric }.compactMap(\.date))
        if a.has(.recently), let p = ctx.published, p.year != nil {
            return (FuzzyDate(year: p.year, month: p.month), nil)
        } else if speech, let d = ctx.lastSpeechDate ?? ctx.published, d.year != nil || d.day != nil {
            // reported speech with no date of its own: when the article's speaker spoke, else the publication day
            return (d, nil)
        } else if sentenceDates.count == 1, let t = a.times.first(where: { $0.date == sentenceDates.first }) {
            // one date in the sentence, far from the trigger: the sentence's time frame (for speech, only
            // where the article gives no day of its own)
            return (t.date, t.text)
        } else if !speech, sentenceDates.isEmpty, a.sentence.index < 3, let d = ctx.lastEventDate ?? ctx.published, d.year != nil || d.day != nil {
            // the lead of a news report tells what happened at the time it reports
            return (d, nil)
        } else if !speech, sentenceDates.isEmpty, a.sentence.index < 8, let p = ctx.published, p.day != nil,
                  (ctx.lastEventDate ?? p) == p {
            // while a report has not left its own day, an undated happening is of that day
            return (p, nil)
        }
        return (nil, nil)
    }

    static let sinceWords: Set<String> = ["since", "منذ", "с", "со"]

    /// "a dialogue partner since 2010", "مراقبا منذ عام 2015", "наблюдатель с 2015 года": a status held since
    /// a date began with a change of membership at that date.
    static func sinceChanges(_ claims: [MembershipClaim], in a: SentenceAnalysis, _ ctx: ArticleContext) -> [Event] {
        var out: [Event] = []
        for c in claims where c.status != .nonMember {
            guard let d = c.date, let t = a.times.first(where: { t in
                t.date == d && !t.anaphoric && t.range.lowerBound > a.datelineEnd
                    && (sinceWords.contains(a.tokens[t.range.lowerBound - 1].norm) || sinceWords.contains(a.tokens[t.range.lowerBound].norm))
            }) else { continue }
            if out.contains(where: { $0.date == d && $0.actors.contains(c.state) }) { continue }
            out.append(Event(type: .membershipChange, date: d, dateText: t.text, actors: [c.state, c.alliance], trigger: t.text,
                             provenance: .rule(ctx.language, "membership-change", "since", sentence: a.sentence.index, confidence: 0.6)))
        }
        return out
    }

    /// Membership changes found by the membership rules with no date next to their cue get the same fallbacks.
    static func dateUndated(_ events: inout [Event], in a: SentenceAnalysis, _ ctx: ArticleContext) {
        for i in events.indices where events[i].date == nil {
            (events[i].date, events[i].dateText) = fallbackDate(events[i].type, in: a, ctx)
        }
    }

    static func apply(_ a: SentenceAnalysis, _ ctx: inout ArticleContext) -> [Event] {
        var events: [Event] = []
        for c in a.cues {
            let type: EventType
            switch c.kind {
            case .event(let t): type = t
            case .meeting: type = .summit
            // "القمة العربية", "the Arab summit": a summit by its name
            case .eventAlliance: type = .summit
            default: continue
            }
            guard c.range.lowerBound >= a.datelineEnd else { continue }
            // "did not send troops", "не направила миротворцев": nothing happened
            if type != .criticism, type != .statement,
               a.hasCue([.negation], before: c.range, within: 1) { continue }
            // "aimed at the immediate and unconditional withdrawal": the purpose of a text did not happen
            // ... while a planned event ("will meet on 4 July", "سيتم إضفاء الطابع الرسمي") is an event with its date:
            // the future words of the time lexicon do not cancel it
            if a.cues.contains(where: { $0.kind == .irrealis && $0.range.upperBound <= c.range.lowerBound && a.distance($0.range, c.range) <= 3
                && !TimeLexicon.forLanguage(ctx.language).meanings(of: $0.text).contains(.future) }) { continue }
            var actors = actors(near: c.range, in: a, ctx)
            // a summit is the alliance's that the sentence names ("members would pledge support for
            // Ukraine at the summit in July")
            if type == .summit, !actors.contains(where: { $0.kind == .alliance }),
               let al = a.slots.first(where: { $0.entity.kind == .alliance && $0.range.lowerBound >= a.datelineEnd && !a.barrierBetween($0.range, c.range, forEvents: true) }) {
                actors.append(al.entity)
            }
            // "القمة العربية", "the Arab summit": a summit that belongs to an alliance by its name
            if type == .summit, let code = a.cues.lazy.compactMap({ e -> String? in
                guard case .eventAlliance(let code) = e.kind, e.range.overlaps(c.range) || a.distance(e.range, c.range) <= 1
                        || e.range == c.range else { return nil }
                return code
            }).first, let al = Gazetteer.shared.alliance(code: code), !actors.contains(al) {
                actors.append(al)
            }
            // "clashes broke out on the border between Armenia and Azerbaijan": the two the clause sets apart
            if [.attack, .war, .mediation].contains(type), actors.filter({ $0.kind == .state }).count < 2 {
                actors = MembershipRules.unique(actors + pairBetween(in: a, near: c.range))
            }
            if type == .agreement {
                // "the treaty signed in Tashkent on which the CSTO was built": the alliances of the clause are parties
                if !actors.contains(where: { $0.kind == .alliance }) {
                    actors += a.slots.filter { $0.entity.kind == .alliance && $0.range.lowerBound >= a.datelineEnd && !a.barrierBetween($0.range, c.range, forEvents: true) }.map(\.entity)
                    actors = MembershipRules.unique(actors)
                }
                // "all the member states ratified these documents by 18 September 2003": the members of the
                // alliance the text is about, on a date the sentence gives
                // ("a protocol dated 16 August 2006" a few sentences after the alliance was named: its protocol)
                let membersAct = a.cues.contains { if case .membership(.member, _, false, _, _, _, _, _) = $0.kind { return true } else { return false } }
                let dated = a.times.contains { $0.date?.year != nil && !$0.anaphoric }
                let dayDated = a.times.contains { $0.date?.year != nil && $0.date?.day != nil && !$0.anaphoric }
                let near = ctx.lastAllianceSentence.map { a.sentence.index - $0 <= 3 } ?? false
                if actors.isEmpty, (membersAct && dated) || (dayDated && near), let al = ctx.contextAlliance {
                    actors = [al]
                }
            }
            // "Georgia, Uzbekistan and Azerbaijan took part, but they decided not to renew": the states of the
            // clause before, when the clause of the change names none
            if type == .membershipChange, !actors.contains(where: { $0.kind == .state }),
               let bar = a.cues.last(where: { if case .barrier = $0.kind { return $0.range.upperBound <= c.range.lowerBound } else { return false } }),
               !a.slots.contains(where: { $0.entity.kind == .state && $0.range.lowerBound >= bar.range.upperBound && $0.range.upperBound <= c.range.lowerBound }) {
                let before = a.slots.filter { $0.entity.kind == .state && $0.role != .adjective && $0.range.lowerBound >= a.datelineEnd && $0.range.upperBound <= bar.range.lowerBound }
                actors = MembershipRules.unique(before.map(\.entity) + actors)
            }
            // "began the procedure for Iran's accession to it": a change of membership in the alliance the text is about
            if type == .membershipChange, !actors.contains(where: { $0.kind == .alliance }),
               actors.contains(where: { $0.kind == .state }), let al = ctx.contextAlliance {
                actors.append(al)
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
            // a speech verb is dated by the words next to it ("said on Thursday"), not by what was said
            if let t = a.nearestTime(to: c.range, maxDistance: type == .statement ? 3 : 8) {
                date = t.anaphoric ? ctx.lastEventDate : t.date
                dateText = t.text
                // "74 years ago on April 4, 1949": the same time said twice, the finer form is the date
                if let d = date, let finer = a.times.first(where: { o in
                    o.range != t.range && !o.anaphoric && a.distance(o.range, t.range) <= 1
                        && (o.date.map { $0.precision > d.precision && $0.isCompatible(with: d) } ?? false) }) {
                    date = finer.date
                    dateText = finer.text
                }
            } else {
                (date, dateText) = fallbackDate(type, in: a, ctx)
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
