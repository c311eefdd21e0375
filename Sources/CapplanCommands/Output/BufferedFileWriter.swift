import Foundation
import SystemIO

/// Streams a large text file to disk through a fixed buffer, so a 50 MB output never exists as one
/// string; like ``AtomicFile`` it writes beside the target and renames into place on ``finish()``.
final class BufferedFileWriter {
    /// Bytes gathered before each `write(2)`.
    static let bufferSize = 256 * 1024

    /// The file being written.
    let path: String
    /// Where the bytes go until ``finish()``.
    private let temporary: String
    /// The temporary file, nil once finished or failed.
    private var file: SystemFile?
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
        do {
            file = try SystemFile.creating(temporary)
        } catch {
            throw AtomicFile.WriteError(path: path, reason: error.reason)
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Removes the temporary file of a writer never finished (an error on the way).
    deinit {
        if file != nil {
            file = nil
            SystemCalls.removeFile(temporary)
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
        do throws(SystemError) {
            try file?.close()
            file = nil
            try SystemCalls.rename(temporary, to: path)
        } catch {
            throw fail(error)
        }
    }

    private func flush() throws(AtomicFile.WriteError) {
        do throws(SystemError) {
            try buffer.withUnsafeBytes { bytes in Result { () throws(SystemError) in try file?.write(bytes) } }.get()
        } catch {
            throw fail(error)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The error for `error`; the temporary file is removed.
    private func fail(_ error: SystemError) -> AtomicFile.WriteError {
        file = nil
        SystemCalls.removeFile(temporary)
        return AtomicFile.WriteError(path: path, reason: error.reason)
    }
}
