import KBModel

/// Which membership claims a query reads.
public enum MembershipSource: String, Sendable, CaseIterable {
    /// Claims extracted from articles.
    case articles
    /// Curated reference rows loaded by `import-reference`.
    case reference
    /// Both, side by side: where the reference rows cover the date their status is shown (curated
    /// data outranks extraction) and the article status beside it, in the disagreement.
    case all
}

/// One bound of a status interval: a dated change (a claim with its own date, a reference row),
/// with its precision and where it comes from.
public struct MembershipBound: Sendable, Hashable {
    /// ISO 8601 at the precision known (`2024`, `2024-02`, `2024-02-22`).
    public var date: String
    public var precision: String
    /// `article m:12` (a claim dated by its sentence) or `reference m:40` (a reference row).
    public var source: String
}

/// One state's status in one alliance at a moment, with where it comes from.
public struct MembershipRow: Sendable, Hashable {
    /// The evidence id of the claim the row rests on (`m:12`), for `alliance-kb evidence`.
    public var id: String
    public var alliance: EntityRef
    public var state: EntityRef
    public var status: MembershipStatus
    /// The dated change that started the status, where one is known; never a publication date.
    public var from: MembershipBound?
    /// The dated change that ended it (exclusive), where one is known.
    public var to: MembershipBound?
    /// The publication dates of the first and the latest article stating the status (taken into account at the date asked).
    public var firstReported: String?
    public var lastReported: String?
    /// How many articles state the status.
    public var articles: Int
    /// `article`, `reference` or `both`.
    public var sources: String
    /// How the sources disagree, when they do ("suspended: 2 articles, since 2024-02; member: 14 articles, latest 2024-11-29").
    public var disagreement: String?
    /// The article path and sentence of the claim the row rests on, or the reference citation.
    public var evidence: String?

    /// The table columns, in the order `table` writes them.
    public static let columns = ["id", "alliance", "state_iso3", "state_name", "status", "from", "from_precision", "from_source",
                                 "to", "to_precision", "to_source", "first_reported", "last_reported", "articles",
                                 "sources", "disagreement", "evidence"]

    var cells: [String?] {
        [id, alliance.code, state.code, state.name, status.rawValue, from?.date, from?.precision, from?.source,
         to?.date, to?.precision, to?.source, firstReported, lastReported, String(articles), sources, disagreement, evidence]
    }
}

extension Array where Element == MembershipRow {
    /// The rows as a table for the renderers.
    public var table: ResultTable {
        ResultTable(columns: MembershipRow.columns, rows: map(\.cells), kinds: ["articles": .integer],
                    secondaryColumns: ["state_name", "from_precision", "from_source", "to_precision", "to_source", "sources"])
    }
}

extension MembershipStatus {
    /// When claims of the same date disagree, the more specific status wins: a text that speaks of a
    /// suspension is about a change, while "member" is often background.
    var specificity: Int {
        switch self {
        case .suspended: 6
        case .formerMember: 5
        case .nonMember: 4
        case .applicant: 3
        case .observer: 2
        case .partner: 1
        case .member: 0
        }
    }
}
