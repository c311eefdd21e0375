import Foundation

/// The date a run's workbook carries (document properties and cover): the day the run started, at
/// 00:00 UTC, or `SOURCE_DATE_EPOCH` when it is set, so a reproducible run stays byte-identical.
enum RunDay {
    /// The earliest date taken: libxlsxwriter reads a creation time of 0 as "now".
    static let earliest = Date(timeIntervalSince1970: 86_400)

    /// The date for a run that started at `startedAt` (ISO 8601, `2026-11-30T04:12:00Z`).
    static func created(
        startedAt: String, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> Date
    {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return max(earliest, Date(timeIntervalSince1970: Double(seconds)))
        }
        let formatter = ISO8601DateFormatter()
        guard let started = formatter.date(from: startedAt) else { return earliest }
        let day = (started.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        return max(earliest, Date(timeIntervalSince1970: day))
    }
}
