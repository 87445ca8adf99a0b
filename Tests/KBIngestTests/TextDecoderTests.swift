import Foundation
import Testing
@testable import KBIngest

@Suite struct TextDecoderTests {
    let arabic = "أعلنت المنظمة انعقاد القمة في مينسك."

    @Test func utf8WithoutBOMIsRead() throws {
        let r = try TextDecoder.decode(bytes: Array(arabic.utf8))
        #expect(r.text == arabic)
        #expect(r.encoding == .utf8)
    }

    @Test func utf8BOMIsDropped() throws {
        let r = try TextDecoder.decode(bytes: [0xEF, 0xBB, 0xBF] + Array("Minsk".utf8))
        #expect(r.text == "Minsk")
        #expect(r.encoding == .utf8BOM)
    }

    @Test func utf16LittleEndianWithBOMIsRead() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in arabic.utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let r = try TextDecoder.decode(bytes: bytes)
        #expect(r.text == arabic)
        #expect(r.encoding == .utf16LE)
    }

    @Test func utf16BigEndianWithBOMIsRead() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for u in "Ереван\r\nMoscow".utf16 { bytes += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        let r = try TextDecoder.decode(bytes: bytes)
        #expect(r.text == "Ереван\nMoscow")
        #expect(r.encoding == .utf16BE)
    }

    @Test func windows1256ArabicIsDetected() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: sampleData + "/bad-input/arabic-windows-1256.txt")))
        let r = try TextDecoder.decode(bytes: bytes)
        #expect(r.encoding == .windows1256)
        #expect(r.text.hasPrefix("أعلنت منظمة معاهدة الأمن الجماعي"))
        #expect(!r.text.contains("\r"))
    }

    @Test func everyWindows1256ArabicLetterMapsToItsUnicodeLetter() {
        // Spot checks across the table: alef, beh, teh marbuta, lam, meem, yeh, alef maksura, comma.
        let expected: [(UInt8, UInt32)] = [(0xC7, 0x0627), (0xC8, 0x0628), (0xC9, 0x0629), (0xE1, 0x0644),
                                           (0xE3, 0x0645), (0xED, 0x064A), (0xEC, 0x0649), (0xA1, 0x060C), (0x41, 0x41)]
        for (byte, value) in expected { #expect(Windows1256.scalar(byte).value == value) }
        #expect(Windows1256.table.count == 128)
    }

    @Test func latin1TextIsRefusedWithAClearReason() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: sampleData + "/bad-input/not-text.txt")))
        #expect(throws: TextDecodingError.undecodable) { try TextDecoder.decode(bytes: bytes) }
        #expect(TextDecodingError.undecodable.description.contains("not UTF-8, UTF-16 or Windows-1256"))
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: TextDecodingError.binary("contains NUL bytes")) {
            try TextDecoder.decode(bytes: Array("CSTO".utf8) + [0, 1, 2])
        }
    }

    @Test func mostlyControlCharactersMeanBinary() {
        #expect(throws: TextDecodingError.binary("mostly control characters")) {
            try TextDecoder.decode(bytes: [UInt8](repeating: 0x01, count: 50) + Array("ab".utf8))
        }
    }

    @Test func oddLengthUTF16IsUndecodable() {
        #expect(throws: TextDecodingError.undecodable) { try TextDecoder.decode(bytes: [0xFF, 0xFE, 0x41]) }
    }

    @Test func emptyBytesAreEmpty() {
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode(bytes: []) }
    }

    @Test(arguments: [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\n\r\nb\r", "a\n\nb\n"), ("plain", "plain")])
    func lineEndsBecomeNewlines(input: String, expected: String) {
        #expect(TextDecoder.normalizeLineEnds(input) == expected)
    }
}
