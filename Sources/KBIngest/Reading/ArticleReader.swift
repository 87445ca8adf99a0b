import Foundation
import KBModel

/// What reading one file gives: articles, or why something was not read.
public enum ReadItem: Sendable, Hashable {
    case article(Article)
    /// Nothing to ingest here, and nothing wrong either (an empty file, a binary file, a page without text).
    case skipped(SkippedPath)
    /// The file (or JSONL line) should have been read but could not be; `path` names the file and line.
    case failed(path: String, reason: String)
    /// Read, with a caveat (a date that is not a date, a text cut at the size limit).
    case warning(path: String, message: String)
}

/// How `ArticleReader` reads.
public struct ReaderOptions: Sendable, Hashable {
    /// The most bytes of one article read from disk; a longer file is read up to this size (ending
    /// at a line break) with a warning, so that one huge file cannot exhaust memory. JSONL files are
    /// streamed line by line and this limits each line instead. The default, 5 MB, is a thousand
    /// long news articles; extraction and storage need about 40 bytes of memory per byte of text
    /// (a 5 MB article peaks near 200 MB, a 20 MB one near 800 MB).
    public var maxTextBytes: Int
    /// The publication date of articles whose metadata gives none (`--published`).
    public var published: FuzzyDate?
    /// The language of articles whose metadata declares none (`--language`).
    public var language: Language?

    public static let defaultMaxTextBytes = 5 * 1024 * 1024

    public init(maxTextBytes: Int = ReaderOptions.defaultMaxTextBytes, published: FuzzyDate? = nil, language: Language? = nil) {
        self.maxTextBytes = maxTextBytes
        self.published = published
        self.language = language
    }
}

/// Reads article files (.txt, .md, .html, .jsonl) into `Article`s. Never throws: every problem
/// becomes a `ReadItem` naming the file, so one bad file never stops a run.
public struct ArticleReader: Sendable {
    public var options: ReaderOptions

    public init(options: ReaderOptions = ReaderOptions()) {
        self.options = options
    }

    /// Every item `file` gives, in order.
    public func read(_ file: ArticleFile) -> [ReadItem] {
        var items: [ReadItem] = []
        read(file) { items.append($0) }
        return items
    }

    /// Reads `file`, handing each item to `emit` as soon as it is ready (JSONL files are streamed).
    public func read(_ file: ArticleFile, emit: (ReadItem) -> Void) {
        let format: ArticleFormat
        switch file.fileExtension {
        case "txt": format = .txt
        case "md", "markdown": format = .md
        case "html", "htm": format = .html
        case "jsonl": readJSONL(file, emit: emit); return
        default:
            emit(.skipped(SkippedPath(path: file.relativePath, reason: "unsupported file type .\(file.fileExtension)")))
            return
        }
        let bytes: [UInt8], size: Int
        do {
            (bytes, size) = try FileBytes.contents(file, limit: options.maxTextBytes)
        } catch {
            emit(.failed(path: file.relativePath, reason: error.description))
            return
        }
        if size > bytes.count {
            emit(.warning(path: file.relativePath, message: "file is \(FileBytes.megabytes(size)); only the first "
                          + "\(FileBytes.megabytes(bytes.count)) were read (limit \(FileBytes.megabytes(options.maxTextBytes)))"))
        }
        let text: String
        do {
            text = try TextDecoder.decode(bytes: bytes).text
        } catch .undecodable {
            emit(.failed(path: file.relativePath, reason: TextDecodingError.undecodable.description))
            return
        } catch {
            emit(.skipped(SkippedPath(path: file.relativePath, reason: error.description)))
            return
        }
        var metadata: ArticleMetadata
        var body: String
        if format == .html {
            let page = HTMLText(html: text)
            (metadata, body) = (page.metadata, page.text)
            if body.isEmpty {
                emit(.skipped(SkippedPath(path: file.relativePath, reason: "HTML page without visible text")))
                return
            }
        } else {
            do {
                (metadata, body) = try FrontMatter.split(text)
            } catch {
                emit(.failed(path: file.relativePath, reason: error.description))
                return
            }
            body = body.trimmingWhitespace()
            if body.isEmpty {
                let why = text.trimmingWhitespace().isEmpty ? "empty file (whitespace only)" : "no text after the front matter"
                emit(.skipped(SkippedPath(path: file.relativePath, reason: why)))
                return
            }
        }
        for w in metadata.warnings { emit(.warning(path: file.relativePath, message: w)) }
        emit(.article(article(body, metadata: metadata, format: format,
                              path: file.relativePath, location: file.absolutePath)))
    }

    /// The article, with the command-line date and language filling what the metadata leaves open.
    func article(_ text: String, metadata: ArticleMetadata, format: ArticleFormat, path: String, location: String) -> Article {
        var published = metadata.published
        var basis: PublishedBasis = published == nil ? .unknown : .metadata
        if published == nil, let d = options.published { published = d; basis = .commandLine }
        // A text's opening headline is its title when the metadata gives none.
        let title = metadata.title ?? Headline.title(of: text)
        return Article(path: path, location: location, format: format, externalID: metadata.id, title: title,
                       published: published, publishedBasis: basis, url: metadata.url, source: metadata.source,
                       declaredLanguage: metadata.language ?? options.language, text: text)
    }
}

/// Bounded reads of whole files with POSIX calls, so errors carry errno's words.
enum FileBytes {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// At most `limit` bytes of the file (cut back to a line break, never inside a character) and its full size.
    static func contents(_ file: ArticleFile, limit: Int) throws(ReadError) -> (bytes: [UInt8], size: Int) {
        let fd = file.withSystemPath { open($0, O_RDONLY) }
        guard fd >= 0 else { throw ReadError(description: "cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadError(description: "cannot be read: \(String(cString: strerror(errno)))") }
        let size = Int(st.st_size)
        let wanted = min(size, limit)
        var bytes = [UInt8](repeating: 0, count: wanted)
        var done = 0
        while done < wanted {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, wanted - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: "cannot be read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            done += n
        }
        bytes.removeSubrange(done...)
        if size > done { cutAtLineBreak(&bytes) }
        return (bytes, max(size, done))
    }

    /// Shortens a truncated buffer to its last line break (within the last 64 KB), else to a whole character.
    static func cutAtLineBreak(_ bytes: inout [UInt8]) {
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if utf16 {
            if bytes.count % 2 == 1 { bytes.removeLast() }
            var i = bytes.count - 2
            let little = bytes[0] == 0xFF
            while i > 2 && bytes.count - i < 65_536 {
                let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                if unit == 0x0A { bytes.removeSubrange((i + 2)...); return }
                i -= 2
            }
            // No line break: drop a dangling high surrogate.
            let last = little ? UInt16(bytes[bytes.count - 2]) | UInt16(bytes[bytes.count - 1]) << 8
                              : UInt16(bytes[bytes.count - 2]) << 8 | UInt16(bytes[bytes.count - 1])
            if (0xD800...0xDBFF).contains(last) { bytes.removeLast(2) }
            return
        }
        if let nl = bytes.lastIndex(of: 0x0A), bytes.count - nl < 65_536 {
            bytes.removeSubrange((nl + 1)...)
            return
        }
        // Back off over UTF-8 continuation bytes and the lead byte of a cut character.
        var end = bytes.count
        while end > 0 && bytes[end - 1] & 0xC0 == 0x80 { end -= 1 }
        if end > 0 && bytes[end - 1] >= 0xC0 { end -= 1 }
        bytes.removeSubrange(end...)
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? "\(Int(mb.rounded())) MB" : "\((mb * 10).rounded() / 10) MB"
    }
}
