/// Row ids derived from content, so that a rebuild gives the ids a user cited: an article's from its
/// content hash, a fact's from its article's content hash and the fact's normalised key, an
/// entity's from its kind and code. 52 bits of a 64-bit FNV-1a hash: exact as a JSON number, and
/// a collision among a million facts has a chance of about one in ten thousand.
///
///     StableID.of(["article", "b8cdec74873b71da50fd7e088cd97f63"])   // the same on every build
public enum StableID {
    public static func of(_ parts: [String]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, part) in parts.enumerated() {
            if i > 0 { h = (h ^ 0x1F) &* 0x100_0000_01b3 }
            for b in part.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        let id = Int64(h & 0x000F_FFFF_FFFF_FFFF)
        return id == 0 ? 1 : id
    }

    /// The id of an entity.
    public static func entity(kind: String, code: String) -> Int64 { of(["entity", kind, code]) }
}
