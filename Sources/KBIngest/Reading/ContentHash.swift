import KBExtraction

/// The identity of an article's content: a 128-bit FNV-1a hash, as 32 hex digits, of its
/// normalised text (`TextNormalizer.normalize`), so that the same article re-encoded, re-wrapped
/// or with other line ends is recognised as already stored. Not cryptographic: it only has to
/// tell articles apart.
public enum ContentHash {
    /// The hash of `TextNormalizer.normalize(text)`, computed in one pass without building the
    /// normalised string (hashing is on the path of every article, even unchanged ones).
    public static func of(text: String) -> String {
        var h = Lanes()
        var pendingSpace = false
        var started = false
        for s in text.unicodeScalars {
            if TextNormalizer.isWhitespace(s) {
                pendingSpace = started
                continue
            }
            guard let f = TextNormalizer.fold(s) else { continue }
            if pendingSpace { h.add(0x20); pendingSpace = false }
            h.add(f)
            started = true
        }
        return h.hex
    }

    /// The hash of text that is already normalised.
    public static func of(normalized: String) -> String {
        var h = Lanes()
        for byte in normalized.utf8 { h.add(byte) }
        return h.hex
    }

    /// Two 64-bit FNV-1a lanes from different offset bases, each finished with a mixer so that
    /// every input bit reaches every output bit.
    private struct Lanes {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        static let prime: UInt64 = 0x0000_0100_0000_01b3

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* Self.prime
        }

        @inline(__always)
        mutating func add(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            if v < 0x80 { add(UInt8(v)); return }
            for byte in UTF8.encode(scalar)! { add(byte) }
        }

        var hex: String { Self.hex(Self.mix(a)) + Self.hex(Self.mix(b &+ a)) }

        static func mix(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }

        static func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
    }
}
