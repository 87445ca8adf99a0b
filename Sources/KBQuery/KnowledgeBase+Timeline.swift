import KBModel

/// One event on a timeline: the reports of several articles merged into one row.
public struct TimelineRow: Sendable, Hashable {
    /// The evidence ids of every report merged here (`e:7,e:9`).
    public var id: String
    public var date: FuzzyDate?
    public var type: EventType
    public var actors: [String]
    public var location: String?
    /// How many articles report the event.
    public var articles: Int
    /// The article path and sentence of the most precise report.
    public var evidence: String?
    /// The trigger words of every report, for matching questions against.
    var triggers: [String] = []
    /// The sentences of every report.
    var sentences: [String] = []
    /// For a status claim standing as a candidate answer of `ask` (a dated change), its status.
    var status: MembershipStatus?

    public static let columns = ["id", "date", "precision", "event_type", "actors", "location", "articles", "evidence"]

    var cells: [String?] {
        [id, date?.iso, date?.precision.rawValue, type.rawValue, actors.joined(separator: ";"), location, String(articles), evidence]
    }
}

extension Array where Element == TimelineRow {
    /// The rows as a table for the renderers.
    public var table: ResultTable {
        ResultTable(columns: TimelineRow.columns, rows: map(\.cells), kinds: ["actors": .list(separator: ";"), "articles": .integer])
    }
}

/// One stored report of an event.
struct EventReport {
    var id: Int64
    var type: EventType
    var date: FuzzyDate?
    var location: String?
    var articleID: Int64
    var evidence: String
    var trigger: String
    var actors: [String] = []
}

extension KnowledgeBase {
    /// The events that involve every one of `entities` (all events when empty), in date order, the
    /// reports of one event by several articles merged; events of unknown date (or unknown year) come last.
    ///
    /// With `from`/`to`, an event is kept when its span (its day, month or year) overlaps the range;
    /// events of unknown date or year are then left out. `excludedTypes` drops types (`statement`).
    ///
    /// With `limit`, the first `limit` rows, read without reading every report: reports are read in
    /// date order, a growing number at a time, until enough rows are complete (a row of a year before
    /// the latest report read can take no further report: its year's, month's and day's reports all
    /// sort before that one).
    public func timeline(entities: [EntityRef] = [], from: QueryDate? = nil, to: QueryDate? = nil,
                         types: [EventType] = [], excludedTypes: [EventType] = [], limit: Int? = nil) throws -> [TimelineRow] {
        guard let limit else {
            return try merge(reports(entities: entities, from: from, to: to, types: types, excludedTypes: excludedTypes))
        }
        return try firstRows(limit, firstBatch: max(4 * limit, 64), entities: entities, from: from, to: to,
                             types: types, excludedTypes: excludedTypes)
    }

    /// `timeline(..., limit:)`, reading `firstBatch` reports first, then four times more each round.
    func firstRows(_ limit: Int, firstBatch: Int, entities: [EntityRef], from: QueryDate?, to: QueryDate?,
                   types: [EventType], excludedTypes: [EventType]) throws -> [TimelineRow] {
        guard limit > 0 else { return [] }
        var batch = max(1, firstBatch)
        while true {
            let read = try reports(entities: entities, from: from, to: to, types: types, excludedTypes: excludedTypes, firstByDate: batch)
            let rows = merge(read)
            if read.count < batch { return Array(rows.prefix(limit)) }
            // Reports of unknown date or year are read last: once one is read every dated one is.
            let years = read.map { $0.date?.year }
            if years.contains(where: { $0 == nil }) {
                let dated = rows.filter { $0.date?.year != nil }
                if dated.count >= limit { return Array(dated.prefix(limit)) }
            } else if let last = years.compactMap({ $0 }).max() {
                let complete = rows.filter { ($0.date?.year ?? .max) < last }
                if complete.count >= limit { return Array(complete.prefix(limit)) }
            }
            batch *= 4
        }
    }

    /// The reports matching, all of them or (`firstByDate`) the first ones in date order (reports of
    /// unknown date or year last).
    func reports(entities: [EntityRef], from: QueryDate?, to: QueryDate?, types: [EventType], excludedTypes: [EventType] = [],
                 anyActor: Bool = false, firstByDate: Int? = nil) throws -> [EventReport] {
        var ids: [Int64] = []
        for e in entities {
            guard let id = try id(of: e) else { if anyActor { continue } else { return [] } }
            ids.append(id)
        }
        if !entities.isEmpty && ids.isEmpty { return [] }
        var seen = Set<Int64>()
        ids = ids.filter { seen.insert($0).inserted }
        // The actors come with each row as entity ids, in the order the sentence names them
        // (primary-key range reads); their codes, and the location's, are looked up once per entity.
        let columns = """
            SELECT \(anyActor ? "DISTINCT " : "")e.id, e.event_type, e.date, e.location_id, e.article_id, ar.path, se.text, e.trigger,
                   (SELECT group_concat(entity_id) FROM (SELECT ea.entity_id FROM event_actor ea WHERE ea.event_id = e.id ORDER BY ea.position)) FROM
            """ + " "
        let details = "JOIN article ar ON ar.id = e.article_id JOIN sentence se ON se.id = e.sentence_id "
        // `sql` is the events' source (the actor index driving the read, then `event e`), then the conditions.
        var sql = ""
        var args: [QueryValue] = []
        if ids.isEmpty {
            sql += "event e "
        } else if anyActor {
            sql += "event_actor a0 JOIN event e ON e.id = a0.event_id "
        } else if ids.count == 1 {
            sql += "event_actor a0 JOIN event e ON e.id = a0.event_id "
        } else {
            // Driven by the index range of the first pair (event_pair, migration 0002); every
            // further actor is a primary-key probe.
            sql += "event_pair a0 "
            for (i, id) in ids.enumerated().dropFirst(2) {
                sql += "JOIN event_actor a\(i) ON a\(i).event_id = a0.event_id AND a\(i).entity_id = ? "
                args.append(.integer(id))
            }
            sql += "JOIN event e ON e.id = a0.event_id "
        }
        let source = sql
        sql = "WHERE 1 = 1 "
        if anyActor {
            sql += "AND a0.entity_id IN (" + ids.map { _ in "?" }.joined(separator: ", ") + ") "
            args += ids.map { .integer($0) }
        } else if ids.count == 1 {
            sql += "AND a0.entity_id = ? "
            args.append(.integer(ids[0]))
        } else if ids.count >= 2 {
            sql += "AND a0.a = ? AND a0.b = ? "
            args += [.integer(min(ids[0], ids[1])), .integer(max(ids[0], ids[1]))]
        }
        if !types.isEmpty {
            sql += "AND e.event_type IN (" + types.map { _ in "?" }.joined(separator: ", ") + ") "
            args += types.map { .text($0.rawValue) }
        }
        if !excludedTypes.isEmpty {
            sql += "AND e.event_type NOT IN (" + excludedTypes.map { _ in "?" }.joined(separator: ", ") + ") "
            args += excludedTypes.map { .text($0.rawValue) }
        }
        // An event overlaps the range by its span: its last day (the ISO text followed by '~', which
        // sorts after every digit) is on or after the first day asked, its first day on or before the
        // last one. Events of unknown date or year are not inside any range.
        if from != nil || to != nil { sql += "AND e.date IS NOT NULL AND e.date NOT LIKE 'X%' " }
        if let from {
            sql += "AND e.date || '~' >= ? "
            args.append(.text(QueryDate(date: from.date, atEnd: false).day))
        }
        if let to {
            sql += "AND e.date <= ? "
            args.append(.text(QueryDate(date: to.date, atEnd: true).day))
        }
        let query: String
        if let firstByDate {
            // The ids first, from the index and the event rows alone; the details only for those.
            query = columns + "event e " + details + "WHERE e.id IN (SELECT \(anyActor ? "DISTINCT " : "")e.id FROM " + source + sql
                + "ORDER BY e.date IS NULL, e.date LIKE 'X%', e.date, e.id LIMIT ?)"
            args.append(.integer(Int64(firstByDate)))
        } else {
            query = columns + source + details + sql
        }
        let t = try connection.fetch(query, args)
        let actorIDs = t.rows.map { ($0[8] ?? "").split(separator: ",") }
        let codes = try entityCodes(Set(actorIDs.joined()).union(t.rows.compactMap { row in row[3].map { Substring($0) } }))
        var out: [EventReport] = []
        out.reserveCapacity(t.rows.count)
        for (row, actors) in zip(t.rows, actorIDs) {
            guard let id = row[0].flatMap({ Int64($0) }), let type = row[1].flatMap(EventType.init(rawValue:)) else { continue }
            out.append(EventReport(id: id, type: type, date: row[2].flatMap { FuzzyDate(iso: $0) }, location: row[3].flatMap { codes[Substring($0)] },
                                   articleID: row[4].flatMap { Int64($0) } ?? 0,
                                   evidence: [row[5], row[6]].compactMap { $0 }.joined(separator: ": "),
                                   trigger: row[7] ?? "",
                                   actors: actors.compactMap { codes[$0] }))
        }
        return out
    }

    /// The codes of the entities with these store ids (as the text SQL gives them), in one query.
    func entityCodes(_ ids: Set<Substring>) throws -> [Substring: String] {
        guard !ids.isEmpty else { return [:] }
        let list = "[" + ids.joined(separator: ",") + "]"
        var codes: [Substring: String] = [:]
        for row in try connection.fetch("SELECT id, code FROM entity WHERE id IN (SELECT value FROM json_each(?))", [.text(list)]).rows {
            if let id = row[0], let code = row[1] { codes[Substring(id)] = code }
        }
        return codes
    }

    /// Same type, same set of actors and compatible dates make one event; the most precise date names it.
    func merge(_ reports: [EventReport]) -> [TimelineRow] {
        // Most precise first (the newest id first among equals): a cluster is named by its first report.
        let precision = reports.map { $0.date?.precision ?? .year }
        let order = reports.indices.sorted { (precision[$0], reports[$0].id) > (precision[$1], reports[$1].id) }
        struct Cluster { var date: FuzzyDate?; var members: [Int] }
        // The clusters of one type and actor set, by the year of their date, in the order they were
        // made: a report of a known year can only join a cluster of its year or of an unknown year,
        // so it is compared with those alone (the busiest pair has thousands of reports).
        struct Bucket: Hashable { var group: Int; var dated: Bool; var year: Int? }
        var clusters: [Cluster] = []
        var groups: [String: Int] = [:]
        var buckets: [Bucket: [Int]] = [:]
        var dated: [Int: [Int]] = [:]
        for r in order {
            let date = reports[r].date
            var actors: [String] = []
            for actor in reports[r].actors.sorted() where actor != actors.last { actors.append(actor) }
            let key = reports[r].type.rawValue + "|" + actors.joined(separator: ";")
            let group: Int
            if let g = groups[key] { group = g } else { group = groups.count; groups[key] = group }
            var found: Int?
            if let date, date.year != nil {
                for year in [date.year, nil] {
                    if let c = buckets[Bucket(group: group, dated: true, year: year)]?.first(where: { clusters[$0].date!.isCompatible(with: date) }) {
                        found = min(found ?? c, c)
                    }
                }
            } else if let date {
                found = dated[group]?.first { clusters[$0].date!.isCompatible(with: date) }
            } else {
                found = buckets[Bucket(group: group, dated: false, year: nil)]?.first
            }
            if let found {
                clusters[found].members.append(r)
                continue
            }
            buckets[Bucket(group: group, dated: date != nil, year: date?.year), default: []].append(clusters.count)
            if date != nil { dated[group, default: []].append(clusters.count) }
            clusters.append(Cluster(date: date, members: [r]))
        }
        var rows: [TimelineRow] = []
        rows.reserveCapacity(clusters.count)
        for c in clusters {
            let best = reports[c.members[0]]
            var articles = Set<Int64>()
            var location: String?
            for m in c.members {
                articles.insert(reports[m].articleID)
                if location == nil { location = reports[m].location }
            }
            rows.append(TimelineRow(id: c.members.map { reports[$0].id }.sorted().map { "e:\($0)" }.joined(separator: ","), date: c.date,
                                    type: best.type, actors: best.actors, location: location, articles: articles.count,
                                    evidence: best.evidence, triggers: c.members.map { reports[$0].trigger },
                                    sentences: c.members.map { reports[$0].evidence }))
        }
        // A date of unknown year (`XXXX-11-23`) sorts with the undated events, after the dated ones.
        let known = rows.map { $0.date?.year == nil ? nil : $0.date }
        let sorted = rows.indices.sorted { a, b in
            switch (known[a], known[b]) {
            case let (x?, y?): return x == y ? (rows[a].type.rawValue, rows[a].id) < (rows[b].type.rawValue, rows[b].id) : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return (rows[a].type.rawValue, rows[a].id) < (rows[b].type.rawValue, rows[b].id)
            }
        }
        return sorted.map { rows[$0] }
    }
}
