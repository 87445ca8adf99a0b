import Testing
import KBModel
@testable import KBExtraction

/// One sentence (or short snippet) and the facts the extractor must and must not find in it.
///
/// The expectations are a compact spec, items separated by `;`:
/// - `m CSTO ARM member`: a membership claim (alliance, state ISO3, status);
///   `!m CSTO AZE` no claim for the pair, `!m CSTO AZE member` no claim with that status;
/// - `e deploy-forces RUS KAZ`: an event of that type whose actors include RUS and KAZ;
///   `!e deploy-forces` no event of that type;
/// - `c ARM AZE` a conflict between the two (either order), `c ARM AZE border` of that kind; `!c ARM AZE`;
/// - `p باشينيان ARM` a person whose name contains the first word, linked to the state (optional);
///   `!p` no person at all, `!p Word` no person whose name contains Word;
///   the name may have several words: `p Nikol Pashinyan ARM`;
/// - `s GEO` the entity is mentioned, `!s GEO` it is not;
/// - `none`: no membership, event, conflict or person at all.
struct FactCase: Sendable, CustomTestStringConvertible {
    let text: String
    let spec: String
    let language: Language

    init(_ language: Language, _ text: String, _ spec: String) {
        self.language = language
        self.text = text
        self.spec = spec
    }

    var testDescription: String { "\(language.rawValue): \(text.prefix(70))" }

    static let published = FuzzyDate(year: 2022, month: 11, day: 27)

    func extract() -> ArticleFacts {
        Extractor.shared.extract(Article(path: "case.txt", published: Self.published, declaredLanguage: language, text: text))
    }

    /// The unmet expectations of the spec, each with what was found instead; empty when all hold.
    func failures() -> [String] {
        let f = extract()
        var out: [String] = []
        for item in spec.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let negated = item.hasPrefix("!")
            let words = (negated ? String(item.dropFirst()) : item).split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            let args = Array(words.dropFirst())
            let holds: Bool
            switch head {
            case "m":
                holds = f.memberships.contains { c in
                    c.alliance.code == args[0] && c.state.code == args[1] && (args.count < 3 || c.status.rawValue == args[2])
                }
            case "e":
                holds = f.events.contains { e in
                    e.type.rawValue == args[0] && args.dropFirst().allSatisfy { a in e.actors.contains { $0.code == a } }
                }
            case "c":
                holds = f.conflicts.contains { c in
                    let pair = Set([c.partyA.code, c.partyB.code])
                    return pair == Set(args.prefix(2)) && (args.count < 3 || c.kind?.rawValue == args[2])
                }
            case "p":
                // the name is every word but a final state code: "p Nikol Pashinyan ARM"
                let hasState = args.count > 1 && args.last!.allSatisfy { $0.isASCII && $0.isUppercase } && args.last!.count == 3
                let name = (hasState ? args.dropLast() : args[...]).joined(separator: " ")
                let state = hasState ? args.last : nil
                holds = f.persons.contains { p in
                    (name.isEmpty || p.nameNative.contains(name) || p.person.code == name) && (state == nil || p.state?.code == state)
                }
            case "s":
                holds = f.mentions.contains { $0.entity.code == args[0] }
            case "none":
                holds = f.memberships.isEmpty && f.events.isEmpty && f.conflicts.isEmpty && f.persons.isEmpty
            default:
                out.append("unknown spec item '\(item)'")
                continue
            }
            if holds == negated { out.append((negated ? "unexpected " : "missing ") + item) }
        }
        if !out.isEmpty { out.append("found:\n" + Self.describe(f)) }
        return out
    }

    static func describe(_ f: ArticleFacts) -> String {
        var lines: [String] = []
        for c in f.memberships { lines.append("  m \(c.alliance.code) \(c.state.code) \(c.status.rawValue)  [\(c.provenance.rule)]") }
        for e in f.events { lines.append("  e \(e.type.rawValue) \(e.actors.map(\.code).joined(separator: " "))  [\(e.trigger)]") }
        for c in f.conflicts { lines.append("  c \(c.partyA.code) \(c.partyB.code) \(c.kind?.rawValue ?? "-")") }
        for p in f.persons { lines.append("  p \(p.nameNative) \(p.state?.code ?? "-") \(p.role ?? "-")") }
        lines.append("  mentions: " + f.mentions.map { "\($0.entity.code)" }.joined(separator: " "))
        return lines.joined(separator: "\n")
    }
}

@Suite struct FactCases {
    @Test(arguments: ArabicCases.all)
    func arabic(_ c: FactCase) { check(c) }

    @Test(arguments: EnglishCases.all)
    func english(_ c: FactCase) { check(c) }

    @Test(arguments: RussianCases.all)
    func russian(_ c: FactCase) { check(c) }

    /// The spec language itself must be able to fail: a wrong expectation is reported.
    @Test func aWrongExpectationIsReported() {
        let c = FactCase(.english, "Armenia is a member of the CSTO.", "m CSTO AZE member; !m CSTO ARM")
        let problems = c.failures()
        #expect(problems.contains("missing m CSTO AZE member"), "\(problems)")
        #expect(problems.contains("unexpected !m CSTO ARM"), "\(problems)")
    }

    func check(_ c: FactCase) {
        let problems = c.failures()
        #expect(problems.isEmpty, "\(c.text)\n\(problems.joined(separator: "\n"))")
    }
}
