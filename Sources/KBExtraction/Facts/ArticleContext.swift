import KBModel

/// What the fact rules remember from one sentence to the next: the alliance and the states last
/// named (for "المنظمة", "the bloc", "البلدين"), the date of the last event (for "آنذاك", "then"),
/// and the state each person stands for.
struct ArticleContext {
    let language: Language
    let published: FuzzyDate?
    /// The first alliance the article names: "التحالف" before any name refers forward to it.
    let firstAlliance: EntityRef?
    var lastAlliance: EntityRef?
    /// The index of the sentence that last named an alliance.
    var lastAllianceSentence: Int?
    var recentStates: [EntityRef] = []
    /// The first state named in the last sentence that named one: what "It" is likely to be.
    var lastSubject: EntityRef?
    var lastEventDate: FuzzyDate?
    /// The last date with a year the text stated: "the following year", "five years later" count from it.
    var lastStatedDate: FuzzyDate?
    /// The date of the last dated statement ("said on Thursday"): undated reported speech after it shares it.
    var lastSpeechDate: FuzzyDate?
    var personStates: [String: EntityRef] = [:]
    /// The last sentence had a conflict word: a fragment "between X and Y" after it names the parties.
    var lastSentenceHadConflictWord = false

    /// Alliances named so far, the latest last.
    var recentAlliances: [EntityRef] = []

    var contextAlliance: EntityRef? { lastAlliance ?? firstAlliance }

    /// The latest alliance of a kind ("the alliance" after NATO and the EU is NATO), else the latest.
    func contextAlliance(kind: String) -> EntityRef? {
        guard !kind.isEmpty else { return contextAlliance }
        return recentAlliances.last { Gazetteer.shared.allianceKind($0.code) == kind } ?? contextAlliance
    }

    mutating func noteState(_ s: EntityRef) {
        recentStates.removeAll { $0 == s }
        recentStates.append(s)
        if recentStates.count > 4 { recentStates.removeFirst() }
    }
}

extension Provenance {
    static func rule(_ language: Language, _ family: String, _ cue: String, sentence: Int, confidence: Double) -> Provenance {
        Provenance(sentenceIndex: sentence, rule: "\(language.rawValue).\(family): \(cue)", confidence: confidence)
    }
}
