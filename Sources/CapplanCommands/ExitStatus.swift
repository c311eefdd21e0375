import ArgumentParser
import Ingestion

/// The exit codes of docs/CLI.md "Exit codes" (sysexits.h values).
enum ExitStatus: Int32 {
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

    /// The exit code for ingestion's outcome, with `maxRejectedShare` the plan's `[quality] max_rejected_share`.
    static func forIngestion(_ data: IngestedData, strict: Bool, maxRejectedShare: Double) -> ExitStatus {
        let fatal = data.fatalErrors
        if fatal.contains(where: \.isMissingFile) { return .inputMissing }
        if !fatal.isEmpty { return .dataError }
        if !RejectedShare.excesses(in: data, limit: maxRejectedShare).isEmpty { return .dataError }
        if strict && data.rejectedRows > 0 { return .dataError }
        return .success
    }

    /// As an ArgumentParser exit code.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
