/// How much of a date the text gives.
public enum DatePrecision: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case day, month, year

    private var rank: Int { self == .year ? 0 : self == .month ? 1 : 2 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A calendar date known to a day, a month or a year; the year may be unknown
/// (a dateline such as "YEREVAN, Feb 23" with no year anywhere in the text).
///
///     FuzzyDate(year: 2022, month: 1)            // "2022-01"
///     FuzzyDate(year: nil, month: 11, day: 23)   // "XXXX-11-23" (EDTF unspecified digits)
public struct FuzzyDate: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int?
    public var month: Int?
    public var day: Int?

    public init(year: Int?, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: DatePrecision { day != nil ? .day : month != nil ? .month : .year }

    /// ISO 8601 at the known precision: `2022`, `2022-01`, `2022-01-06`, `XXXX-11-23`.
    public var iso: String {
        let y = year.map { format4($0) } ?? "XXXX"
        guard let m = month else { return y }
        guard let d = day else { return "\(y)-\(pad2(m))" }
        return "\(y)-\(pad2(m))-\(pad2(d))"
    }

    public var description: String { iso }

    /// Parses `2022`, `2022-01`, `2022-01-06`, `XXXX-11-23`, and the date part of an ISO timestamp.
    public init?(iso: String) {
        guard let date = Self.stored(iso.utf8) ?? Self.parsed(iso) else { return nil }
        self = date
    }

    /// The date of any text `init(iso:)` accepts.
    static func parsed(_ iso: String) -> FuzzyDate? {
        let s = iso.trimmingWhitespace()
        let datePart = s.prefix { $0 != "T" && $0 != " " }
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var y: Int? = nil
        if parts[0] != "XXXX" {
            guard parts[0].count == 4, let v = Int(parts[0]) else { return nil }
            y = v
        }
        var m: Int? = nil, d: Int? = nil
        if parts.count > 1 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let v = Int(parts[2]), (1...31).contains(v) else { return nil }
            d = v
        }
        if y == nil && (m == nil || d == nil) { return nil }
        return FuzzyDate(year: y, month: m, day: d)
    }

    /// The date of text in the form the store writes (`2022`, `2022-01`, `2022-01-06`, `XXXX-11-23`),
    /// read from its bytes with no allocation (a timeline reads thousands); nil for any other text,
    /// which `parsed` then reads.
    static func stored(_ bytes: String.UTF8View) -> FuzzyDate? {
        // The year (nil for XXXX), month and day as they are read; `part` counts the dashes.
        var fields: (Int?, Int, Int) = (nil, 0, 0)
        var part = 0, value = 0, digits = 0, unknown = 0
        func close() -> Bool {
            switch part {
            case 0:
                guard (unknown == 4 && digits == 0) || (unknown == 0 && digits == 4) else { return false }
                fields.0 = unknown == 4 ? nil : value
            case 1:
                guard digits == 2 else { return false }
                fields.1 = value
            default:
                guard digits == 2 else { return false }
                fields.2 = value
            }
            value = 0
            digits = 0
            return true
        }
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 4 else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "X") where part == 0 && digits == 0 && unknown < 4:
                unknown += 1
            case UInt8(ascii: "-") where part < 2:
                guard close() else { return nil }
                part += 1
            default:
                return nil
            }
        }
        guard close() else { return nil }
        let month = part >= 1 ? fields.1 : nil, day = part >= 2 ? fields.2 : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        if fields.0 == nil && day == nil { return nil }
        return FuzzyDate(year: fields.0, month: month, day: day)
    }

    /// Orders by the earliest day each date can mean; an unknown year sorts first.
    public static func < (a: FuzzyDate, b: FuzzyDate) -> Bool {
        (a.year ?? 0, a.month ?? 0, a.day ?? 0) < (b.year ?? 0, b.month ?? 0, b.day ?? 0)
    }

    /// True when one date can be the other at a coarser precision (`2022-01` and `2022-01-06`).
    public func isCompatible(with other: FuzzyDate) -> Bool {
        if let a = year, let b = other.year, a != b { return false }
        if let a = month, let b = other.month, a != b { return false }
        if let a = day, let b = other.day, a != b { return false }
        return true
    }
}

private func format4(_ v: Int) -> String {
    let digits = String(abs(v))
    return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

private func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

extension String {
    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
