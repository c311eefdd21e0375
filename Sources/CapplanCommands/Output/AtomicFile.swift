import CapplanErrors
import Foundation
import SystemIO

/// Writes a file so that readers see the old file or the new one, never a half-written one:
/// the bytes go to a temporary file beside it, which is then renamed into place.
enum AtomicFile {
    /// Why a write failed (exit code 73).
    struct WriteError: CapplanFailure {
        /// The file that could not be written.
        let path: String
        /// The system's reason (strerror).
        let reason: String
        /// `PATH: cannot write the file (REASON) — what to do`.
        var message: ProblemMessage {
            ProblemMessage(
                file: path, "cannot write the file (\(reason))", remedy: "check that the folder exists and is writable")
        }
        /// The output cannot be written (73).
        var exitStatus: ExitStatus { .cantCreate }
    }

    /// Writes `text` to `path`; on failure the previous file, if any, is untouched.
    static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        do throws(SystemError) {
            let file = try SystemFile.creating(temporary)
            var bytes = text
            try bytes.withUTF8 { buffer in
                Result { () throws(SystemError) in try file.write(UnsafeRawBufferPointer(buffer)) }
            }.get()
            try file.close()
            try SystemCalls.rename(temporary, to: url.path)
        } catch {
            SystemCalls.removeFile(temporary)
            throw WriteError(path: path, reason: error.reason)
        }
    }
}
