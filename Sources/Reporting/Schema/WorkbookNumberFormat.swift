/// The Excel number format of a figure in `capplan.xlsx`, from its kind and unit: the workbook
/// holds the rounded value as a real number and shows it the way a planner reads it.
package enum WorkbookNumberFormat {
    /// The format code for a figure of `kind` and `unit`, or nil for text. `value` picks the whole
    /// form for a count or required figure that is whole (`6`, not `6.00`); nil describes the column.
    package static func code(for kind: FigureKind, unit: FigureUnit, value: Double? = nil) -> String? {
        switch kind {
        case .text, .flag: return nil
        case .integer: return unit == .year || unit == .rank || unit == .position ? "0" : "#,##0"
        case .whole: return "#,##0"
        case .count, .required:
            if let value, value == value.rounded() { return "#,##0" }
            return value == nil ? "#,##0.00 (#,##0 when whole)" : "#,##0.00"
        case .share:
            switch unit {
            case .share: return "0.0%"
            case .ratePerYear: return "0.00%"
            default: return "0.000000"
            }
        }
    }
}
