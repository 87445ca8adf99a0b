/// A matching form as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String`'s own `==` and hash follow Unicode canonical equivalence, which for Arabic and
/// Cyrillic text (never flagged as normalised) means normalising both sides on every comparison:
/// a fifth of extraction time went there. Matching forms are already normalised by the tokenizer
/// (no combining marks survive it), so comparing their bytes gives the same answers.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: WordKey, b: WordKey) -> Bool { sameBytes(a.text, b.text) }

    func hash(into h: inout Hasher) {
        var s = text
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether two strings have the same UTF-8 bytes.
/// (Compared through `withUTF8`: iterating two `UTF8View`s byte by byte cost more than the rest of a look-up.)
@inline(__always)
func sameBytes(_ a: String, _ b: String) -> Bool {
    let n = a.utf8.count
    guard n == b.utf8.count else { return false }
    return startsWithBytes(a, b, n)
}

/// Whether `s` begins with the bytes of `prefix`.
@inline(__always)
func hasBytePrefix(_ s: String, _ prefix: String) -> Bool {
    let n = prefix.utf8.count
    guard s.utf8.count >= n else { return false }
    return startsWithBytes(s, prefix, n)
}

/// Whether the first `n` bytes of `a` and `b` (both at least that long) are equal.
@inline(__always)
private func startsWithBytes(_ a: String, _ b: String, _ n: Int) -> Bool {
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            for i in 0..<n where pa[i] != pb[i] { return false }
            return true
        }
    }
}

/// Whether a token's matching form is the one ASCII character `c` ("." or "-").
@inline(__always)
func isASCII(_ s: String, _ c: UInt8) -> Bool {
    s.utf8.count == 1 && s.utf8.first == c
}

/// A few short matching forms, looked up by their bytes: for a list this short, comparing the
/// lengths and then the bytes is cheaper than hashing the word (tokens are normalised, see `WordKey`).
struct ShortWordList: Sendable {
    let words: [String]

    init(_ words: [String]) { self.words = words }

    @inline(__always)
    func contains(_ s: String) -> Bool {
        for w in words where sameBytes(s, w) { return true }
        return false
    }
}
