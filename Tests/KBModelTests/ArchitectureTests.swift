import Foundation
import Testing

/// Holds the modules to the dependency table of STYLE.md: KBModel at the bottom, extraction and
/// export never see SQLite, storage never sees the CLI.
@Suite struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static let allowed: [String: Set<String>] = [
        "KBModel": ["Foundation"],
        "KBExtraction": ["KBModel", "Foundation"],
        "KBExport": ["KBModel", "Foundation", "CSV"],
        "KBStorage": ["KBModel", "KBSchema", "CSQLite", "Foundation"],
        "KBIngest": ["KBModel", "KBExtraction", "KBStorage", "CLibXML2", "Yams", "Foundation", "Dispatch", "Glibc"],
        "KBQuery": ["KBModel", "KBExtraction", "KBStorage", "Foundation", "CSV"],
        "KBReport": ["KBModel", "KBExtraction", "KBQuery", "Foundation"],
        "KBServe": ["KBModel", "KBQuery", "KBReport", "KBStorage", "KBExport", "Hummingbird", "Foundation", "FoundationNetworking"],
    ]

    static func imports(of module: String) throws -> Set<String> {
        var found = Set<String>()
        let dir = sources.appendingPathComponent(module)
        guard let files = FileManager.default.enumerator(atPath: dir.path) else { return found }
        for case let f as String in files where f.hasSuffix(".swift") {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") || $0 == "public" || $0 == "internal" }) {
                    found.insert(String(words[i + 1]))
                }
            }
        }
        return found
    }

    @Test(arguments: Array(allowed.keys).sorted())
    func moduleImportsOnlyWhatItsLayerMaySee(_ module: String) throws {
        let extra = try Self.imports(of: module).subtracting(Self.allowed[module]!)
        #expect(extra.isEmpty, "\(module) imports \(extra.sorted())")
    }

    @Test func onlyStorageTalksToSQLite() throws {
        for module in Self.allowed.keys where module != "KBStorage" {
            #expect(!(try Self.imports(of: module)).contains("CSQLite"), "\(module) imports CSQLite")
        }
    }
}
