/// Row ids derived from content, so that a rebuild gives the ids a user cited: an article's from its
/// content hash, a fact's from its article's content hash and the fact's normalised key, an
/// entity's from its kind and code. 52 bits of a 64-bit FNV-1a hash: exact as a JSON number, and
/// a collision among a million facts has a chance of about one in ten thousand.
///
///     StableID.of(["article", "b8cdec74873b71da50fd7e088cd97f63"])   // the same on every build
public enum StableID {
    public static func of(_ parts: [String]) -> Int64 {
        var k = Key()
        for part in parts { k.append(part) }
        return k.id
    }

    /// The id of an entity.
    public static func entity(kind: String, code: String) -> Int64 { of(["entity", kind, code]) }

    /// `of(parts)` built part by part, without the array: the writer derives some forty fact ids an
    /// article from one prefix (its content hash) and a few short parts each.
    ///
    ///     var k = StableID.Key()
    ///     k.append("article"); k.append(hash)   // k.id == StableID.of(["article", hash])
    public struct Key: Hashable, Sendable {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325
        private var parts = 0
        private static let prime: UInt64 = 0x100_0000_01b3

        public init() {}

        /// Starts a new part (parts are kept apart by a separator byte no text part contains).
        public mutating func startPart() {
            if parts > 0 { h = (h ^ 0x1F) &* Self.prime }
            parts += 1
        }

        /// Adds `text`'s UTF-8 bytes to the current part.
        public mutating func add(_ text: String) {
            for b in text.utf8 { add(b) }
        }

        @inline(__always)
        public mutating func add(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* Self.prime }

        /// Adds `text` as a part of its own.
        public mutating func append(_ text: String) {
            startPart()
            add(text)
        }

        public var id: Int64 {
            let id = Int64(h & 0x000F_FFFF_FFFF_FFFF)
            return id == 0 ? 1 : id
        }
    }
}
