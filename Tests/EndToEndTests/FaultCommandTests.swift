import Foundation
import Testing

/// Faults found by using the CLI as a new user would (issue 10): permissions, damaged files, bad
/// arguments. Permission cases run the binary as an unprivileged user when the tests run as root
/// (root reads and writes anything), through `setpriv`.
@Suite struct FaultCommandTests {
    static let nobody: UInt32 = 65534

    /// Runs `alliance-kb args...` as an ordinary user: directly when not root, else through setpriv.
    func runUnprivileged(_ args: [String], in dir: URL) throws -> CLI.Result {
        guard geteuid() == 0 else { return try CLI.run(args, in: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups", CLI.binary.path] + args
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ALLIANCE_KB_DB")
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A temporary folder any user may write into.
    func openFolder() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        return dir
    }

    func sampleDatabase(in dir: URL) throws -> String {
        let db = dir.appendingPathComponent("kb.sqlite").path
        let r = try CLI.run(["ingest", CLI.root.appendingPathComponent("SampleData/articles").path, "--db", db, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func anUnreadableFolderOnTheCommandLineFailsTheRunWithTheReason() throws {
        let dir = try openFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try "Armenia is a member of the CSTO.".write(to: secret.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: secret.path) }
        let r = try runUnprivileged(["ingest", "secret", "--db", dir.appendingPathComponent("kb.sqlite").path], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("Permission denied"), "\(r.stderr)")
    }

    @Test func aKnowledgeBaseInAWriteProtectedFolderCanBeQueried() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try sampleDatabase(in: dir)
        // the file may be written, but its folder does not let SQLite create its -wal and -shm files
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        let members = try runUnprivileged(["members", "CSTO", "--db", db, "--format", "csv"], in: dir)
        #expect(members.status == 0, "\(members.stderr)")
        #expect(members.stdout.contains("ARM"))
        let stats = try runUnprivileged(["stats", "--db", db], in: dir)
        #expect(stats.status == 0, "\(stats.stderr)")
    }
}
