import Foundation

/// The one JSON encoder of capplan (`summary.json`, `manifest.json`, the commands' `--json`): sorted keys, snake_case
/// keys, pretty-printed, slashes unescaped, so the same value always gives the same bytes (SPEC §4,
/// STYLE "Determinism"). Numbers reach it as ``ReportNumber``, already rounded.
public enum ReportJSON {
    /// A configured encoder.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Encodes a document as UTF-8 text ending in a newline.
    ///
    /// The documents hold strings, integers, booleans and rounded numbers only; the encoder throws
    /// for nothing else (it throws for non-finite `Double`s, and none reaches it), so a failure here
    /// is a programming error.
    public static func text<T: Encodable>(_ value: T) -> String {
        let data: Data
        do {
            data = try encoder().encode(value)
        } catch {
            preconditionFailure("a report document failed to encode: \(error)")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A figure for JSON, rounded exactly as the CSVs round it (``NumberFormat``), written as a JSON
/// number whose text is the rounded value: `0.1`, not `0.10000000000000001`; `3.61`, not `3.610000`.
struct ReportNumber: Encodable, Equatable {
    /// The rounded value as ``NumberFormat`` writes it; "" for a value that is not finite.
    var text: String

    /// Rounds `value` to `places` decimals.
    init(_ value: Double, places: Int) {
        text = NumberFormat.fixed(value, places)
    }

    /// A whole number (populations, pressure, required workers).
    static func integer(_ value: Double) -> ReportNumber { ReportNumber(value, places: 0) }

    /// Required workers: whole when whole, else 2 decimals (as `NumberFormat.required`).
    static func required(_ value: Double) -> ReportNumber {
        abs(value - value.rounded()) < 1e-9 ? integer(value) : count(value)
    }
    /// A growth rate, readiness, share or score: 6 decimals.
    static func share(_ value: Double) -> ReportNumber { ReportNumber(value, places: NumberFormat.sharePlaces) }
    /// Workers, seats, caseload, active per 10k: 2 decimals.
    static func count(_ value: Double) -> ReportNumber { ReportNumber(value, places: NumberFormat.countPlaces) }

    /// Encodes the decimal text as a JSON number (through `Decimal`, which prints it exactly), or
    /// `null` when the value was not finite.
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) {
            try container.encode(decimal)
        } else {
            try container.encodeNil()
        }
    }
}
