/// The languages AllianceKB reads natively.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case arabic = "ar"
    case english = "en"
    case russian = "ru"
    case other = "und"

    /// Parses a BCP 47 tag or a language name: `"ar"`, `"ar-SY"`, `"en_US"`, `"Russian"`.
    public init?(tag: String) {
        let t = tag.lowercased().trimmingWhitespace()
        let primary = t.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? t
        switch primary {
        case "ar", "ara", "arabic": self = .arabic
        case "en", "eng", "english": self = .english
        case "ru", "rus", "russian": self = .russian
        case "und", "other": self = .other
        default: return nil
        }
    }
}

