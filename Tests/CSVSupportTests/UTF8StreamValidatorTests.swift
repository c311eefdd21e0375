import Testing

@testable import CSVSupport

@Suite("UTF8StreamValidator")
struct UTF8StreamValidatorTests {
    static let samples: [[UInt8]] = [
        Array("plain ASCII, long enough for the eight-byte fast path".utf8),
        Array("Sanggé € 😀 \u{10FFFF} \u{FFFD} \u{D7FF} \u{E000}".utf8),
        [0x61, 0xC0, 0xAF], [0xE0, 0x9F, 0xBF], [0xED, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        Array("abcdefgh".utf8) + [0xC3], Array("abcdefghijklmnop".utf8) + [0xC3, 0x28, 0x41],
        [0xC2, 0x80], [0xC1, 0xBF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x28, 0xA1],
    ]

    @Test("agrees with Swift's validator for every chunk size", arguments: samples)
    func agreesWithSwift(bytes: [UInt8]) {
        let swiftValid = String(validating: bytes, as: UTF8.self) != nil
        for chunkSize in 1...bytes.count {
            var validator = UTF8StreamValidator()
            bytes.withUnsafeBytes { all in
                var start = 0
                while start < all.count {
                    let end = min(start + chunkSize, all.count)
                    validator.consume(UnsafeRawBufferPointer(rebasing: all[start..<end]), at: start)
                    start = end
                }
            }
            #expect(validator.finish() == swiftValid, "chunk size \(chunkSize)")
        }
    }

    @Test("the first invalid offset is the start of the bad sequence")
    func firstInvalidOffset() {
        var validator = UTF8StreamValidator()
        let bytes: [UInt8] = Array("0123456789é".utf8) + [0xE2, 0x82, 0x41, 0xFF]
        bytes.withUnsafeBytes { _ = validator.consume($0, at: 100) }
        #expect(validator.firstInvalidOffset == 112)
    }
}
