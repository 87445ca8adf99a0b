import Foundation

/// The character encodings `ingest` recognises by itself.
public enum TextEncoding: String, Sendable, Hashable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1256 = "Windows-1256"
}

/// Why bytes could not be read as text.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(String)
    case undecodable

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .binary(let why): "binary file (\(why)), not text"
        case .undecodable: "not UTF-8, UTF-16 or Windows-1256 text; save it as UTF-8 and ingest it again"
        }
    }
}

/// Detects the encoding of a text file and decodes it, with line ends normalised to `\n`.
///
/// Order: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); then UTF-16 without one (its NUL
/// bytes all on one side of each pair); then NUL bytes or a majority of
/// control characters mean binary; then valid UTF-8; then Windows-1256 when the bytes above 0x7F
/// decode mostly to Arabic (a Latin-1 or Cyrillic file read as cp1256 would give accented Latin
/// letters and punctuation instead, so it is refused rather than garbled).
public enum TextDecoder {
    /// The share of non-ASCII bytes that must decode to Arabic for a Windows-1256 guess.
    static let arabicShareForWindows1256 = 0.7

    /// Decodes `data`, or throws `TextDecodingError`.
    public static func decode(_ data: Data) throws(TextDecodingError) -> (text: String, encoding: TextEncoding) {
        let bytes = [UInt8](data)
        return try decode(bytes: bytes)
    }

    /// Decodes `bytes`, or throws `TextDecodingError`.
    public static func decode(bytes: [UInt8]) throws(TextDecodingError) -> (text: String, encoding: TextEncoding) {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: bytes[3...], as: UTF8.self) else { throw .undecodable }
            return (normalizeLineEnds(s), .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let s = decodeUTF16(bytes[2...], littleEndian: little) else { throw .undecodable }
            return (normalizeLineEnds(s), little ? .utf16LE : .utf16BE)
        }
        if let (s, encoding) = utf16WithoutBOM(bytes) { return (normalizeLineEnds(s), encoding) }
        if let why = binaryReason(bytes) { throw .binary(why) }
        if let s = String(validating: bytes, as: UTF8.self) {
            return (normalizeLineEnds(s), .utf8)
        }
        if looksLikeWindows1256(bytes) {
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for b in bytes { scalars.append(Windows1256.scalar(b)) }
            return (normalizeLineEnds(String(scalars)), .windows1256)
        }
        throw .undecodable
    }

    /// Why the bytes look binary (judged on the first 64 KB), or nil.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for b in sample {
            if b == 0 { return "contains NUL bytes" }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        return controls * 10 > sample.count ? "mostly control characters" : nil
    }

    /// UTF-16 saved without a byte-order mark: the NUL bytes of its spaces, digits and Latin letters
    /// (`20 00`) all fall on one side of each pair, odd offsets for little-endian, even for
    /// big-endian, which binary data does not do; it must then decode to text without NUL or
    /// a majority of control characters.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> (String, TextEncoding)? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(65_536)
        var zerosEven = 0, zerosOdd = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { zerosEven += 1 } else { zerosOdd += 1 }
        }
        let little: Bool
        if zerosOdd > 0 && zerosEven == 0 { little = true } else if zerosEven > 0 && zerosOdd == 0 { little = false } else { return nil }
        guard let s = decodeUTF16(bytes[...], littleEndian: little) else { return nil }
        var controls = 0, total = 0
        for u in s.unicodeScalars.prefix(32_768) {
            total += 1
            if u.value == 0 { return nil }
            if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" && u != "\u{0C}" { controls += 1 }
        }
        guard controls * 10 <= total else { return nil }
        return (s, little ? .utf16LE : .utf16BE)
    }

    static func looksLikeWindows1256(_ bytes: [UInt8]) -> Bool {
        var high = 0, arabic = 0
        for b in bytes where b >= 0x80 {
            high += 1
            if Windows1256.isArabic(Windows1256.scalar(b).value) { arabic += 1 }
        }
        return high > 0 && Double(arabic) >= Double(high) * arabicShareForWindows1256
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// `\r\n` and lone `\r` become `\n`.
    public static func normalizeLineEnds(_ s: String) -> String {
        guard s.utf8.contains(0x0D) else { return s }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for u in s.unicodeScalars {
            if u == "\r" { out.append("\n"); previousCR = true; continue }
            if u == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(u)
        }
        return String(out)
    }
}
