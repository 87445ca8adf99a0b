/// Unicode properties the hot paths ask of every scalar, answered without a property look-up for
/// ASCII, Cyrillic and Arabic (checked against `Unicode.Scalar.Properties` over every scalar).
enum ScalarClass {
    /// `properties.isWhitespace`.
    @inline(__always)
    static func isWhitespace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return v == 0x1680 || (0x2000...0x200A).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { isWhitespace(s.value) }

    /// `properties.isUppercase`.
    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x0400 && v <= 0x042F { return true }
        if v >= 0x0430 && v <= 0x06FF && !(0x0460...0x05FF).contains(v) { return false }
        return s.properties.isUppercase
    }

    /// `properties.isLowercase`.
    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v >= 0x0430 && v <= 0x045F { return true }
        if (v >= 0x0400 && v <= 0x042F) || (0x0600...0x06FF).contains(v) { return false }
        return s.properties.isLowercase
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        if (0x0400...0x04FF).contains(v) { return false }
        return s.properties.numericType != nil
    }
}
