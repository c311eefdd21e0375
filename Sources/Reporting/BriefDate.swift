import Foundation

/// A run's date for people: `30 November 2026` in either language (the Indonesian month names).
enum BriefDate {
    /// The month names, January first.
    static let months: [ReportLanguage: [String]] = [
        .indonesian: [
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember",
        ],
        .english: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
    ]

    /// `date`'s day in UTC, written out.
    static func long(_ date: Date, _ language: ReportLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let month = (parts.month ?? 1) - 1
        let name = months[language]?[max(0, min(11, month))] ?? ""
        return "\(parts.day ?? 1) \(name) \(parts.year ?? 1970)"
    }

    /// `2026-11-30`, the day in UTC.
    static func iso(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
