import KBModel

/// Turns one article into its facts. Pure and thread-safe: one instance serves every worker.
///
///     let facts = Extractor.shared.extract(article)
public struct Extractor: Sendable {
    public static let shared = Extractor()

    let gazetteer: Gazetteer

    public init() { gazetteer = .shared }

    /// Extracts sentences, mentions, memberships, events, conflicts and persons from `article`.
    public func extract(_ article: Article) -> ArticleFacts {
        var none: ExtractionTrace? = nil
        return extract(article, trace: &none)
    }

    /// The facts of `article` and, per sentence, what the rules saw and why candidates were dropped.
    public func explain(_ article: Article) -> (facts: ArticleFacts, trace: ExtractionTrace) {
        var trace: ExtractionTrace? = ExtractionTrace()
        let facts = extract(article, trace: &trace)
        return (facts, trace!)
    }

    /// The one extraction path; `trace` is filled only when it is not nil.
    func extract(_ article: Article, trace: inout ExtractionTrace?) -> ArticleFacts {
        let language = article.declaredLanguage ?? LanguageDetector.detect(article.text)
        var published = article.published
        var basis = article.publishedBasis
        if published == nil, let d = TemporalTagger.shared.dateline(in: article.text, language: language) {
            published = d
            basis = .dateline
        }
        var facts = ArticleFacts(language: language, published: published, publishedBasis: basis)
        // the article's scalars, listed once for the splitter and the tokenizer
        let scalars = Array(article.text.unicodeScalars)
        facts.sentences = SentenceSplitter.sentences(in: article.text, scalars: scalars)
        let lexicon = CueLexicon.forLanguage(language)
        let recognizer = EntityRecognizer(gazetteer: gazetteer)

        // tokens and names first: "التحالف" before any name refers forward to the first alliance
        // each key of a token is looked up once, for names and cues alike
        let keyIndex = gazetteer === Gazetteer.shared ? KeyIndex.forLanguage(language)
            : KeyIndex(cues: lexicon.table, names: EntityRecognizer.ByteIndex(gazetteer.index))
        var prepared: [(tokens: [Token], keys: SentenceKeys, found: [RecognizedEntity])] = []
        prepared.reserveCapacity(facts.sentences.count)
        var firstAlliance: EntityRef? = nil
        for s in facts.sentences {
            let tokens = Tokenizer.tokens(scalars[s.start..<s.end], base: s.start)
            let keys = SentenceKeys(tokens, keyIndex)
            let found = recognizer.matches(in: tokens, keys: keys, index: keyIndex)
            if firstAlliance == nil { firstAlliance = found.first { $0.entity.kind == .alliance }?.entity }
            prepared.append((tokens, keys, found))
        }

        var ctx = ArticleContext(language: language, published: published, firstAlliance: firstAlliance)
        var skipNext = false
        for (si, s) in facts.sentences.enumerated() {
            let (tokens, keys, found) = prepared[si]
            if skipNext { skipNext = false; continue }
            let allCues = lexicon.matches(in: tokens, keys: keys)
            if tokens.count <= 8, allCues.contains(where: { $0.kind == .furniture }) {
                // "Read more: <another article's headline>": neither line is this article
                skipNext = tokens.count <= 4 || tokens.last?.norm == ":"
                if trace != nil {
                    var t = ExtractionTrace.SentenceTrace(index: s.index, text: s.text)
                    t.skipped = "page furniture" + (skipNext ? "; the next line too" : "")
                    trace!.sentences.append(t)
                }
                continue
            }
            for f in found {
                facts.mentions.append(Mention(entity: f.entity, sentenceIndex: s.index, start: tokens[f.range.lowerBound].start,
                                              end: tokens[f.range.upperBound - 1].end, surface: ""))
            }
            guard tokens.count > 1 else { continue }
            let times = timeMentions(s, tokens, language, published, narrative: ctx.lastStatedDate, scalars: scalars[s.start..<s.end])
            // a cue inside a name, or a modal inside a date ("May 14, 2002"), is neither
            let cues = allCues.filter { c in
                !found.contains { $0.range.contains(c.range.lowerBound) }
                    && !(c.kind == .irrealis && times.contains { $0.range.overlaps(c.range) })
            }
            if let last = times.last(where: { $0.date?.year != nil }) { ctx.lastStatedDate = last.date }
            let datelineEnd = si < 2 ? Self.datelineEnd(tokens, times) : 0
            var slots = found.map { EntitySlot(range: $0.range, entity: $0.entity, role: $0.role, isReference: false) }
            resolveReferences(cues, &slots, ctx, tokens, times: times)
            var a = SentenceAnalysis(sentence: s, tokens: tokens, slots: slots, cues: cues, times: times, datelineEnd: datelineEnd)

            let (persons, added) = PersonRules.apply(a, &ctx, lexicon: lexicon, keys: keys)
            if !added.isEmpty {
                a = SentenceAnalysis(sentence: s, tokens: tokens, slots: (slots + added).sorted { $0.range.lowerBound < $1.range.lowerBound },
                                     cues: cues, times: times, datelineEnd: datelineEnd)
            }
            facts.persons += persons
            let sentenceTrace = trace == nil ? nil : ExtractionTrace.SentenceTrace(a)
            let dropLog = trace == nil ? nil : DropLog()
            let (claims, changes) = MembershipRules.apply(a, ctx, drop: dropLog.map { log in { log.items.append($0) } })
            facts.memberships += claims
            var events = changes
            EventRules.dateUndated(&events, in: a, ctx)
            events += EventRules.sinceChanges(claims, in: a, ctx)
            events += EventRules.apply(a, &ctx)
            for e in events where e.date != nil {
                ctx.lastEventDate = e.date
                if e.type == .statement && e.dateText != nil { ctx.lastSpeechDate = e.date }
            }
            facts.events += events
            let conflicts = ConflictRules.apply(a, &ctx)
            facts.conflicts += conflicts
            if var t = sentenceTrace {
                t.dropped = dropLog?.items ?? []
                for p in persons { t.facts.append("person \(p.person.name) | \(p.nameNative) | \(p.state?.code ?? "-") | \(p.role ?? "-")") }
                for m in claims {
                    t.facts.append("membership \(m.alliance.code) \(m.state.code) \(m.status.rawValue) \(m.date?.iso ?? "-")  [\(m.provenance.rule)]")
                }
                for e in events {
                    t.facts.append("event \(e.type.rawValue) \(e.date?.iso ?? "-") \(e.actors.map(\.code).joined(separator: ";"))  [\(e.provenance.rule)]")
                }
                for c in conflicts { t.facts.append("conflict \(c.partyA.code)-\(c.partyB.code) \(c.kind?.rawValue ?? "-")  [\(c.provenance.rule)]") }
                trace!.sentences.append(t)
            }

            // the first state named, by its name or by its capital ("Tashkent quit that club in 2005, ... pushed
            // it back towards Russia": Uzbekistan), is the one a later "it" refers to
            if let first = a.slots.first(where: { $0.entity.kind == .state && !$0.isReference && ($0.role == .name || $0.role == .capital) }) {
                ctx.lastSubject = first.entity
            }
            for slot in a.slots where !slot.isReference {
                if slot.entity.kind == .alliance {
                    ctx.lastAlliance = slot.entity
                    ctx.lastAllianceSentence = s.index
                    ctx.recentAlliances.removeAll { $0 == slot.entity }
                    ctx.recentAlliances.append(slot.entity)
                }
                if slot.entity.kind == .state { ctx.noteState(slot.entity) }
            }
        }
        // surfaces of the mentions, cut from the article's scalars, encoded in one buffer
        var surface: [UInt8] = []
        for i in facts.mentions.indices {
            surface.removeAll(keepingCapacity: true)
            for s in scalars[facts.mentions[i].start..<facts.mentions[i].end] { Tokenizer.appendUTF8(s, to: &surface) }
            facts.mentions[i].surface = String(decoding: surface, as: UTF8.self)
        }
        ArticleResolution.resolve(&facts)
        return facts
    }

    /// "المنظمة" and "the bloc" become the alliance last named; "البلدين" the two states last named.
    func resolveReferences(_ cues: [CueMatch], _ slots: inout [EntitySlot], _ ctx: ArticleContext, _ tokens: [Token],
                           times: [TimeMention] = []) {
        for c in cues {
            switch c.kind {
            case .allianceReference(let kind):
                let before = slots.filter { $0.entity.kind == .alliance && $0.range.upperBound <= c.range.lowerBound && !$0.isReference }
                let named = (kind.isEmpty ? before.last : before.last { gazetteer.allianceKind($0.entity.code) == kind })?.entity
                // with no alliance named yet, "the Moscow-led bloc", "تحالف تقوده موسكو" is the one its leader leads
                let led = cues.first { lead in
                    lead.kind == .leadership && (lead.range.upperBound == c.range.lowerBound || c.range.upperBound == lead.range.lowerBound
                                                 || abs(lead.range.lowerBound - c.range.upperBound) <= 2)
                }.flatMap { lead in
                    slots.first { $0.entity.kind == .state && ((0...1).contains(lead.range.lowerBound - $0.range.upperBound) || (0...1).contains($0.range.lowerBound - lead.range.upperBound)) }
                }.flatMap { gazetteer.allianceLed(by: $0.entity.code) }
                if let al = named ?? (kind.isEmpty ? nil : ctx.recentAlliances.last { gazetteer.allianceKind($0.code) == kind })
                    ?? before.last?.entity ?? ctx.contextAlliance(kind: kind) ?? led {
                    slots.append(EntitySlot(range: c.range, entity: al, role: .name, isReference: true))
                }
            case .pairReference:
                var recent = ctx.recentStates
                for s in slots where s.entity.kind == .state && s.range.upperBound <= c.range.lowerBound && !s.isReference {
                    recent.removeAll { $0 == s.entity }
                    // "وحثت فرنسا الطرفين", "France urged both sides": who addresses the two sides is not one of them
                    if !Self.addresses(s, c, slots, tokens) { recent.append(s.entity) }
                }
                if recent.count >= 2 {
                    for st in recent.suffix(2) { slots.append(EntitySlot(range: c.range, entity: st, role: .name, isReference: true)) }
                }
            case .pronoun:
                // only as the subject: first word of the sentence, or right after "but"
                // "Seven years later it suspended": a date opening the sentence keeps the pronoun its subject
                let opens = c.range.lowerBound == 0 || slots.isEmpty && c.range.lowerBound <= 1
                    || times.contains { $0.range.lowerBound == 0 && (0...1).contains(c.range.lowerBound - $0.range.upperBound) }
                // "наблюдателем которой она является": after a relative pronoun, the state of the main clause
                let afterRelative = cues.contains { $0.kind == .relative && $0.range.upperBound == c.range.lowerBound }
                let afterBarrier = cues.contains { if case .barrier = $0.kind { return $0.range.upperBound == c.range.lowerBound } else { return false } }
                let named = slots.first { $0.entity.kind == .state && !$0.isReference && $0.range.upperBound <= c.range.lowerBound }
                if opens || afterBarrier || afterRelative, let st = afterBarrier || afterRelative ? (named?.entity ?? ctx.lastSubject) : ctx.lastSubject {
                    slots.append(EntitySlot(range: c.range, entity: st, role: .name, isReference: true))
                }
            case .stateReference:
                let person = slots.last { $0.entity.kind == .person && $0.range.upperBound <= c.range.lowerBound }
                let named = slots.last { $0.entity.kind == .state && $0.range.upperBound <= c.range.lowerBound && !$0.isReference }?.entity
                if let st = person.flatMap({ ctx.personStates[$0.entity.code] ?? Gazetteer.shared.person(code: $0.entity.code)?.state.flatMap(Gazetteer.shared.state(code:)) })
                    ?? named ?? ctx.recentStates.last {
                    slots.append(EntitySlot(range: c.range, entity: st, role: .name, isReference: true))
                }
            case .stateHead(let before):
                // "official Baku", "النظام السوري", "the Syrian government": the state itself, as an actor
                for i in slots.indices where slots[i].entity.kind == .state && (slots[i].role == .adjective || slots[i].role == .capital) {
                    if before ? slots[i].range.lowerBound == c.range.upperBound : slots[i].range.upperBound == c.range.lowerBound {
                        slots[i].role = .name
                    }
                }
            default: break
            }
        }
        slots.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A state right before a pair reference with no punctuation or list between them is the one that
    /// addresses the pair ("دعت روسيا الجانبين"), unless it ends a list ("Armenia and Azerbaijan, both ...").
    static func addresses(_ s: EntitySlot, _ c: CueMatch, _ slots: [EntitySlot], _ tokens: [Token]) -> Bool {
        guard c.range.lowerBound >= s.range.upperBound, c.range.lowerBound - s.range.upperBound <= 2 else { return false }
        let listed = slots.contains { $0.entity.kind == .state && $0.entity != s.entity && $0.range.upperBound <= s.range.lowerBound
                                      && s.range.lowerBound - $0.range.upperBound <= 1 }
        return !listed && !tokens[s.range.upperBound..<c.range.lowerBound].contains { $0.kind == .punctuation }
    }

    /// Collects the reasons membership candidates were dropped, when tracing.
    final class DropLog { var items: [String] = [] }

    static let sameDayWords: Set<String> = ["نفسه", "ذاته", "نفسها", "ذاتها"]

    /// The dates of one sentence; `narrative` is the last date with a year the text stated before it, from
    /// which "the following year" and "five years later" count, and which gives its year to a month named
    /// again without one ("In September 2023 ... on September 19").
    func timeMentions(_ s: Sentence, _ tokens: [Token], _ language: Language, _ published: FuzzyDate?,
                      narrative: FuzzyDate? = nil, scalars: ArraySlice<Unicode.Scalar>? = nil) -> [TimeMention] {
        var out: [TimeMention] = []
        let found = scalars.map { TemporalTagger.shared.expressions(in: s.text, scalars: $0, language: language, reference: published) }
            ?? TemporalTagger.shared.expressions(in: s.text, language: language, reference: published)
        for e in found {
            let a = s.start + e.start, b = s.start + e.end
            guard let lo = tokens.firstIndex(where: { $0.end > a }), let hi = tokens.lastIndex(where: { $0.start < b }), lo <= hi else { continue }
            var m = TimeMention(range: lo..<(hi + 1), date: e.date, text: e.text, anaphoric: e.kind == .anaphoric)
            if case .chronological(let years) = e.kind {
                let base = out.last(where: { $0.date?.year != nil })?.date?.year ?? narrative?.year
                m.date = base.map { FuzzyDate(year: $0 + years) }
            } else if case .countedBack(let months) = e.kind {
                if let base = out.last(where: { $0.date?.year != nil })?.date, let y = base.year {
                    if base.month != nil {
                        m.date = TimeReference(base).month(shiftedBy: -months)
                    } else if months % 12 == 0 {
                        m.date = FuzzyDate(year: y - months / 12)
                    }
                }
            } else if let d = m.date, d.year == nil, d.month != nil, let n = narrative, n.year != nil, n.month == d.month {
                m.date = FuzzyDate(year: n.year, month: d.month, day: d.day)
            }
            // "اليوم نفسه": the same day as the date just given, not today
            if hi + 1 < tokens.count, Self.sameDayWords.contains(tokens[hi + 1].norm) {
                m.range = lo..<(hi + 2)
                m.anaphoric = true
            }
            // an anaphoric date with an earlier date in its own sentence refers to that one
            if m.anaphoric, let previous = out.last(where: { !$0.anaphoric && $0.date != nil }) {
                m.date = previous.date
                m.anaphoric = false
            }
            out.append(m)
        }
        return out
    }

    /// A dateline at the start of an article ("YEREVAN, Feb 23 -", "موسكو - 23 نوفمبر") ends at its dash.
    static func datelineEnd(_ tokens: [Token], _ times: [TimeMention]) -> Int {
        let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "/", ":"]
        for i in 0..<min(tokens.count, 12) where tokens[i].kind == .punctuation && dashes.contains(tokens[i].norm) {
            // "YEREVAN, Feb 23 -", "موسكو - 23 نوفمبر"; not "Russia-led" or "Премьер-министр"
            let spaced = (i == 0 || tokens[i - 1].end < tokens[i].start) && (i + 1 >= tokens.count || tokens[i + 1].start > tokens[i].end)
            guard spaced else { continue }
            if times.contains(where: { $0.range.upperBound <= i + 1 }) || (i <= 3 && tokens[..<i].contains { $0.isAllCaps || $0.script == .arabic }) { return i + 1 }
        }
        return 0
    }
}
