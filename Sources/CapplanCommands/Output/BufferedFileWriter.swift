import Foundation

/// Streams a large text file to disk through a fixed buffer, so a 50 MB output never exists as one
/// string; like ``AtomicFile`` it writes beside the target and renames into place on ``finish()``.
final class BufferedFileWriter {
    /// Bytes gathered before each `write(2)`.
    static let bufferSize = 256 * 1024

    /// The file being written.
    let path: String
    /// Where the bytes go until ``finish()``.
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Bytes written so far, flushed or not.
    private(set) var byteCount = 0

    /// Opens a temporary file beside `path`.
    init(path: String) throws(AtomicFile.WriteError) {
        let url = URL(fileURLWithPath: path)
        self.path = path
        temporary =
            url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, reason: Self.lastError()) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Removes the temporary file of a writer never finished (an error on the way).
    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws(AtomicFile.WriteError) {
        buffer.append(contentsOf: text.utf8)
        byteCount += text.utf8.count
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes what is left, closes the file and renames it to ``path``.
    func finish() throws(AtomicFile.WriteError) {
        try flush()
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw fail() }
        guard rename(temporary, path) == 0 else { throw fail() }
    }

    private func flush() throws(AtomicFile.WriteError) {
        var offset = 0
        while offset < buffer.count {
            let count = buffer.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw fail()
            }
            offset += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The error for the current errno; the temporary file is removed.
    private func fail() -> AtomicFile.WriteError {
        let error = AtomicFile.WriteError(path: path, reason: Self.lastError())
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(temporary)
        return error
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
