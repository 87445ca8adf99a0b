import Foundation

/// Finds what a page would fetch: every `src`, `href`, `srcset`, `action` and CSS `url(...)` that is
/// not inline (`data:`, `#fragment`, `javascript:` void). The report must give none.
public enum InlineCheck {
    public static func externalReferences(in html: String) -> [String] {
        let patterns = [#"\b(?:src|href|srcset|action|poster|data)\s*=\s*["']([^"']*)["']"#, #"url\(\s*["']?([^)"']*)["']?\s*\)"#]
        var out: [String] = []
        for p in patterns {
            let re = try! NSRegularExpression(pattern: p, options: [.caseInsensitive])
            for m in re.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let r = Range(m.range(at: 1), in: html) else { continue }
                let v = html[r].trimmingCharacters(in: .whitespaces)
                if v.isEmpty || v.hasPrefix("#") || v.lowercased().hasPrefix("data:") { continue }
                out.append(String(v))
            }
        }
        return out
    }
}
