import Foundation

/// The date a run's workbook carries (document properties and cover): the day the run started, at
/// 00:00 UTC, or `SOURCE_DATE_EPOCH` when it is set, so a reproducible run stays byte-identical.
enum RunDay {
    /// The earliest date taken: a creation time of 0 read as "now" to libxlsxwriter, whose workbook bytes
    /// XLSXSupport reproduces (and which refuses it).
    static let earliest = Date(timeIntervalSince1970: 86_400)
    /// The latest date taken: 9999-12-31, the last day a workbook can carry.
    static let latest = Date(timeIntervalSince1970: 253_402_214_400)

    /// The date for a run that started at `started`. `SOURCE_DATE_EPOCH` that is not a whole number
    /// of seconds is ignored; one outside 1970-01-02…9999-12-31 is taken as the nearer end.
    static func created(started: Date, environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return min(latest, max(earliest, Date(timeIntervalSince1970: Double(seconds))))
        }
        let day = (started.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        return min(latest, max(earliest, Date(timeIntervalSince1970: day)))
    }
}
