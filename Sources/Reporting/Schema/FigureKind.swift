/// How one output figure is rounded and written: the precision rules of docs/METHOD.md "Outputs:
/// general rules" in one table, shared by the CSV, JSON and workbook writers and the data dictionary.
package enum FigureKind: Sendable, Equatable {
    /// Text (names, codes, roles, reasons); formula-guarded in CSV, a string cell in the workbook.
    case text
    /// A whole number held as an integer (rank, year, seats, line): written as it is.
    case integer
    /// A real figure rounded half away from zero to a whole number (populations, pressure).
    case whole
    /// A real figure with 2 decimals (workers, seats needed, caseload, active per 10k).
    case count
    /// A real figure with 6 decimals (growth rates, readiness, shares, scores, weights).
    case share
    /// Required workers: a whole number when the norms make it whole, else 2 decimals.
    case required
    /// `true` or `false`.
    case flag

    /// Decimal places written, or nil when the kind has no fixed count (text, integers, flags, and
    /// `required`, whose places depend on the value).
    package var places: Int? {
        switch self {
        case .whole: 0
        case .count: NumberFormat.countPlaces
        case .share: NumberFormat.sharePlaces
        case .text, .integer, .required, .flag: nil
        }
    }

    /// The decimal places `value` is written with: the fixed places of the kind, or for required
    /// workers 0 when whole and 2 otherwise; nil for kinds that are not rounded reals.
    package func places(of value: Double) -> Int? {
        if self == .required { return abs(value - value.rounded()) < 1e-9 ? 0 : NumberFormat.countPlaces }
        return places
    }

    /// Whether the figure is a number (a JSON number, a numeric workbook cell, never formula-guarded).
    package var isNumeric: Bool { self != .text && self != .flag }

    /// The rounding rule in plain words, for the data dictionary.
    package var rule: String {
        switch self {
        case .text: "text"
        case .integer: "whole number"
        case .whole: "rounded to a whole number"
        case .count: "2 decimals"
        case .share: "6 decimals"
        case .required: "whole number, or 2 decimals when a fractional norm makes it fractional"
        case .flag: "`true` or `false`"
        }
    }

    /// The written text of `value` for this kind: `.` as decimal mark, no grouping; "" for a missing
    /// value or a real figure that is not finite.
    package func text(_ value: FigureValue) -> String {
        switch value {
        case .missing: return ""
        case .text(let text): return text
        case .integer(let integer): return String(integer)
        case .flag(let flag): return flag ? "true" : "false"
        case .real(let real):
            switch self {
            case .whole: return NumberFormat.integer(real)
            case .count: return NumberFormat.count(real)
            case .required: return NumberFormat.required(real)
            case .share: return NumberFormat.fixed(real, NumberFormat.sharePlaces)
            case .text, .integer, .flag: return NumberFormat.fixed(real, NumberFormat.sharePlaces)
            }
        }
    }
}

/// One cell's value before it is written, as a column's accessor gives it.
package enum FigureValue: Sendable, Equatable {
    /// No value (a side missing in a comparison, an unknown line).
    case missing
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A real figure, rounded by the column's ``FigureKind`` when written.
    case real(Double)
    /// A yes/no flag.
    case flag(Bool)
}
