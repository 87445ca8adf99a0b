import KBModel

/// Which membership claims a query reads.
public enum MembershipSource: String, Sendable, CaseIterable {
    /// Claims extracted from articles.
    case articles
    /// Curated reference rows loaded by `import-reference`.
    case reference
    /// Both, side by side: where they differ the reference status is shown (curated data outranks
    /// extraction) and the article status beside it, in the disagreement.
    case all
}

/// One state's status in one alliance at a moment, with where it comes from.
public struct MembershipRow: Sendable, Hashable {
    /// The evidence id of the strongest claim (`m:12`), for `alliance-kb evidence`.
    public var id: String
    public var alliance: EntityRef
    public var state: EntityRef
    public var status: MembershipStatus
    /// Since when the status holds, where known.
    public var since: String?
    /// Until when it holds (exclusive), where known.
    public var until: String?
    /// How many articles support the status.
    public var articles: Int
    /// The date of the latest article claim taken into account.
    public var latestClaim: String?
    /// `article`, `reference` or `both`.
    public var sources: String
    /// How the sources disagree, when they do ("article: member / reference: suspended").
    public var disagreement: String?
    /// The article path and sentence of the strongest claim, or the reference citation.
    public var evidence: String?

    /// The table columns, in the order `table` writes them.
    public static let columns = ["id", "alliance", "state_iso3", "state_name", "status", "since", "until", "articles",
                                 "latest_claim", "sources", "disagreement", "evidence"]

    var cells: [String?] {
        [id, alliance.code, state.code, state.name, status.rawValue, since, until, String(articles), latestClaim,
         sources, disagreement, evidence]
    }
}

extension Array where Element == MembershipRow {
    /// The rows as a table for the renderers.
    public var table: ResultTable { ResultTable(columns: MembershipRow.columns, rows: map(\.cells)) }
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
