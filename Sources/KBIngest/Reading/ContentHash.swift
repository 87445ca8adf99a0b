import KBExtraction

/// The identity of an article's content: a 128-bit FNV-1a hash, as 32 hex digits, of its
/// normalised text, so that the same article re-encoded, re-wrapped or with other line ends is
/// recognised as already stored. Not cryptographic: it only has to tell articles apart.
public enum ContentHash {
    /// The hash of `TextNormalizer.normalize(text)`.
    public static func of(text: String) -> String {
        of(normalized: TextNormalizer.normalize(text))
    }

    /// The hash of text that is already normalised.
    public static func of(normalized: String) -> String {
        // Two 64-bit FNV-1a lanes from different offset bases, each finished with a mixer so that
        // every input bit reaches every output bit.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for byte in normalized.utf8 {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* prime
        }
        return hex(mix(a)) + hex(mix(b &+ a))
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
