import CapplanTestSupport
import Foundation
import Testing

@testable import CSVSupport

@Suite("CSVReader: the input's SHA-256 from the pass that checks its encoding")
struct CSVReaderHashingTests {
    /// Reads `bytes` from a temporary file with hashing on, in chunks of `chunkSize`.
    private func summary(_ bytes: [UInt8], chunkSize: Int = 1 << 16, hashing: Bool = true) throws -> CSVReadSummary {
        let folder = try TemporaryFolder("capplan-csv")
        let path = try folder.write("input.csv", bytes: bytes)
        return try CSVReader(path: path, chunkSize: chunkSize, hashing: hashing).read { _ in }
    }

    @Test("FIPS 180-4 vectors: the empty file and \"abc\"")
    func knownDigests() throws {
        #expect(try summary([]).sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            try summary(Array("abc".utf8)).sha256
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(
        "every byte is hashed, BOM and invalid UTF-8 included, whatever the chunk size",
        arguments: [1, 2, 3, 7, 64, 65, 1 << 16])
    func wholeFile(chunkSize: Int) throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var body = Array("id,nama\r\n\"a\nb\",x\r\n".utf8)
        for number in 0..<300 { body += Array("W\(number),n\u{E9}\n".utf8) }
        for bytes in [bom + body, body, body + [0xE9, 0x0A], bom] {
            let read = try summary(bytes, chunkSize: chunkSize)
            #expect(read.sha256 == SHA256.hex(of: bytes))
            #expect(read.bytes == bytes.count)
        }
    }

    @Test("without hashing there is no digest, and the rest of the summary is the same")
    func offByDefault() throws {
        let bytes = Array("id\n1\n".utf8)
        let plain = try summary(bytes, hashing: false)
        let hashed = try summary(bytes)
        #expect(plain.sha256 == nil)
        #expect(
            CSVReadSummary(
                delimiter: hashed.delimiter, delimiterDetected: hashed.delimiterDetected, encoding: hashed.encoding,
                firstInvalidUTF8Line: hashed.firstInvalidUTF8Line, lines: hashed.lines, records: hashed.records,
                bytes: hashed.bytes) == plain)
    }
}
