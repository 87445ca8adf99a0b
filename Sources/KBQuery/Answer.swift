import KBModel

/// A JSON value, written with its keys in the order given (the scorer reads `kind` and `answer`).
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.json == b.json }
    public func hash(into h: inout Hasher) { h.combine(json) }

    /// Text, or null for nil.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Compact JSON text.
    public var json: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return JSONString.quoted(s)
        case .array(let a): return "[" + a.map(\.json).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.map { JSONString.quoted($0.0) + ": " + $0.1.json }.joined(separator: ", ") + "}"
        }
    }
}

/// One fact an answer rests on: its evidence id and the article and sentence (or citation).
public struct AnswerEvidence: Sendable, Hashable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// The answer to a question: `{"kind": ..., "answer": ..., "message": ..., "evidence": [...]}`.
/// `answer` is null when the knowledge base holds nothing that answers, or the question was not understood.
public struct Answer: Sendable, Hashable {
    public var kind: QuestionKind
    public var answer: JSONValue
    /// One sentence for people: the answer in words, or what is missing.
    public var message: String
    public var evidence: [AnswerEvidence]

    public init(kind: QuestionKind, answer: JSONValue, message: String, evidence: [AnswerEvidence] = []) {
        self.kind = kind
        self.answer = answer
        self.message = message
        self.evidence = evidence
    }

    /// The answer as one JSON object.
    public var json: String {
        JSONValue.object([
            ("kind", .string(kind.rawValue)),
            ("answer", answer),
            ("message", .string(message)),
            ("evidence", .array(evidence.map { .object([("id", .string($0.id)), ("source", .string($0.text))]) })),
        ]).json
    }

    /// The answer for people: the message, then the evidence one line each.
    public var text: String {
        ([message] + evidence.map { "  [\($0.id)] \($0.text)" }).joined(separator: "\n")
    }
}
