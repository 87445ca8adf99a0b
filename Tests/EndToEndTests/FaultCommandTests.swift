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
        try CLI.sampleKnowledgeBase(in: dir).db
    }

    @Test func anUnreadableFolderOnTheCommandLineFailsTheRunWithTheReason() throws {
        let dir = try openFolder()
        defer { CLI.remove(dir) }
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
        defer { CLI.remove(dir) }
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

    @Test func writingToAWriteProtectedKnowledgeBaseSaysWhatToDo() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let db = try sampleDatabase(in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        let r = try runUnprivileged(["ingest", CLI.root.appendingPathComponent("SampleData/articles").path, "--db", db], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("write-protected"), "\(r.stderr)")
        #expect(!r.stderr.contains("while executing"), "\(r.stderr)")
    }

    @Test func aDamagedKnowledgeBaseIsCalledDamaged() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let db = dir.appendingPathComponent("kb.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: db)
        let r = try CLI.run(["stats", "--db", db.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("damaged"), "\(r.stderr)")
        #expect(!r.stderr.contains("folder exists"), "\(r.stderr)")
    }

    @Test func exportErrorsAreSentencesNotFoundationDumps() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let db = try sampleDatabase(in: dir)
        try "in the way".write(to: dir.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["export", "--out", dir.appendingPathComponent("blocker/csv").path, "--db", db])
        #expect(r.status == 1)
        #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Code="), "\(r.stderr)")
        #expect(r.stderr.contains("is a file, not a folder"), "\(r.stderr)")
        let existing = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: existing.appendingPathComponent("events.csv"), withIntermediateDirectories: true)
        let taken = try CLI.run(["export", "--out", existing.path, "--db", db])
        #expect(taken.status == 1)
        #expect(!taken.stderr.contains("NSCocoaErrorDomain") && !taken.stderr.contains("Code="), "\(taken.stderr)")
        #expect(taken.stderr.contains("events.csv"), "\(taken.stderr)")
    }

    @Test func anEmptyOutFolderIsRefused() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let db = try sampleDatabase(in: dir)
        let r = try CLI.run(["export", "--out", "", "--db", db], in: dir)
        #expect(r.status == 64)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("articles.csv").path))
    }

    @Test func aFileSizeLimitIsExplained() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // SIGXFSZ ignored, as a shell with `ulimit -f` leaves it for a program that handles EFBIG
        p.arguments = ["-c", "trap '' XFSZ; ulimit -f 200; exec \"$0\" ingest \"$1\" --db \"$2\" --quiet", CLI.binary.path,
                       CLI.root.appendingPathComponent("SampleData/articles").path, dir.appendingPathComponent("kb.sqlite").path]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(e.contains("ulimit -f") && e.contains("free space or raise the limit"), "\(e)")
    }

    @Test func aDayTheMonthDoesNotHaveIsRejected() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.remove(dir) }
        let db = try sampleDatabase(in: dir)
        #expect(try CLI.run(["members", "CSTO", "--at", "2022-02-30", "--db", db]).status == 64)
        #expect(try CLI.run(["members", "CSTO", "--at", "2024-02-29", "--db", db]).status == 0)
    }
}
