import CapplanErrors
import Crypto
import SystemIO

/// SHA-256 of the inputs, for the manifest and the brief: swift-crypto's `Crypto.SHA256` (BoringSSL,
/// with the processor's SHA instructions where it has them, about 1 GB/s here against 97 MB/s for the
/// hand-written version it replaced), streamed: a file or a prescan feeds it chunk by chunk, and the
/// digest is written as 64 lower-case hex digits.
package struct SHA256: Sendable {
    /// A file that could not be read to hash it.
    ///
    /// Only files read once already are hashed this way (the config, an input read without its digest), so one
    /// that cannot be read again during the run is an internal error (70).
    package struct ReadError: CapplanFailure {
        /// The file.
        package let path: String
        /// Why it could not be read (the system's words).
        package let reason: String
        /// "PATH: cannot read the file (REASON) — check that it exists and is readable".
        package var message: ProblemMessage {
            ProblemMessage(
                file: path, "cannot read the file (\(reason))", remedy: "check that it exists and is readable")
        }
        /// Internal error (70): the file was read a moment before.
        package var exitStatus: ExitStatus { .software }
    }

    /// The bytes read from a file at a time.
    package static let chunkSize = 64 * 1024

    /// swift-crypto's running hash.
    private var hasher = Crypto.SHA256()

    /// A hash of no bytes yet.
    package init() {}

    /// The hex digest of `bytes`.
    package static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hex(hasher.finish())
    }

    /// The hex digest of the file at `path`, read in chunks.
    package static func hex(ofFileAt path: String) throws(ReadError) -> String {
        var hasher = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        do throws(SystemError) {
            let file = try SystemFile.reading(path)
            while true {
                let count = try file.read(into: buffer)
                if count == 0 { break }
                hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            }
        } catch {
            throw ReadError(path: path, reason: error.reason)
        }
        return hex(hasher.finish())
    }

    /// Adds `bytes` to the hash.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Adds the bytes of `bytes` to the hash.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// The 32 bytes of the digest of everything added.
    package consuming func finish() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// A digest as lower-case hex, two digits a byte.
    package static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
