import Foundation
import KBModel

/// What went wrong while answering a query, said so that the user knows what to do next.
public enum QueryError: Error, Equatable, CustomStringConvertible {
    /// The knowledge base file is not there; it is never created by a query.
    case missingDatabase(path: String)
    /// A name that no entity in the gazetteer or the knowledge base carries.
    case unknownEntity(name: String, expected: String, suggestions: [String])
    /// A name of another kind than the command takes ("CSTO" given where a state is expected).
    case wrongKind(name: String, found: String, expected: String)
    /// A date argument that is not ISO 8601 at some precision.
    case badDate(String)
    /// An evidence id that is not `m:N`, `e:N`, `c:N` or `p:N`, or names no stored fact.
    case badFactID(String)
    case factNotFound(String)

    public var description: String {
        switch self {
        case .missingDatabase(let path):
            return "No knowledge base at \(path). Build one with `alliance-kb ingest FOLDER --db \(path)`, or pass --db to an existing file."
        case .unknownEntity(let name, let expected, let suggestions):
            // "CSTO (CSTO)" reads as "CSTO".
            let shown = suggestions.map { s in s.hasSuffix(" (\(s.split(separator: " ").first ?? ""))") ? String(s.split(separator: " ")[0]) : s }
            let hint = shown.isEmpty ? " Use a name in Arabic, English or Russian, or a code such as ARM or CSTO."
                : " Did you mean: \(shown.joined(separator: ", "))?"
            return "Unknown \(expected) '\(name)'.\(hint)"
        case .wrongKind(let name, let found, let expected):
            let other = expected == "state" ? "`alliance-kb members \(name)` lists an alliance's states" : "`alliance-kb alliances \(name)` lists a state's alliances"
            return "'\(name)' names \(found == "alliance" ? "an" : "a") \(found), not \(expected == "alliance" ? "an" : "a") \(expected): \(other)."
        case .badDate(let text):
            return "Cannot read the date '\(text)': write it as YYYY, YYYY-MM or YYYY-MM-DD (for example 2010-01-01)."
        case .badFactID(let text):
            return "'\(text)' is not an evidence id: use the id shown by the other commands, such as m:12 (membership claim), e:7 (event), c:3 (conflict) or p:5 (person role)."
        case .factNotFound(let text):
            return "No fact with id \(text) in this knowledge base. Ids change when articles are re-ingested; run the listing command again."
        }
    }
}

extension QueryError: LocalizedError {
    public var errorDescription: String? { description }
}
