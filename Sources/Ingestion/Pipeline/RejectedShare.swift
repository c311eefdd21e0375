import CapplanErrors
import Foundation

/// A file whose rejected rows are more than `[quality] max_rejected_share` of its data rows (docs/INPUTS.md
/// "Plan config", docs/METHOD.md "Interpretations" 38): `run` and `whatif` fail before writing anything, and
/// `validate` fails with them.
package struct RejectedShare: CapplanFailure, Sendable, Equatable {
    /// The file as named in the config or on the command line.
    package var file: String
    /// Its rejected rows.
    package var rejected: Int
    /// Its data rows: accepted and rejected, blank rows left out.
    package var rows: Int
    /// The plan's `max_rejected_share`.
    package var limit: Double

    /// Creates the finding.
    package init(file: String, rejected: Int, rows: Int, limit: Double) {
        self.file = file
        self.rejected = rejected
        self.rows = rows
        self.limit = limit
    }

    /// The files of `data`, in reading order, that reject more than `limit` of their data rows. A file with a
    /// fatal error is left out (that error already stops the run), and so is a file without data rows.
    package static func excesses(in data: IngestedData, limit: Double) -> [RejectedShare] {
        data.files.compactMap { report in
            guard report.fatal == nil else { return nil }
            let rows = report.counts.accepted + report.counts.rejected
            guard rows > 0, Double(report.counts.rejected) / Double(rows) > limit else { return nil }
            return RejectedShare(file: report.path, rejected: report.counts.rejected, rows: rows, limit: limit)
        }
    }

    /// `FILE: 7 of 12 rows rejected (58.3 %), more than [quality] max_rejected_share = 0.10 allows — …`.
    package var message: ProblemMessage {
        ProblemMessage(
            file: file,
            "\(rejected) of \(rows) rows rejected (\(percentage) %), more than [quality] max_rejected_share = "
                + "\(Self.format(limit)) allows",
            remedy: "fix the file (capplan validate lists its rejected rows) or raise max_rejected_share in the plan")
    }

    /// A data error (65): the run stops before writing anything.
    package var exitStatus: ExitStatus { .dataError }

    /// The share in percent with one decimal, or with as many more (up to 6) as it takes to read above the limit
    /// (`10.01`, not `10.0`, for 1,001 of 10,000 rows over 0.10).
    var percentage: String {
        let percent = Double(rejected) / Double(rows) * 100
        for decimals in 1...6 {
            let text = String(format: "%.\(decimals)f", percent)
            if let shown = Double(text), shown > limit * 100 { return text }
        }
        return String(format: "%.6f", percent)
    }

    /// The limit as a plan would write it: two decimals when it has at most two (`0.10`, `0.05`), else in full.
    static func format(_ limit: Double) -> String {
        let hundredths = (limit * 100).rounded()
        if abs(limit * 100 - hundredths) < 1e-9 { return String(format: "%.2f", limit) }
        return "\(limit)"
    }
}
