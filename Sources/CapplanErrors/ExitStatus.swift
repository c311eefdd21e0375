/// The exit codes of docs/CLI.md "Exit codes" (sysexits.h values): every failure carries one
/// (``CapplanFailure/exitStatus``), and the command layer exits with it.
package enum ExitStatus: Int32, Sendable {
    /// Success; rejected rows are reported, not fatal.
    case success = 0
    /// Usage or config error.
    case usage = 64
    /// Data error, a file rejecting more than `[quality] max_rejected_share` of its rows, or any rejected row under
    /// `--strict`.
    case dataError = 65
    /// An input file is missing.
    case inputMissing = 66
    /// Internal error.
    case software = 70
    /// The output cannot be written.
    case cantCreate = 73
    /// Another run holds the output folder and `--no-wait` was given (EX_TEMPFAIL).
    case tempFail = 75
}
