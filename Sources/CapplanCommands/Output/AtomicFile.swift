import Foundation

/// Writes a file so that readers see the old file or the new one, never a half-written one:
/// the bytes go to a temporary file beside it, which is then renamed into place.
enum AtomicFile {
    /// Why a write failed (exit code 73).
    struct WriteError: Error, CustomStringConvertible {
        /// The file that could not be written.
        let path: String
        /// The system's reason (strerror).
        let reason: String
        /// `PATH: cannot write the file (REASON) — what to do`.
        var description: String {
            "\(path): cannot write the file (\(reason)) — check that the folder exists and is writable"
        }
    }

    /// Writes `text` to `path`; on failure the previous file, if any, is untouched.
    static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard let file = fopen(temporary, "wb") else { throw WriteError(path: path, reason: lastError()) }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
        guard rename(temporary, url.path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
