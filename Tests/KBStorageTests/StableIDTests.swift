import Testing
@testable import KBStorage

/// Ids are what users cite: the same parts give the same id on every build, whether built from an
/// array or part by part.
@Suite struct StableIDTests {
    @Test func theIdsOfKnownPartsDoNotChange() {
        // values of the 64-bit FNV-1a over the parts, separated by 0x1F, cut to 52 bits
        #expect(StableID.of(["article", "b8cdec74873b71da50fd7e088cd97f63"]) == 3_232_343_698_410_988)
        #expect(StableID.entity(kind: "state", code: "ARM") == 707_482_727_163_405)
        #expect(StableID.of([]) == 735_455_236_727_589)
    }

    @Test func aKeyBuiltPartByPartIsTheIdOfTheParts() {
        let parts = ["h", "e", "attack", "", "AZE;ARM", "3", "shelling", "1"]
        var k = StableID.Key()
        for p in parts.prefix(4) { k.append(p) }
        // one part fed in pieces, as the writer joins an event's actor codes
        k.startPart()
        k.add("AZE"); k.add(UInt8(ascii: ";")); k.add("ARM")
        for p in parts.suffix(3) { k.append(p) }
        #expect(k.id == StableID.of(parts))
        #expect(k.id == 177_012_326_031_598)
        // a prefix copied and extended gives the id of the longer list
        var a = StableID.Key(); a.append("h")
        var b = a; b.append("p"); b.append("nikol-pashinyan")
        #expect(b.id == StableID.of(["h", "p", "nikol-pashinyan"]))
        #expect(a != b)
    }
}
