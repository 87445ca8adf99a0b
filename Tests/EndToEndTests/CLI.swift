import Foundation
import Testing

/// Runs the built `alliance-kb` binary, as a user would.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`.build/debug/alliance-kb` under `swift test`).
    static let binary: URL = {
        let bundle = Bundle.main.bundleURL
        for dir in [bundle.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("alliance-kb")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/alliance-kb")
    }()

    /// A fresh knowledge base with SampleData/articles ingested (in `folder`, else a new temporary
    /// one that the caller removes): its folder and its path.
    static func sampleKnowledgeBase(in folder: URL? = nil) throws -> (dir: URL, db: String) {
        let dir = try folder ?? temporaryDirectory()
        let db = dir.appendingPathComponent("kb.sqlite").path
        let ingest = try run(["ingest", root.appendingPathComponent("SampleData/articles").path, "--db", db])
        guard ingest.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: ingest.stderr]) }
        return (dir, db)
    }

    /// Runs `alliance-kb args...` and waits; stdin is empty.
    @discardableResult
    static func run(_ args: [String], in dir: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = dir ?? root
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ALLIANCE_KB_DB")
        env.removeValue(forKey: "COLUMNS")   // tables laid out the same whatever terminal runs the tests
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // output goes to files, so that a large output never blocks the process on a full pipe
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("akb-out-\(UUID().uuidString)"), errURL = tmp.appendingPathComponent("akb-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try out.close(); try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory that the caller removes: in a `defer` of the test (with `remove`
    /// where the test changes permissions inside it), through a `TemporaryDirectory` that the suite
    /// holds, or with `removeAtExit` for a fixture the whole run shares.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("akb-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Removes `dir` and all it holds, even where a test took away the owner's rights on a folder
    /// inside it (unreadable or write-protected): those are given back first.
    static func remove(_ dir: URL) {
        func reopen(_ path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeDirectory else { return }
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
            try? FileManager.default.setAttributes([.posixPermissions: mode | 0o700], ofItemAtPath: path)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { reopen(path + "/" + name) }
        }
        reopen(dir.path)
        try? FileManager.default.removeItem(at: dir)
    }

    /// Removes `dir` when the test process exits: for a fixture built once and shared by suites.
    static func removeAtExit(_ dir: URL) {
        AtExit.lock.withLock {
            if AtExit.folders.isEmpty { atexit { AtExit.lock.withLock { AtExit.folders }.forEach(CLI.remove) } }
            AtExit.folders.append(dir)
        }
    }

    private enum AtExit {
        static let lock = NSLock()
        nonisolated(unsafe) static var folders: [URL] = []
    }
}

/// A fresh temporary directory held by a suite: Swift Testing makes a suite value for each test and
/// releases it when the test ends, passed or failed, and the folder goes with it.
final class TemporaryDirectory: Sendable {
    let url: URL

    init() throws { url = try CLI.temporaryDirectory() }

    deinit { CLI.remove(url) }
}
