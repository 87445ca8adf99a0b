import Foundation

/// A one-line progress display on stderr, redrawn in place at most ten times a second.
/// Shown only when stderr is a terminal, so logs and pipes get the summary alone.
final class ProgressLine {
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    func update(articles: Int, filesRead: Int, filesTotal: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(articles) / elapsed : 0
        var line = "\(articles) articles, \(filesRead)/\(filesTotal) files, \(Int(rate.rounded())) articles/s"
        if filesRead > 0 && filesRead < filesTotal && elapsed > 1 {
            let eta = elapsed * Double(filesTotal - filesRead) / Double(filesRead)
            line += ", ETA \(Self.duration(eta))"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Removes the line before the summary is printed.
    func clear() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    static func duration(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? "\(t / 3600)h\(String(format: "%02d", t / 60 % 60))m" : t >= 60 ? "\(t / 60)m\(String(format: "%02d", t % 60))s" : "\(t)s"
    }
}
