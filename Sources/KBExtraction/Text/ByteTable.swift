/// A read-only map from matching forms to values, compared and hashed by their UTF-8 bytes (see
/// `WordKey`) with FNV-1a and open addressing: a look-up hashes the bytes of the word in place,
/// without `Hasher`'s seeding and finalising, which cost more than the rest of a look-up for the
/// short words of a sentence.
struct ByteTable<Value: Sendable>: Sendable {
    /// Entry index + 1 per slot, 0 for an empty slot; the count is a power of two.
    private let slots: [Int32]
    private let mask: Int
    private let hashes: [UInt64]
    private let bytes: [UInt8]
    /// `bytes[starts[e]..<starts[e + 1]]` is entry e's key.
    private let starts: [Int32]
    let values: [Value]

    init(_ entries: [WordKey: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = [], bytes: [UInt8] = [], starts: [Int32] = [0], values: [Value] = []
        hashes.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        for (key, value) in entries {
            let utf8 = Array(key.text.utf8)
            let h = utf8.withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(values.count + 1)
            hashes.append(h)
            bytes += utf8
            starts.append(Int32(bytes.count))
            values.append(value)
        }
        self.slots = slots
        mask = capacity - 1
        self.hashes = hashes
        self.bytes = bytes
        self.starts = starts
        self.values = values
    }

    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in b { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    /// The index into `values` of the entry for `key`, or nil.
    @inline(__always)
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { k -> Int? in
            let h = Self.hash(k)
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let e = Int(slots[slot])
                if e == 0 { return nil }
                if hashes[e - 1] == h {
                    let lo = Int(starts[e - 1]), hi = Int(starts[e])
                    if hi - lo == k.count {
                        var same = true
                        for i in 0..<k.count where bytes[lo + i] != k[i] { same = false; break }
                        if same { return e - 1 }
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    subscript(key: String) -> Value? {
        index(of: key).map { values[$0] }
    }
}
