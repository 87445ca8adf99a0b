import KBModel
import Yams

/// The metadata an article file may carry about itself (front matter, HTML meta tags, a JSONL object).
public struct ArticleMetadata: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var published: FuzzyDate?
    public var url: String?
    public var source: String?
    public var language: Language?
    /// Values that were present but could not be used, as messages for the run report.
    public var warnings: [String] = []

    public init(id: String? = nil, title: String? = nil, published: FuzzyDate? = nil, url: String? = nil,
                source: String? = nil, language: Language? = nil) {
        self.id = id
        self.title = title
        self.published = published
        self.url = url
        self.source = source
        self.language = language
    }

    /// Sets a field from a `key: value` pair; unknown keys are ignored. Keys are the front matter /
    /// JSONL names (`id`, `title`, `published` or `date`, `url`, `source`, `language` or `lang`).
    mutating func set(_ key: String, _ rawValue: String) {
        let value = rawValue.trimmingWhitespace()
        guard !value.isEmpty else { return }
        switch key.lowercased() {
        case "id": id = value
        case "title": title = value
        case "published", "date", "datepublished", "published_at":
            if let d = FuzzyDate(lenient: value) { published = d }
            else { warnings.append("published '\(value)' is not a date (expected 2022-11-27); ignored") }
        case "url", "link": url = value
        case "source", "site": source = value
        case "language", "lang":
            if let l = Language(tag: value) { language = l }
            else { warnings.append("language '\(value)' is not ar, en or ru; it will be detected") }
        default: break
        }
    }
}

extension FuzzyDate {
    /// Parses a publication date as metadata writes it: `2022-11-27`, `2022-11-27 10:00`,
    /// `2022-11-27T10:00:00+03:00` (the date part as written, without moving it to UTC), `2022/11/27`.
    init?(lenient text: String) {
        let t = text.trimmingWhitespace()
        if let d = FuzzyDate(iso: t) { self = d; return }
        let slashed = t.prefix { $0 != "T" && $0 != " " }.replacingSlashes()
        if let d = FuzzyDate(iso: slashed) { self = d; return }
        return nil
    }
}

private extension Substring {
    func replacingSlashes() -> String { String(map { $0 == "/" ? "-" : $0 }) }
}

/// Why front matter could not be read: `line` is the line of the file (1-based).
public struct FrontMatterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var problem: String
    public var description: String { "line \(line): malformed front matter: \(problem)" }
}

/// YAML front matter between `---` lines at the very top of a .md or .txt file.
///
///     ---
///     published: 2022-11-27
///     ---
///     The text…
public enum FrontMatter {
    /// Splits `text` into its front matter (parsed) and the body after it. Text without front matter
    /// is returned whole with empty metadata.
    public static func split(_ text: String) throws(FrontMatterError) -> (metadata: ArticleMetadata, body: String) {
        guard text.hasPrefix("---\n") || text == "---" else { return (ArticleMetadata(), text) }
        // Scan line by line through the front matter only; the body is taken whole after it.
        let utf8 = text.utf8
        var lineStart = utf8.index(utf8.startIndex, offsetBy: min(4, utf8.count))
        let yamlStart = lineStart
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let metadata = try parse(String(text[yamlStart..<lineStart]), firstLine: 2)
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return (metadata, String(text[bodyStart...]))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
        }
        throw FrontMatterError(line: 1, problem: "the '---' on line 1 opens front matter that is never closed; add a '---' line after it")
    }

    static func parse(_ yaml: String, firstLine: Int) throws(FrontMatterError) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        if yaml.trimmingWhitespace().isEmpty { return metadata }
        let node: Node?
        do {
            // The basic resolver keeps every scalar a string ("2022-11-27" stays as written, no
            // timestamp regexes); an explicit encoding spares Yams an environment look-up per file.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw describe(error, firstLine: firstLine)
        } catch {
            throw FrontMatterError(line: firstLine, problem: "\(error)")
        }
        guard let mapping = node?.mapping else {
            throw FrontMatterError(line: firstLine, problem: "expected 'key: value' lines")
        }
        for (key, value) in mapping {
            guard let k = key.string else { continue }
            if let s = value.scalar?.string { metadata.set(k, s) }
        }
        return metadata
    }

    private static func describe(_ error: YamlError, firstLine: Int) -> FrontMatterError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var text = problem
            if let context {
                // libyaml finds an unclosed bracket on a later line; name where it was opened too.
                text += " (\(context.text) on line \(firstLine + context.mark.line - 1))"
            }
            return FrontMatterError(line: firstLine + mark.line - 1, problem: text)
        case .duplicatedKeysInMapping(let keys, let context):
            return FrontMatterError(line: firstLine + context.mark.line - 1,
                                    problem: "duplicate key \(keys.joined(separator: ", "))")
        default:
            return FrontMatterError(line: firstLine, problem: "\(error)")
        }
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
