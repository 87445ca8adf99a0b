import Foundation
import Testing
import KBModel
@testable import KBExtraction

@Suite struct EntityRecognitionTests {
    @Test func lexiconsLoadWithoutProblems() {
        #expect(Gazetteer.shared.problems.isEmpty, "\(Gazetteer.shared.problems)")
    }

    @Test(arguments: [
        ("وطلبت أرمينيا المساعدة", "ARM"),
        ("بإرسال قوات إلى كازاخستان", "KAZ"),
        ("تسوية الوضع في قازاخستان", "KAZ"),
        ("وليس أذربيجان", "AZE"),
        ("لمنظمة معاهدة الأمن الجماعي", "CSTO"),
        ("إلى العاصمة الأرمنية يريفان", "ARM"),
        ("المتحدث باسم الكرملين", "RUS"),
        ("بين باكو ويريفان", "AZE"),
        ("الولايات المتّحدة والاتّحاد الأوروبي", "USA"),
        ("والاتّحاد الأوروبي", "EU"),
        ("في قرغيزستان", "KGZ"),
        ("قيرغيزستان", "KGZ"),
        ("روسيا البيضاء", "BLR"),
        ("انضمت السويد إلى حلف شمال الأطلسي", "SWE"),
        ("إلى الناتو", "NATO"),
        ("Armenia's participation", "ARM"),
        ("the Moscow-led bloc", "RUS"),
        ("Kremlin spokesman", "RUS"),
        ("Belorussia and Kirghizia", "BLR"),
        ("the GUAM group", "GUAM"),
        ("the U.S. envoy", "USA"),
        ("в ОДКБ входят", "CSTO"),
        ("Армении", "ARM"),
        ("с Арменией", "ARM"),
        ("премьер Армению", "ARM"),
        ("в Ереване", "ARM"),
        ("армянская сторона", "ARM"),
        ("НАТО", "NATO"),
        ("Путина", "putin"),
    ])
    func namesAreFound(_ text: String, _ code: String) {
        let found = Gazetteer.shared.entities(in: text).map(\.entity.code)
        #expect(found.contains(code), "\(text): \(found)")
    }

    @Test(arguments: ["Guam is an island", "us and them", "the turkey was served", "грузы доставлены"])
    func lookalikesAreNotEntities(_ text: String) {
        let found = EntityRecognizer(gazetteer: .shared).matches(in: Tokenizer.tokens(in: text)).map(\.entity.code)
        #expect(!found.contains("GUAM") && !found.contains("USA") && !found.contains("TUR") && !found.contains("GEO"), "\(found)")
    }
}

@Suite struct LexiconFileTests {
    static let lexicon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/KBExtraction/Lexicon")

    @Test func everyLexiconFileIsRegistered() throws {
        let onDisk = Set((FileManager.default.enumerator(atPath: Self.lexicon.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }.map { ($0 as NSString).lastPathComponent })
        #expect(onDisk == Set(LexiconFile.allCases.map(\.rawValue)))
    }

    @Test(arguments: [CueLexicon.arabic, CueLexicon.english, CueLexicon.russian])
    func cueFilesParse(_ lexicon: CueLexicon) {
        #expect(lexicon.problems.isEmpty, "\(lexicon.problems)")
        #expect(lexicon.exact.count > 50)
    }

    @Test func everyPersonHasAKnownStateOrOrganisation() {
        #expect(Gazetteer.shared.problems.filter { $0.hasPrefix("persons") }.isEmpty)
    }
}

@Suite struct PersonListTests {
    @Test func noAliasBelongsToTwoPersons() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for a in Gazetteer.shared.aliases where a.entity.kind == .person {
            let key = "\(a.language.rawValue):\(a.normalized)"
            if let o = owner[key], o != a.entity.code { clashes.append("\(a.surface): \(o), \(a.entity.code)") }
            owner[key] = a.entity.code
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    @Test(arguments: [("بيسكوف", "RUS"), ("باشينيان", "ARM"), ("Пашиняна", "ARM"), ("Tokayev", "KAZ"), ("توكاييف", "KAZ")])
    func surnamesResolveToTheirState(_ name: String, _ state: String) {
        let m = Gazetteer.shared.entities(in: name).first
        #expect(m?.entity.kind == .person)
        #expect(m.flatMap { Gazetteer.shared.person(code: $0.entity.code)?.state } == state)
    }
}
