/// The data files under Lexicon/, embedded in the binary. Each is UTF-8 text, one entry per line,
/// `#` starting a comment line, fields separated by tabs.
enum LexiconFile: String, CaseIterable {
    case iso3166 = "iso3166.tsv"
    case alliances = "alliances.tsv"
    case persons = "persons.tsv"
    case arabicEntities = "ar-entities.txt"
    case englishEntities = "en-entities.txt"
    case russianEntities = "ru-entities.txt"
    case arabicCues = "ar-cues.txt"
    case englishCues = "en-cues.txt"
    case russianCues = "ru-cues.txt"
    case arabicTime = "ar-time.txt"
    case englishTime = "en-time.txt"
    case russianTime = "ru-time.txt"

    var bytes: [UInt8] {
        switch self {
        case .iso3166: PackageResources.iso3166_tsv
        case .alliances: PackageResources.alliances_tsv
        case .persons: PackageResources.persons_tsv
        case .arabicEntities: PackageResources.ar_entities_txt
        case .englishEntities: PackageResources.en_entities_txt
        case .russianEntities: PackageResources.ru_entities_txt
        case .arabicCues: PackageResources.ar_cues_txt
        case .englishCues: PackageResources.en_cues_txt
        case .russianCues: PackageResources.ru_cues_txt
        case .arabicTime: PackageResources.ar_time_txt
        case .englishTime: PackageResources.en_time_txt
        case .russianTime: PackageResources.ru_time_txt
        }
    }

    /// The entry lines, split at tabs, without comments and blank lines; with their line numbers.
    var rows: [(line: Int, fields: [String])] {
        var out: [(Int, [String])] = []
        for (n, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            out.append((n + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }))
        }
        return out
    }
}
