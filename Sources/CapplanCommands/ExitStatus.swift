import ArgumentParser
import CapplanErrors
import Ingestion

/// The exit codes of docs/CLI.md "Exit codes", declared in CapplanErrors so that every failure carries its own.
package typealias ExitStatus = CapplanErrors.ExitStatus

extension CapplanErrors.ExitStatus {
    /// The exit code for ingestion's outcome, with `maxRejectedShare` the plan's `[quality] max_rejected_share`:
    /// a missing file (66) before any other fatal error (65), then a file over the share, then `strict` with
    /// rejected rows (65).
    static func forIngestion(_ data: IngestedData, strict: Bool, maxRejectedShare: Double) -> ExitStatus {
        let fatal = data.fatalErrors.map(\.exitStatus)
        if fatal.contains(.inputMissing) { return .inputMissing }
        if let first = fatal.first { return first }
        if !RejectedShare.excesses(in: data, limit: maxRejectedShare).isEmpty { return .dataError }
        if strict && data.rejectedRows > 0 { return .dataError }
        return .success
    }

    /// As an ArgumentParser exit code.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
