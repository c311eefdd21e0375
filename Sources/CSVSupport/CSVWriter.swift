/// Builds CSV text: RFC 4180 quoting (a field containing the delimiter, `"`, CR or LF is quoted, quotes doubled), LF
/// line ends, and the formula guard of docs/METHOD.md "Outputs: general rules": a text cell beginning with `=`, `+`,
/// `-`, `@`, TAB or CR gets a leading `'` (numbers never do).
public struct CSVWriter: Sendable {
    /// The field delimiter.
    private let delimiter: Character
    /// The text written so far.
    public private(set) var text: String = ""

    /// Creates an empty writer using `delimiter` between fields.
    public init(delimiter: Character = ",") {
        self.delimiter = delimiter
    }

    /// Appends one row of cells and an LF.
    public mutating func appendRow(_ cells: [CSVCell]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(delimiter) }
            appendField(cell.guardedValue)
        }
        text.append("\n")
    }

    /// Appends one row of text cells and an LF.
    public mutating func appendRow(text cells: [String]) {
        appendRow(cells.map(CSVCell.text))
    }

    /// Appends `value`, quoted when it holds the delimiter, a quote, CR or LF.
    private mutating func appendField(_ value: String) {
        guard needsQuotes(value) else {
            text.append(value)
            return
        }
        text.append("\"")
        text.append(value.replacing("\"", with: "\"\""))
        text.append("\"")
    }

    /// Whether `value` must be quoted. Scalars, not characters: CRLF is one `Character` in Swift.
    private func needsQuotes(_ value: String) -> Bool {
        value.contains(delimiter) || value.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" }
    }
}
