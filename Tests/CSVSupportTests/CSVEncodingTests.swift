import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVEncoding")
struct CSVEncodingTests {
    @Test("a file that is not UTF-8 is decoded as Windows-1252, naming the first bad line")
    func windows1252Fixture() throws {
        let (records, summary) = try TestFiles.read(path: TestFiles.fixture("windows1252.csv"))
        #expect(
            records == [
                RecordSnapshot(1, ["kode", "kecamatan"]), RecordSnapshot(2, ["65.02.01", "Sanggé"]),
                RecordSnapshot(3, ["65.02.02", "€ \u{81}"]),
            ])
        #expect(summary.encoding == .windows1252)
        #expect(summary.firstInvalidUTF8Line == 2)
    }

    @Test(
        "the first invalid byte's line counts LF, CR and CRLF as one line end each",
        arguments: [1, 2, 3, 1 << 16])
    func firstInvalidLine(chunkSize: Int) throws {
        let (records, summary) = try TestFiles.read(
            bytes: Array("a\r\nb\rc\n\"d\r\ne\"\nf".utf8) + [0xE9, 0x0A, 0xE9], chunkSize: chunkSize)
        #expect(summary.encoding == .windows1252)
        #expect(summary.firstInvalidUTF8Line == 6)
        #expect(records.last == RecordSnapshot(7, ["é"]))
    }

    @Test("valid multibyte UTF-8 split across chunk boundaries stays UTF-8", arguments: [1, 2, 3, 4, 5, 7])
    func multibyteAcrossChunks(chunkSize: Int) throws {
        let text = "kota,é€😀\nSanggé,ü\u{10FFFF}\n"
        let (records, summary) = try TestFiles.read(text, chunkSize: chunkSize)
        #expect(summary.encoding == .utf8)
        #expect(summary.firstInvalidUTF8Line == nil)
        #expect(records.map(\.fields) == [["kota", "é€😀"], ["Sanggé", "ü\u{10FFFF}"]])
    }

    @Test(
        "overlongs, surrogates, values above U+10FFFF and cut sequences are not UTF-8",
        arguments: [
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x82], [0x80], [0xFF],
        ] as [[UInt8]])
    func invalidSequences(bad: [UInt8]) throws {
        let (_, summary) = try TestFiles.read(bytes: Array("h\nx,".utf8) + bad)
        #expect(summary.encoding == .windows1252)
        #expect(summary.firstInvalidUTF8Line == 2)
    }

    @Test(
        "Windows-1252 maps every byte; the five undefined ones keep their value",
        arguments: [
            (0x41, "A"), (0x80, "€"), (0x81, "\u{81}"), (0x8A, "Š"), (0x8D, "\u{8D}"), (0x8F, "\u{8F}"),
            (0x90, "\u{90}"), (0x93, "“"), (0x9D, "\u{9D}"), (0x9F, "Ÿ"), (0xA0, "\u{A0}"), (0xE9, "é"), (0xFF, "ÿ"),
        ] as [(UInt8, String)])
    func windows1252Table(byte: UInt8, expected: String) {
        #expect([byte].withUnsafeBytes { CSVEncoding.windows1252.decode($0) } == expected)
    }

    @Test("the raw values are the names used in warnings")
    func rawValues() {
        #expect(CSVEncoding.utf8.rawValue == "UTF-8")
        #expect(CSVEncoding.windows1252.rawValue == "Windows-1252")
    }
}
