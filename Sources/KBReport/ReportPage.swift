import Foundation

/// One self-contained HTML page: the CSS, the script and the data inline, nothing fetched, so that
/// it opens offline and can be mailed. Under `serve`, `liveEvidence` lets the page ask the server
/// for evidence the page does not hold.
public enum ReportPage {
    public static func render(_ data: ReportData, liveEvidence: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var json = String(decoding: try encoder.encode(data), as: UTF8.self)
        // Nothing in the data can close the script element or start a comment.
        json = json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        let css = String(decoding: PackageResources.report_css, as: UTF8.self)
        let js = String(decoding: PackageResources.report_js, as: UTF8.self)
        let title = escape(data.labels["title"] ?? "Alliance report")
        return """
            <!DOCTYPE html>
            <html lang="\(data.language)" dir="\(data.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(css)
            </style>
            </head>
            <body data-live-evidence="\(liveEvidence ? "1" : "0")">
            <h1>\(title)</h1>
            <main id="app"></main>
            <script type="application/json" id="kb-data">\(json)</script>
            <script>
            \(js)
            </script>
            </body>
            </html>

            """
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
