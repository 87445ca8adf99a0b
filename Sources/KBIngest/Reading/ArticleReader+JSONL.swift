import Foundation
import KBModel

extension ArticleReader {
    /// Streams a JSONL file: one JSON object per line, each an article (`text`, or `body` or
    /// `content`; optional `id`, `title`, `published`, `url`, `language`, `source`). A bad line is
    /// reported as `file:line` and the next lines go on. Memory stays at one chunk plus one line.
    func readJSONL(_ file: ArticleFile, emit: (ReadItem) -> Void) {
        let fd = file.withSystemPath { open($0, O_RDONLY) }
        guard fd >= 0 else {
            emit(.failed(path: file.relativePath, reason: "cannot be read: \(String(cString: strerror(errno)))"))
            return
        }
        defer { close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var line: [UInt8] = []
        var lineNumber = 1
        var overlong = false
        var sawAnything = false
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                emit(.failed(path: file.relativePath, reason: "read error at line \(lineNumber): \(String(cString: strerror(errno)))"))
                return
            }
            if n == 0 { break }
            if !sawAnything {
                sawAnything = true
                // A file of JSON lines is judged line by line (a NUL in one line fails that line only);
                // only a file that does not even start as JSON is taken for binary.
                let first = chunk[0..<n].first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
                if first != UInt8(ascii: "{") && chunk[0..<min(n, 65_536)].contains(0) {
                    emit(.skipped(SkippedPath(path: file.relativePath, reason: "binary file (contains NUL bytes), not text")))
                    return
                }
            }
            var start = 0
            for i in 0..<n where chunk[i] == 0x0A {
                if !overlong { line.append(contentsOf: chunk[start..<i]) }
                if overlong {
                    emit(.failed(path: "\(file.relativePath):\(lineNumber)", reason: "line longer than \(FileBytes.megabytes(options.maxTextBytes))"))
                } else {
                    readLine(line, number: lineNumber, file: file, emit: emit)
                }
                line.removeAll(keepingCapacity: line.count < 1 << 20)
                overlong = false
                lineNumber += 1
                start = i + 1
            }
            if !overlong {
                line.append(contentsOf: chunk[start..<n])
                if line.count > options.maxTextBytes { overlong = true; line = [] }
            }
        }
        if overlong {
            emit(.failed(path: "\(file.relativePath):\(lineNumber)", reason: "line longer than \(FileBytes.megabytes(options.maxTextBytes))"))
        } else if !line.isEmpty {
            readLine(line, number: lineNumber, file: file, emit: emit)
        }
        if !sawAnything {
            emit(.skipped(SkippedPath(path: file.relativePath, reason: "empty file")))
        }
    }

    private func readLine(_ raw: [UInt8], number: Int, file: ArticleFile, emit: (ReadItem) -> Void) {
        var bytes = raw[...]
        if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let last = bytes.last, last == 0x0D || last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return }
        let where_ = "\(file.relativePath):\(number)"
        if bytes.contains(0) {
            emit(.failed(path: where_, reason: "line \(number) contains NUL bytes, not text; fix or remove that line"))
            return
        }
        let object: [String: Any]
        do {
            guard let o = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                emit(.failed(path: where_, reason: "not a JSON object; each line must be {\"text\": ...}"))
                return
            }
            object = o
        } catch {
            let why = String(validating: bytes, as: UTF8.self) == nil ? "not UTF-8 text" : "not valid JSON"
            emit(.failed(path: where_, reason: why))
            return
        }
        guard let text = ["text", "body", "content"].lazy.compactMap({ object[$0] as? String }).first else {
            emit(.failed(path: where_, reason: "no \"text\" field (also accepted: \"body\", \"content\")"))
            return
        }
        let body = TextDecoder.normalizeLineEnds(text).trimmingWhitespace()
        guard !body.isEmpty else {
            emit(.skipped(SkippedPath(path: where_, reason: "empty text")))
            return
        }
        var metadata = ArticleMetadata()
        for key in ["id", "title", "published", "date", "url", "language", "lang", "source"] {
            switch object[key] {
            case let s as String: metadata.set(key, s)
            case let n as NSNumber where key == "id": metadata.set(key, n.stringValue)
            default: break
            }
        }
        for w in metadata.warnings { emit(.warning(path: where_, message: w)) }
        emit(.article(article(body, metadata: metadata, format: .jsonl,
                              path: "\(file.relativePath)#\(number)", location: "\(file.absolutePath)#\(number)")))
    }
}
