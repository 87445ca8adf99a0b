import KBModel
import KBQuery

/// What a report covers: the command line of `alliance-kb report`, or the query of `serve`.
public struct ReportOptions: Sendable, Hashable {
    /// Alliance codes or names; empty means every alliance with a membership claim.
    public var alliances: [String] = []
    /// State codes or names; empty means every state with a status in those alliances.
    public var states: [String] = []
    public var from: QueryDate?
    public var to: QueryDate?
    public var language: Language = .english
    public var source: MembershipSource = .all

    public init(alliances: [String] = [], states: [String] = [], from: QueryDate? = nil, to: QueryDate? = nil,
                language: Language = .english, source: MembershipSource = .all) {
        self.alliances = alliances
        self.states = states
        self.from = from
        self.to = to
        self.language = language
        self.source = source
    }
}

/// Everything the page draws, embedded in it as JSON: computed by the query functions of the CLI
/// (`members --at`, `timeline`, `conflicts`, `evidence`), never by code of its own.
public struct ReportData: Codable, Sendable, Hashable {
    public struct Entity: Codable, Sendable, Hashable {
        public var code: String
        /// The name in the report's language.
        public var name: String
    }

    /// One (alliance, state) pair: its status at the start of every year of `years`, as `members --at YEAR` says.
    public struct Cell: Codable, Sendable, Hashable {
        public var alliance: String
        public var state: String
        /// Status per year (nil: no status known then).
        public var statuses: [String?]
        /// How the sources disagree, per year.
        public var disagreements: [String?]
        /// The evidence id of the status, per year (`m:12`).
        public var evidence: [String?]
        /// since/until of the status, per year.
        public var spans: [String?]
    }

    public struct Event: Codable, Sendable, Hashable {
        /// The evidence ids of its reports (`e:7,e:9`).
        public var id: String
        /// ISO date (`2013`, `2013-05`, `2013-05-14`); nil when unknown.
        public var date: String?
        public var precision: String?
        public var type: String
        public var actors: [String]
        public var location: String?
        public var articles: Int
    }

    public struct Conflict: Codable, Sendable, Hashable {
        public var id: String
        public var partyA: String
        public var partyB: String
        public var kind: String?
        public var firstReported: String?
        public var lastReported: String?
        public var articles: Int
        public var events: Int
    }

    /// The timeline of a knowledge base with more events than `ReportBuilder.aggregateThreshold`:
    /// counts instead of every event, so that the page stays small and draws a few hundred bars.
    public struct Aggregate: Codable, Sendable, Hashable {
        /// Events the counts cover (all the events of the report).
        public var total: Int
        /// Of those, events with a known year.
        public var dated: Int
        /// The event types; a count names its type by index in this list.
        public var types: [String]
        /// `[type index, year, count]` over all events; year 0 counts the events of unknown date.
        public var counts: [[Int]]
        /// The same counts restricted to one state or alliance, by code: for a state, the events
        /// naming it; for an alliance, the events naming it or a state that was a member that year
        /// (what the page's alliance filter keeps). Each event counts once per code.
        public var byCode: [String: [[Int]]]
        /// How many events `events` holds: the most recent dated ones.
        public var embedded: Int
    }

    /// One sentence behind a fact, with its article.
    public struct Evidence: Codable, Sendable, Hashable {
        public var id: String
        public var fact: String?
        public var sourceKind: String?
        public var source: String?
        public var title: String?
        public var published: String?
        public var url: String?
        public var sentence: String?
    }

    public var language: String
    public var direction: String
    /// Labels of the page in its language.
    public var labels: [String: String]
    public var statusNames: [String: String]
    public var typeNames: [String: String]
    public var source: String
    public var years: [Int]
    public var alliances: [Entity]
    public var states: [Entity]
    /// The name of every state and alliance on the page, in its language, by code.
    public var names: [String: String]
    public var cells: [Cell]
    public var events: [Event]
    /// Set when the events are too many to embed: `events` then holds only the most recent ones.
    public var aggregate: Aggregate?
    public var conflicts: [Conflict]
    /// Evidence by fact id, for every id the page shows (up to `ReportBuilder.evidenceLimit`).
    public var evidence: [String: [Evidence]]
    /// Whether every evidence id is in `evidence`; when not, the page asks `serve` for the rest.
    public var evidenceComplete: Bool
}
