/// A word, number or punctuation mark of a sentence as the temporal tagger sees it.
struct TimeToken {
    enum Kind: UInt8 { case word, number, punct }
    var kind: Kind
    /// Range in the folded scalar buffer.
    var foldedStart: Int32, foldedEnd: Int32
    /// Unicode-scalar offsets into the original sentence.
    var start: Int32, end: Int32
    /// The number's value (numbers of up to 9 digits), or the scalar value of a punctuation mark.
    var value: Int
    var digits: Int8
    /// Whitespace separates the token from the one before it.
    var spaced: Bool
    /// The original first letter is upper-case.
    var capitalized: Bool
}

/// One sentence cut into tokens in a single pass, matched on folded scalars (TextNormalizer.fold),
/// with offsets kept into the original text.
struct TimeTokenization {
    var tokens: [TimeToken] = []
    var folded: [Unicode.Scalar] = []
    /// The original offset of each folded scalar, to place an expression after a stripped clitic.
    var originOffsets: [Int32] = []
    var hasDigit = false

    init(_ sentence: String) {
        self.init(sentence.unicodeScalars, utf8Count: sentence.utf8.count)
    }

    /// The tokens of a sentence given as its scalars (cut from the article's, not decoded again);
    /// `utf8Count` sizes the buffers.
    init<C: Collection>(_ scalars: C, utf8Count count: Int) where C.Element == Unicode.Scalar {
        var offset: Int32 = 0
        var open: TimeToken.Kind? = nil
        var spaced = true
        folded.reserveCapacity(count / 2 + 4)
        originOffsets.reserveCapacity(count / 2 + 4)
        tokens.reserveCapacity(count / 5 + 2)
        // the token being read is kept apart and appended when the next one starts
        var last = TimeToken(kind: .punct, foldedStart: 0, foldedEnd: 0, start: 0, end: 0, value: 0, digits: 0, spaced: false, capitalized: false)
        var hasLast = false
        for s in scalars {
            defer { offset += 1 }
            if Self.isSpace(s) {
                open = nil
                spaced = true
                continue
            }
            guard let f = TextNormalizer.fold(s) else {
                if open != nil { last.end = offset + 1 }
                continue
            }
            let kind = Self.kind(of: f)
            let index = Int32(folded.count)
            folded.append(f)
            originOffsets.append(offset)
            if kind == open && kind != .punct {
                last.foldedEnd = index + 1
                last.end = offset + 1
                if kind == .number {
                    last.digits += 1
                    if last.digits <= 9 { last.value = last.value * 10 + Int(f.value - 0x30) }
                }
                continue
            }
            let v = s.value
            let capital = (0x41...0x5A).contains(v) || (0x0410...0x042F).contains(v) || v == 0x0401
            var token = TimeToken(kind: kind, foldedStart: index, foldedEnd: index + 1, start: offset, end: offset + 1,
                                  value: 0, digits: 0, spaced: spaced, capitalized: capital)
            switch kind {
            case .number:
                token.value = Int(f.value - 0x30)
                token.digits = 1
                hasDigit = true
            case .punct: token.value = Int(f.value)
            case .word: break
            }
            if hasLast { tokens.append(last) }
            last = token
            hasLast = true
            open = kind
            spaced = false
        }
        if hasLast { tokens.append(last) }
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return v == 0xA0 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F
            || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    @inline(__always)
    static func kind(of f: Unicode.Scalar) -> TimeToken.Kind {
        let v = f.value
        if v < 0x80 {
            if (0x30...0x39).contains(v) { return .number }
            if (0x61...0x7A).contains(v) { return .word }
            return .punct
        }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA ? .word : .punct }   // the letters among Latin-1's signs
        if (0x0621...0x064A).contains(v) || (0x0671...0x06D3).contains(v) || (0x0430...0x045F).contains(v)
            || (0xC0...0x24F).contains(v) { return .word }
        if (0x0600...0x06FF).contains(v) || (0x2000...0x206F).contains(v) { return .punct }
        return f.properties.isAlphabetic ? .word : .punct
    }

    /// FNV-1a of folded scalars `start..<end` (as TimeLexicon.hash).
    @inline(__always)
    func hash(_ start: Int, _ end: Int, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var h = seed
        folded.withUnsafeBufferPointer { buffer in
            for k in start..<end { h = (h ^ UInt64(buffer[k].value)) &* 0x0000_0100_0000_01B3 }
        }
        return h
    }

    func hash(of token: TimeToken) -> UInt64 { hash(Int(token.foldedStart), Int(token.foldedEnd)) }
}
