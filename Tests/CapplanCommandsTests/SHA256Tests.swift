import CapplanTestSupport
import Foundation
import Testing

@testable import CapplanCommands

@Suite("SHA256: FIPS 180-4 digests")
struct SHA256Tests {
    @Test(
        "the NIST example messages",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func nistVectors(message: String, digest: String) {
        #expect(SHA256.hex(of: message.utf8) == digest)
    }

    @Test("one million \"a\", fed at once and in uneven pieces")
    func millionA() {
        let digest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex(of: repeatElement(UInt8(ascii: "a"), count: 1_000_000)) == digest)
        var hasher = SHA256()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 997)
        var fed = 0
        while fed < 1_000_000 {
            let count = min(piece.count - fed % 7, 1_000_000 - fed)
            hasher.update(piece.prefix(count))
            fed += count
        }
        #expect(SHA256.hex(hasher.finish()) == digest)
    }

    @Test(
        "messages around the padding boundary (55, 56, 63, 64, 65 bytes) match sha256sum",
        arguments: [55, 56, 63, 64, 65])
    func paddingBoundaries(length: Int) throws {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(SHA256.hex(of: bytes) == (try Self.sha256sum(bytes)))
    }

    @Test("a file larger than one chunk, not a multiple of it, matches sha256sum")
    func fileAcrossChunks() throws {
        var generator = SeededGenerator(seed: 42)
        let count = SHA256.chunkSize * 2 + 12_345
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0.prefix(count - bytes.count)) }
        }
        let folder = try TemporaryFolder("capplan-sha")
        let url = folder.fileURL("data")
        try Data(bytes).write(to: url)
        let expected = try Self.sha256sum(file: url.path)
        #expect(try SHA256.hex(ofFileAt: url.path) == expected)
        #expect(SHA256.hex(of: bytes) == expected)
    }

    @Test("an empty file has the digest of the empty message")
    func emptyFile() throws {
        let folder = try TemporaryFolder("capplan-sha")
        let url = folder.fileURL("data")
        try Data().write(to: url)
        #expect(
            try SHA256.hex(ofFileAt: url.path) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("a missing file: the exact message")
    func missingFile() throws {
        let folder = try TemporaryFolder("capplan-sha")
        let path = folder.missing("nowhere")
        let error = #expect(throws: SHA256.ReadError.self) { try SHA256.hex(ofFileAt: path) }
        #expect(
            error?.description
                == "\(path): cannot read the file (No such file or directory) — check that it exists and is readable")
    }

    // MARK: - sha256sum as the reference

    /// The digest `sha256sum` prints for `bytes`.
    static func sha256sum(_ bytes: [UInt8]) throws -> String {
        let folder = try TemporaryFolder("capplan-sha")
        return try sha256sum(file: try folder.write("data", bytes: bytes))
    }

    /// The digest `sha256sum FILE` prints (the first word of its output).
    static func sha256sum(file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sha256sum failed")
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }
}
