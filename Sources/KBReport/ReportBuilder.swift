import Foundation
import KBExtraction
import KBModel
import KBQuery

/// Builds a report's data from a knowledge base through the query functions of the CLI: the
/// matrix is `members(of:at:source:)` at the first day of every year (what `members --at YEAR`
/// prints), the timeline `timeline(from:to:)`, the conflicts `conflicts()`, the evidence
/// `evidence(for:)`. Only the lists of codes and article titles are read here directly.
public struct ReportBuilder {
    public let kb: KnowledgeBase
    /// Evidence ids resolved into the page; past this the page asks `serve` for the rest.
    public var evidenceLimit = 5_000
    /// Past this many events the timeline is embedded as counts per type and year (`ReportData.Aggregate`).
    public var aggregateThreshold = 20_000
    /// How many of the most recent dated events an aggregated report still embeds, with their evidence.
    public var embeddedEventLimit = 2_000

    public init(kb: KnowledgeBase) { self.kb = kb }

    public func build(_ options: ReportOptions) throws -> ReportData {
        let lang = [.arabic, .russian].contains(options.language) ? options.language : .english
        let names = Names(language: lang)
        let alliances = try options.alliances.isEmpty
            ? allianceCodes().map { EntityRef(kind: .alliance, code: $0, name: $0) }
            : options.alliances.map { try kb.resolve($0, as: .alliance) }
        let wantedStates = try Set(options.states.map { try kb.resolve($0, as: .state).code })

        let events = try kb.timeline(from: options.from, to: options.to).filter { e in
            let actors = Set(e.actors)
            if !wantedStates.isEmpty && actors.isDisjoint(with: wantedStates) { return false }
            if !options.alliances.isEmpty && actors.isDisjoint(with: alliances.map(\.code)) && wantedStates.isEmpty { return false }
            return true
        }
        let years = try yearRange(options: options, events: events)

        var cells: [String: ReportData.Cell] = [:]
        for (yi, year) in years.enumerated() {
            let at = QueryDate(parsing: String(format: "%04d", year))
            for alliance in alliances {
                for row in try kb.members(of: alliance, at: at, source: options.source) {
                    if !wantedStates.isEmpty && !wantedStates.contains(row.state.code) { continue }
                    let key = alliance.code + "|" + row.state.code
                    var cell = cells[key] ?? ReportData.Cell(alliance: alliance.code, state: row.state.code,
                                                             statuses: Array(repeating: nil, count: years.count),
                                                             disagreements: Array(repeating: nil, count: years.count),
                                                             evidence: Array(repeating: nil, count: years.count),
                                                             spans: Array(repeating: nil, count: years.count))
                    cell.statuses[yi] = row.status.rawValue
                    cell.disagreements[yi] = row.disagreement
                    cell.evidence[yi] = row.id.isEmpty ? nil : row.id
                    cell.spans[yi] = [row.from?.date, row.to?.date].map { $0 ?? "" }.joined(separator: "/")
                    cells[key] = cell
                }
            }
        }
        let cellList = cells.values.sorted { ($0.alliance, $0.state) < ($1.alliance, $1.state) }
        let stateCodes = Set(cellList.map(\.state)).union(wantedStates).sorted()
        let conflicts = try kb.conflicts().filter {
            wantedStates.isEmpty || wantedStates.contains($0.partyA) || wantedStates.contains($0.partyB)
        }

        var aggregate: ReportData.Aggregate?
        var embedded = events
        if events.count > aggregateThreshold {
            aggregate = Self.aggregate(events, cells: cellList, years: years, alliances: alliances.map(\.code))
            embedded = Array(events.filter { $0.date?.year != nil }
                .sorted { ($0.date!.iso, $0.id) > ($1.date!.iso, $1.id) }
                .prefix(embeddedEventLimit).reversed())
            aggregate!.embedded = embedded.count
        }

        var ids: [String] = []
        for e in embedded { ids += e.id.split(separator: ",").map(String.init) }
        // Aggregated, only the embedded events carry their evidence: on the 1M-event benchmark a
        // membership row's evidence takes about a second and a conflict's 0.2 s (thousands of
        // sentences each), so the matrix and the conflicts are left to `evidence ID` or `serve`.
        if aggregate == nil {
            ids = cellList.flatMap { $0.evidence.compactMap { $0 } } + ids + conflicts.map(\.id)
        }
        var (evidence, complete) = try resolveEvidence(ids)
        if aggregate != nil { complete = false }

        return ReportData(
            language: lang.rawValue, direction: lang == .arabic ? "rtl" : "ltr",
            labels: ReportLabels.labels(lang), statusNames: ReportLabels.statuses(lang), typeNames: ReportLabels.types(lang),
            source: options.source.rawValue, years: years,
            alliances: alliances.map { ReportData.Entity(code: $0.code, name: names.name(of: $0.code, kind: .alliance)) },
            states: stateCodes.map { ReportData.Entity(code: $0, name: names.name(of: $0, kind: .state)) }
                .sorted { $0.name.compare($1.name, locale: Locale(identifier: lang.rawValue)) == .orderedAscending },
            names: Dictionary(uniqueKeysWithValues: Set(stateCodes + embedded.flatMap(\.actors) + (aggregate.map { Array($0.byCode.keys) } ?? []) + conflicts.flatMap { [$0.partyA, $0.partyB] })
                .map { ($0, names.name(of: $0)) }),
            cells: cellList,
            events: embedded.map { ReportData.Event(id: $0.id, date: $0.date?.iso, precision: $0.date?.precision.rawValue,
                                                  type: $0.type.rawValue, actors: $0.actors, location: $0.location, articles: $0.articles) },
            aggregate: aggregate,
            conflicts: conflicts.map { ReportData.Conflict(id: $0.id, partyA: $0.partyA, partyB: $0.partyB, kind: $0.kind,
                                                           firstReported: $0.firstReported, lastReported: $0.lastReported,
                                                           articles: $0.articles, events: $0.events) },
            evidence: evidence, evidenceComplete: complete)
    }

    /// Counts of `events` per type and year, overall and per state or alliance. An alliance counts
    /// an event that names it or a state with status `member` in it that year, as the page's filter
    /// does (a year outside `years` takes the nearest one).
    static func aggregate(_ events: [TimelineRow], cells: [ReportData.Cell], years: [Int], alliances: [String]) -> ReportData.Aggregate {
        // memberOf[year index][state]: the alliances the state is a member of that year.
        var memberOf = Array(repeating: [String: [String]](), count: years.count)
        for c in cells {
            for (yi, s) in c.statuses.enumerated() where s == MembershipStatus.member.rawValue { memberOf[yi][c.state, default: []].append(c.alliance) }
        }
        let allianceSet = Set(alliances)
        var types: [String] = []
        var typeIndex: [String: Int] = [:]
        struct Key: Hashable { var type: Int; var year: Int }
        var counts: [Key: Int] = [:]
        var byCode: [String: [Key: Int]] = [:]
        var dated = 0
        for e in events {
            let t = e.type.rawValue
            let ti = typeIndex[t] ?? { types.append(t); typeIndex[t] = types.count - 1; return types.count - 1 }()
            let year = e.date?.year ?? 0
            if e.date?.year != nil { dated += 1 }
            let key = Key(type: ti, year: year)
            counts[key, default: 0] += 1
            var codes = Set(e.actors)
            if year != 0, !years.isEmpty {
                let yi = year < years[0] ? 0 : min(year - years[0], years.count - 1)
                for a in e.actors { for al in memberOf[yi][a] ?? [] where allianceSet.contains(al) { codes.insert(al) } }
            }
            for c in codes { byCode[c, default: [:]][key, default: 0] += 1 }
        }
        func rows(_ d: [Key: Int]) -> [[Int]] { d.map { [$0.key.type, $0.key.year, $0.value] }.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) } }
        return ReportData.Aggregate(total: events.count, dated: dated, types: types, counts: rows(counts),
                                    byCode: byCode.mapValues(rows), embedded: 0)
    }

    /// The sentences behind one fact id, with their article's title, date and URL.
    public func evidence(for id: String) throws -> [ReportData.Evidence] {
        var out: [ReportData.Evidence] = []
        for fact in try FactID.list(id) {
            let t = try kb.evidence(for: fact)
            for r in t.rows.indices {
                let path = t.rows[r][3]
                let article = t.rows[r][2] == "article" ? try self.article(path: path) : nil
                out.append(ReportData.Evidence(id: t.rows[r][0] ?? fact.description, fact: t.rows[r][1], sourceKind: t.rows[r][2],
                                               source: path, title: article?.title, published: t.rows[r][4] ?? article?.published,
                                               url: article?.url, sentence: t.rows[r][6]))
            }
        }
        return out
    }

    func resolveEvidence(_ ids: [String]) throws -> ([String: [ReportData.Evidence]], Bool) {
        var out: [String: [ReportData.Evidence]] = [:]
        var seen = Set<String>()
        for id in ids where seen.insert(id).inserted {
            if out.count >= evidenceLimit { return (out, false) }
            out[id] = try evidence(for: id)
        }
        return (out, true)
    }

    /// Every alliance with a membership claim or reference row.
    func allianceCodes() throws -> [String] {
        let t = try kb.connection.fetch("""
            SELECT DISTINCT e.code FROM entity e WHERE e.kind = 'alliance' AND EXISTS (SELECT 1 FROM membership m WHERE m.alliance_id = e.id)
            ORDER BY e.code
            """, [])
        return t.rows.indices.compactMap { t.rows[$0][0] }
    }

    struct Article { var title: String?; var published: String?; var url: String? }

    func article(path: String?) throws -> Article? {
        guard let path else { return nil }
        let t = try kb.connection.fetch("SELECT title, published, url FROM article WHERE path = ? LIMIT 1", [.text(path)])
        guard !t.rows.isEmpty else { return nil }
        return Article(title: t.rows[0][0], published: t.rows[0][1], url: t.rows[0][2])
    }

    /// The years of the slider: --from..--to, else from the earliest membership date to the latest
    /// date the knowledge base knows (claims, reference rows, events).
    func yearRange(options: ReportOptions, events: [TimelineRow]) throws -> [Int] {
        let t = try kb.connection.fetch("""
            SELECT MIN(y), MAX(y) FROM (
                SELECT CAST(substr(valid_from, 1, 4) AS INTEGER) AS y FROM membership WHERE valid_from GLOB '[0-9][0-9][0-9][0-9]*'
                UNION ALL SELECT CAST(substr(valid_to, 1, 4) AS INTEGER) FROM membership WHERE valid_to GLOB '[0-9][0-9][0-9][0-9]*'
                UNION ALL SELECT CAST(substr(claim_date, 1, 4) AS INTEGER) FROM membership WHERE claim_date GLOB '[0-9][0-9][0-9][0-9]*')
            """, [])
        let eventYears = events.compactMap { $0.date?.year }
        var low = [t.rows[0][0].flatMap { Int($0) }, eventYears.min()].compactMap { $0 }.min() ?? 2000
        var high = [t.rows[0][1].flatMap { Int($0) }, eventYears.max()].compactMap { $0 }.max() ?? low
        if let y = options.from?.date.year { low = y }
        if let y = options.to?.date.year { high = y }
        return low <= high ? Array(low...high) : [low]
    }
}

/// Names in the report's language: the first name the gazetteer holds in that language (for
/// states, CLDR's through Foundation), else the stored English name.
struct Names {
    let byCode: [String: String]

    init(language: Language) {
        var names: [String: String] = [:]
        for alias in Gazetteer.shared.aliases where alias.language == language {
            let key = alias.entity.kind.rawValue + ":" + alias.entity.code
            if names[key] == nil { names[key] = alias.surface }
        }
        byCode = names
    }

    /// A code of either kind: states first (alliance codes are not alpha-3 codes).
    func name(of code: String) -> String {
        byCode["state:" + code] ?? byCode["alliance:" + code] ?? name(of: code, kind: Gazetteer.shared.state(code: code) != nil ? .state : .alliance)
    }

    func name(of code: String, kind: EntityKind) -> String {
        if let n = byCode[kind.rawValue + ":" + code] { return n }
        if kind == .state { return Gazetteer.shared.state(code: code)?.name ?? code }
        return Gazetteer.shared.alliance(code: code)?.name ?? code
    }
}
