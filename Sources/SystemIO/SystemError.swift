import CapplanErrors
import SystemPackage

/// A system call that failed: the path it concerned and the error number. Every file operation of capplan
/// ends in this one error; each layer words it for its own message (`reason` is the system's own text).
package struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or folder the call concerned.
    package let path: String
    /// What the system said.
    package let errno: Errno

    /// An error of the call on `path`.
    package init(path: String, errno: Errno) {
        self.path = path
        self.errno = errno
    }

    /// An error swift-system threw on `path` (always an `Errno`; anything else reads as an I/O error).
    init(path: String, thrown: any Error) {
        self.init(path: path, errno: thrown as? Errno ?? .ioError)
    }

    /// The system's words for the error (`strerror`), e.g. "No such file or directory".
    package var reason: String { errno.description }

    /// `PATH: REASON`, with no remedy: each layer that says it to the user words its own (so this is not a
    /// ``CapplanErrors/CapplanFailure``, whose exit status depends on what the call was for).
    package var message: ProblemMessage { ProblemMessage(file: path, reason) }

    /// `PATH: REASON`.
    package var description: String { message.description }
}
