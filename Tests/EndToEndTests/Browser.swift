import Foundation

/// Debian's headless Chromium, run as a command: `--dump-dom` prints the DOM after the page's
/// scripts ran (`--virtual-time-budget` lets them), `--screenshot` saves a PNG.
enum Browser {
    /// The browser on PATH, nil when none is installed (the browser tests then skip; .ci/run installs it).
    static let path: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for d in dirs where FileManager.default.isExecutableFile(atPath: "\(d)/\(name)") { return "\(d)/\(name)" }
        }
        return nil
    }()

    static var available: Bool { path != nil }

    static func run(_ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("akb-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path!)
        // --no-sandbox: CI runs as root; no network is ever needed, so every host resolves to nothing.
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                       "--user-data-dir=\(profile.path)", "--host-resolver-rules=MAP * ~NOTFOUND",
                       "--virtual-time-budget=5000"] + arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("akb-dom-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try handle.close()
        return String(decoding: try Data(contentsOf: out), as: UTF8.self)
    }

    /// The DOM of `file` at `fragment` (the page reads its view from the fragment: `year=2013&type=summit`).
    static func dom(_ file: URL, fragment: String = "") throws -> String {
        try run(["--dump-dom", file.absoluteString + (fragment.isEmpty ? "" : "#" + fragment)])
    }

    static func screenshot(_ file: URL, fragment: String = "", to png: URL, size: String = "1400,1000") throws {
        _ = try run(["--window-size=\(size)", "--screenshot=\(png.path)", file.absoluteString + (fragment.isEmpty ? "" : "#" + fragment)])
    }
}

/// The sample knowledge base (SampleData articles and reference rows) and its reports, built once.
struct SampleReport: Sendable {
    let directory: URL
    let db: String
    let english: URL
    let arabic: URL

    static let shared: Result<SampleReport, Error> = Result { try SampleReport() }

    init() throws {
        directory = try CLI.temporaryDirectory()
        CLI.removeAtExit(directory)
        db = directory.appendingPathComponent("kb.sqlite").path
        english = directory.appendingPathComponent("report.html")
        arabic = directory.appendingPathComponent("report-ar.html")
        for args in [["ingest", "SampleData/articles", "--db", db], ["import-reference", "SampleData/reference/memberships.csv", "--db", db],
                     ["report", "--out", english.path, "--db", db], ["report", "--out", arabic.path, "--lang", "ar", "--db", db]] {
            let r = try CLI.run(args)
            guard r.status == 0 else { throw SampleReportError.failed(args.joined(separator: " "), r.stderr) }
        }
    }

    /// `alliance-kb timeline --format json` over the sample base, as objects.
    func timeline(_ extra: [String] = []) throws -> [[String: Any]] {
        let r = try CLI.run(["timeline", "--format", "json", "--db", db] + extra)
        return (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]) ?? []
    }
}

enum SampleReportError: Error { case failed(String, String) }
