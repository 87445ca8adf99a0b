import CLibXML2
import Foundation
import KBModel

/// The visible text and metadata of an HTML page, read with libxml2's forgiving HTML parser.
///
/// Navigation, headers, footers, forms, scripts and styles are dropped; when the page has an
/// `<article>` (or else a `<main>`) only that is read. Block elements end lines, so the sentences
/// of two paragraphs never run together.
public struct HTMLText: Sendable, Hashable {
    public var text: String
    public var metadata: ArticleMetadata

    /// Elements whose content is never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
        "iframe", "template", "head", "select", "option", "figcaption", "menu", "dialog", "object",
    ]
    /// Elements that start and end a line of text.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "article",
        "blockquote", "ul", "ol", "table", "main", "pre", "hr", "dd", "dt", "td", "th", "figure", "body",
    ]

    private static let parserReady: Bool = { xmlInitParser(); return true }()

    /// Parses `html` (already decoded). Never throws: libxml2 recovers from any markup; a page
    /// without text gives an empty `text`.
    public init(html: String, url: String? = nil) {
        _ = Self.parserReady
        text = ""
        metadata = ArticleMetadata()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                            // without HUGE, libxml2 stops at 256 nested elements and the page loses all its text
                            | XML_PARSE_HUGE.rawValue)
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return }
        let doc: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), url, "UTF-8", options)
            }
        }
        guard let doc else { return }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return }

        var collector = MetadataCollector()
        collector.visit(root)
        metadata = collector.metadata()

        let container = Self.first(named: "article", in: root) ?? Self.first(named: "main", in: root)
        var lines = TextLines()
        if let container { lines.append(container) }
        if lines.isEmpty { lines = TextLines(); lines.append(root) }
        text = lines.joined()
    }

    static func first(named name: String, in node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                let n = elementName(c)
                if n == name { return c }
                if !dropped.contains(n), let found = first(named: name, in: c) { return found }
            }
            child = c.pointee.next
        }
        return nil
    }

    static func elementName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The value of attribute `name` (ASCII, lower case) on `node`, without allocating through libxml2.
    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All text below `node`, as libxml2 stores it (for <title> and JSON-LD scripts).
    static func rawText(_ node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = c.pointee.content { out += String(cString: content) }
            } else if c.pointee.type == XML_ELEMENT_NODE {
                out += rawText(c)
            }
            child = c.pointee.next
        }
        return out
    }
}

/// Builds lines of visible text: whitespace inside a line collapsed, block elements as line breaks.
private struct TextLines {
    private var lines: [String] = []
    private var current = ""

    var isEmpty: Bool { lines.isEmpty && current.trimmingWhitespace().isEmpty }

    mutating func append(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { addText(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let name = HTMLText.elementName(c)
                if HTMLText.dropped.contains(name) { break }
                let block = HTMLText.blocks.contains(name)
                if block { endLine() }
                append(c)
                if block { endLine() }
            default:
                break
            }
            child = c.pointee.next
        }
    }

    private mutating func addText(_ s: String) {
        for u in s.unicodeScalars {
            if u.value < 0x80 ? (u == " " || u == "\n" || u == "\t" || u == "\r" || u == "\u{0C}") : u.properties.isWhitespace {
                if !current.isEmpty && current.unicodeScalars.last != " " { current.unicodeScalars.append(" ") }
            } else {
                current.unicodeScalars.append(u)
            }
        }
    }

    private mutating func endLine() {
        let line = current.trimmingWhitespace()
        if !line.isEmpty { lines.append(line) }
        current = ""
    }

    mutating func joined() -> String {
        endLine()
        return lines.joined(separator: "\n")
    }
}

/// Gathers title, date, language, URL and site name from the usual places in one pass.
private struct MetadataCollector {
    var ogTitle: String?, titleTag: String?, ogURL: String?, canonical: String?, siteName: String?
    var articlePublished: String?, timeDatetime: String?, jsonLDPublished: String?, lang: String?

    mutating func visit(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        switch HTMLText.elementName(node) {
        case "html":
            lang = lang ?? HTMLText.attribute("lang", of: node)
        case "title":
            titleTag = titleTag ?? HTMLText.rawText(node)
        case "meta":
            let key = (HTMLText.attribute("property", of: node) ?? HTMLText.attribute("name", of: node) ?? "").lowercased()
            let content = HTMLText.attribute("content", of: node)
            switch key {
            case "og:title": ogTitle = ogTitle ?? content
            case "og:url": ogURL = ogURL ?? content
            case "og:site_name": siteName = siteName ?? content
            case "article:published_time", "datepublished", "date", "pubdate": articlePublished = articlePublished ?? content
            default: break
            }
        case "link":
            let rel = (HTMLText.attribute("rel", of: node) ?? "").lowercased()
            if rel.split(separator: " ").contains("canonical") { canonical = canonical ?? HTMLText.attribute("href", of: node) }
        case "time":
            timeDatetime = timeDatetime ?? HTMLText.attribute("datetime", of: node)
        case "script":
            if (HTMLText.attribute("type", of: node) ?? "").lowercased() == "application/ld+json", jsonLDPublished == nil {
                jsonLDPublished = Self.datePublished(inJSONLD: HTMLText.rawText(node))
            }
            return
        default: break
        }
        var child = node.pointee.children
        while let c = child {
            visit(c)
            child = c.pointee.next
        }
    }

    func metadata() -> ArticleMetadata {
        var m = ArticleMetadata()
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 } }
        if let t = nonEmpty(ogTitle) ?? nonEmpty(titleTag) { m.set("title", t) }
        if let d = nonEmpty(articlePublished) ?? nonEmpty(timeDatetime) ?? nonEmpty(jsonLDPublished) { m.set("published", d) }
        if let l = nonEmpty(lang) { m.set("language", l) }
        if let u = nonEmpty(canonical) ?? nonEmpty(ogURL) { m.set("url", u) }
        if let s = nonEmpty(siteName) { m.set("source", s) }
        return m
    }

    /// `datePublished` anywhere in a JSON-LD block: an object, an array, or an `@graph`.
    static func datePublished(inJSONLD json: String) -> String? {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return find(in: value, depth: 0)
    }

    private static func find(in value: Any, depth: Int) -> String? {
        guard depth < 16 else { return nil }
        if let object = value as? [String: Any] {
            if let d = object["datePublished"] as? String { return d }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let inner = object[key], let d = find(in: inner, depth: depth + 1) { return d }
            }
        } else if let array = value as? [Any] {
            for item in array { if let d = find(in: item, depth: depth + 1) { return d } }
        }
        return nil
    }
}
