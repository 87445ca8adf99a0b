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
@inline(__always)
func sameBytes(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
}

/// Whether `s` begins with the bytes of `prefix`.
@inline(__always)
func hasBytePrefix(_ s: String, _ prefix: String) -> Bool {
    s.utf8.count >= prefix.utf8.count && s.utf8.starts(with: prefix.utf8)
}

/// Whether a token's matching form is the one ASCII character `c` ("." or "-").
@inline(__always)
func isASCII(_ s: String, _ c: UInt8) -> Bool {
    s.utf8.count == 1 && s.utf8.first == c
}
