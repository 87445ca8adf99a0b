import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `alliance-kb serve` on a free loopback port: the page and the JSON, then stopped.
@Suite struct ServeCommandTests {
    /// Starts the server on port 0 and reads the port it printed on stderr.
    static func start(db: String) throws -> (Process, Int) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["serve", "--port", "0", "--db", db]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let r = seen.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let port = Int(seen[r].dropFirst("http://127.0.0.1:".count).dropLast()) ?? 0
                return (p, port)
            }
        }
        p.terminate()
        throw ServeError.noPort(seen)
    }

    static func get(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesThePageAndTheMembersJSONReadOnlyThenStops() async throws {
        let s = try SampleReport.shared.get()
        let before = try FileManager.default.attributesOfItem(atPath: s.db)[.modificationDate] as? Date
        let (server, port) = try Self.start(db: s.db)
        defer { if server.isRunning { server.terminate() } }
        #expect(port > 0)

        let (status, page) = try await Self.get("http://127.0.0.1:\(port)/?lang=ar")
        #expect(status == 200 && page.contains(#"<html lang="ar" dir="rtl">"#) && page.contains(#"id="kb-data""#))

        let (jsonStatus, json) = try await Self.get("http://127.0.0.1:\(port)/api/members?alliance=CSTO&at=2013")
        #expect(jsonStatus == 200)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let uzbekistan = try #require(rows.first { $0["state_iso3"] as? String == "UZB" })
        #expect(uzbekistan["status"] as? String == "suspended")

        let id = try #require(uzbekistan["id"] as? String)
        let (evStatus, evidence) = try await Self.get("http://127.0.0.1:\(port)/api/evidence?id=\(id)")
        #expect(evStatus == 200 && evidence.contains("\"sentence\""))
        let (badStatus, _) = try await Self.get("http://127.0.0.1:\(port)/api/members?alliance=Atlantis")
        #expect(badStatus == 400)

        server.terminate()
        server.waitUntilExit()
        #expect(!server.isRunning)
        let after = try FileManager.default.attributesOfItem(atPath: s.db)[.modificationDate] as? Date
        #expect(before == after)
    }
}

enum ServeError: Error { case noPort(String) }
