/// A cell for `CSVWriter`: text is formula-guarded, numbers are written as given.
package enum CSVCell: Sendable, Equatable {
    /// Text; a leading `=`, `+`, `-`, `@`, TAB or CR gets a `'` in front (docs/METHOD.md
    /// "Outputs: general rules").
    case text(String)
    /// An already formatted number, written as given (a leading `-` is a sign, not a formula).
    case number(String)

    /// The characters a spreadsheet could run as a formula at the start of a text cell (docs/METHOD.md
    /// "Outputs: general rules").
    static let formulaStarters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell's content before CSV quoting: text with the formula guard applied.
    var guardedValue: String {
        switch self {
        case .number(let value):
            return value
        case .text(let value):
            guard let first = value.unicodeScalars.first, Self.formulaStarters.contains(Character(first)) else {
                return value
            }
            return "'" + value
        }
    }
}
