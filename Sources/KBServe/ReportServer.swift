import Foundation
import Hummingbird
import KBExport
import KBModel
import KBQuery
import KBReport
import KBStorage

/// `alliance-kb serve`: the report page live from the database, and the JSON behind it.
///
///     GET /                                   the page (query: alliance, state, from, to, lang, source)
///     GET /api/report                         the page's data (same query)
///     GET /api/members?alliance=CSTO&at=2010  what `members --format json` prints
///     GET /api/timeline?entity=ARM&type=summit&from=2010&to=2020
///     GET /api/conflicts?state=ARM
///     GET /api/evidence?id=e:3                the sentences behind a fact, with their articles
///
/// The database is opened read-only (SQLITE_OPEN_READONLY): nothing here can write to it.
public struct ReportServer: Sendable {
    public var databasePath: String
    public var host: String
    public var port: Int

    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
    }

    /// Serves until SIGINT or SIGTERM; `onListening` gets the bound port (useful with port 0).
    public func run(onListening: @escaping @Sendable (String, Int) -> Void = { _, _ in }) async throws {
        guard FileManager.default.fileExists(atPath: databasePath) else { throw QueryError.missingDatabase(path: databasePath) }
        let store = SharedKnowledgeBase(kb: KnowledgeBase(connection: try Database(path: databasePath, readOnly: true)))
        let router = Router()
        router.get("/") { request, _ in
            let html = try store.read { kb in try ReportPage.render(ReportBuilder(kb: kb).build(Self.options(request)), liveEvidence: true) }
            return Self.response(html, type: "text/html; charset=utf-8")
        }
        router.get("/api/report") { request, _ in
            let data = try store.read { kb in try ReportBuilder(kb: kb).build(Self.options(request)) }
            return try Self.json(data)
        }
        router.get("/api/members") { request, _ in
            let q = request.uri.queryParameters
            guard let name = q.get("alliance") else { throw HTTPError(.badRequest, message: "Give the alliance: /api/members?alliance=CSTO&at=2010") }
            let at = try q.get("at").map(QueryDate.argument)
            let sourceName: String? = q.get("source")
            let source = sourceName.flatMap { MembershipSource(rawValue: $0) } ?? .all
            let text = try store.read { kb in try TableRenderer.render(kb.members(of: kb.resolve(name, as: .alliance), at: at, source: source).table, as: .json) }
            return Self.response(text, type: "application/json")
        }
        router.get("/api/timeline") { request, _ in
            let q = request.uri.queryParameters
            let text = try store.read { kb in
                let entities = try q.getAll("entity").map { try kb.resolve(String($0)) }
                let types = try q.getAll("type").map { t -> EventType in
                    guard let e = EventType(rawValue: String(t)) else { throw HTTPError(.badRequest, message: "Unknown event type \(t).") }
                    return e
                }
                return try TableRenderer.render(kb.timeline(entities: entities, from: q.get("from").map(QueryDate.argument),
                                                            to: q.get("to").map(QueryDate.argument), types: types).table, as: .json)
            }
            return Self.response(text, type: "application/json")
        }
        router.get("/api/conflicts") { request, _ in
            let state = request.uri.queryParameters.get("state")
            let text = try store.read { kb in try TableRenderer.render(kb.conflicts(of: state.map { try kb.resolve($0, as: .state) }).table, as: .json) }
            return Self.response(text, type: "application/json")
        }
        router.get("/api/evidence") { request, _ in
            guard let id = request.uri.queryParameters.get("id") else { throw HTTPError(.badRequest, message: "Give the fact id: /api/evidence?id=e:3") }
            let items = try store.read { kb in try ReportBuilder(kb: kb).evidence(for: id) }
            return try Self.json(items)
        }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "alliance-kb"),
                              onServerRunning: { channel in
                                  onListening(self.host, channel.localAddress?.port ?? self.port)
                              })
        try await app.runService()
    }

    static func options(_ request: Request) throws -> ReportOptions {
        let q = request.uri.queryParameters
        var o = ReportOptions()
        o.alliances = q.getAll("alliance").map { String($0) }
        o.states = q.getAll("state").map { String($0) }
        o.from = try q.get("from").map(QueryDate.argument)
        o.to = try q.get("to").map(QueryDate.argument)
        let lang: String? = q.get("lang"), source: String? = q.get("source")
        o.language = lang.flatMap { Language(tag: $0) } ?? .english
        o.source = source.flatMap { MembershipSource(rawValue: $0) } ?? .all
        return o
    }

    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return response(String(decoding: try encoder.encode(value), as: UTF8.self), type: "application/json")
    }
}

/// One read-only connection shared by the request handlers, one query at a time.
final class SharedKnowledgeBase: @unchecked Sendable {
    private let lock = NSLock()
    private let kb: KnowledgeBase

    init(kb: KnowledgeBase) { self.kb = kb }

    func read<T>(_ body: (KnowledgeBase) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(kb)
        } catch let error as HTTPError {
            throw error
        } catch {
            // Unknown names, bad dates: the reader's mistake, said as the CLI says it.
            throw HTTPError(.badRequest, message: "\(error)")
        }
    }
}
