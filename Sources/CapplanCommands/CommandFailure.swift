import CapplanErrors

/// A failure a command words itself, where no library error stands for it (a `KODE` that names no kecamatan,
/// a sample folder that is not empty, a boundary file too large to read): one message and its exit status.
struct CommandFailure: CapplanFailure {
    /// What the user reads.
    let message: ProblemMessage
    /// The exit code it ends the command with.
    let exitStatus: ExitStatus

    /// A failure saying `message`, ending with `exitStatus`.
    init(_ message: ProblemMessage, _ exitStatus: ExitStatus) {
        self.message = message
        self.exitStatus = exitStatus
    }
}

/// The end of a command with several messages to say, or with its messages said already as they arose: one
/// exit status for them all.
///
/// Ingestion says each fatal error as its file is read, beside that file's progress line (so the order on stderr
/// follows the reading); when ingestion then stops a command, the report holds only what is left to say: the files
/// over `[quality] max_rejected_share` and the `--strict` line (none for `validate`, which said them before its
/// summary). `capplan sample roster` reports the first rejected rows of a regions file and how many there were.
/// The entry point says each message in order, after `capplan: `, then exits with ``exitStatus``.
struct FailureReport: Error {
    /// What is left to say, in order; empty when everything was said already.
    let messages: [ProblemMessage]
    /// The exit code of them all.
    let exitStatus: ExitStatus
}

extension CapplanErrors.ExitStatus {
    /// The status `error` ends a command with when it is one of capplan's failures (``CapplanFailure``,
    /// ``FailureReport``); nil for anything else (ArgumentParser's own errors, or an internal error).
    init?(of error: any Error) {
        switch error {
        case let failure as any CapplanFailure: self = failure.exitStatus
        case let report as FailureReport: self = report.exitStatus
        default: return nil
        }
    }
}
