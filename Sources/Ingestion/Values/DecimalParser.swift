/// Reads decimal cells: growth rates and areas (docs/INPUTS.md "Numbers", "Scenario").
package enum DecimalParser {
    /// Reads a decimal number written with the file's decimal mark.
    ///
    /// `decimalMark` is `,` for a `;`-delimited file (Indonesian locale) and `.` otherwise
    /// (docs/INPUTS.md "Numbers"); it must be one of the two. The integer part may be grouped in thousands by
    /// the other of `.`/`,` or by a space; a leading `-` or `+` and a trailing `%` (dividing by
    /// 100, a space before it allowed) are read. With mark `,`: `3,5%` → 0.035,
    /// `1.234,5` → 1234.5, `-1,2%` → -0.012, `12` → 12.
    ///
    /// A lone separator of the other kind that cannot be thousands (`3.5` with mark `,`, or
    /// `0.045`) is reported as the wrong decimal mark instead of being read as 35 or 45.
    package static func parse(_ text: String, decimalMark: Character) -> Result<Double, ValueError> {
        precondition(decimalMark == "," || decimalMark == ".", "the decimal mark is , or .")
        let messages = Messages(decimalMark: decimalMark)
        var scalars = CellText.trimmed(text).unicodeScalars
        if scalars.isEmpty {
            return .failure(messages.empty)
        }
        let percent = scalars.last == "%"
        if percent {
            scalars.removeLast()
            while let last = scalars.last, Character(last).isWhitespace { scalars.removeLast() }
        }
        var sign = ""
        if let first = scalars.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            scalars.removeFirst()
        }

        let mark: Unicode.Scalar = decimalMark == "," ? "," : "."
        let otherMark: Unicode.Scalar = decimalMark == "," ? "." : ","
        let grouping: [DigitGrouping.Separator] = [decimalMark == "," ? .point : .comma, .space]
        let parts = scalars.split(separator: mark, omittingEmptySubsequences: false)
        if parts.count > 2 {
            return .failure(messages.twoMarks)
        }
        var fraction = ""
        if parts.count == 2 {
            let fractionPart = parts[1]
            if fractionPart.contains(otherMark) {
                return .failure(messages.wrongMark)
            }
            guard CellText.isDigits(String(fractionPart)) else {
                return .failure(messages.notANumber)
            }
            fraction = String(fractionPart)
        }

        let whole: String
        switch DigitGrouping.read(parts[0], allowed: grouping) {
        case .digits(let digits): whole = digits
        case .notDigits: return .failure(messages.notANumber)
        case .mixedSeparators: return .failure(messages.mixedGrouping)
        case .fraction(let separator) where parts.count == 1 && separator != .space:
            return .failure(messages.wrongMark)
        case .fraction, .misgrouped: return .failure(messages.misgrouped)
        }

        let literal = sign + whole + (fraction.isEmpty ? "" : "." + fraction) + (percent ? "e-2" : "")
        guard let value = Double(literal), value.isFinite else {
            return .failure(ValueError("number too large", hint: "check the value for extra digits"))
        }
        return .success(value == 0 ? 0 : value)
    }

    /// The failure messages, whose examples follow the file's decimal mark.
    private struct Messages {
        let empty: ValueError
        let notANumber: ValueError
        let twoMarks: ValueError
        let wrongMark: ValueError
        let mixedGrouping: ValueError
        let misgrouped: ValueError

        init(decimalMark: Character) {
            let comma = decimalMark == ","
            let examples =
                comma
                ? "write a number such as 3,5 or 1.234,5, or a percentage such as 4,5%"
                : "write a number such as 3.5 or 1,234.5, or a percentage such as 4.5%"
            empty = ValueError("no number given", hint: examples)
            notANumber = ValueError("not a number", hint: examples)
            twoMarks = ValueError(
                "more than one decimal mark",
                hint: comma ? "write one decimal comma, e.g. 1.234,5" : "write one decimal point, e.g. 1,234.5")
            wrongMark =
                comma
                ? ValueError(
                    "decimal point where this file uses a decimal comma",
                    hint: "write 3,5 rather than 3.5: files separated by ; use , as the decimal mark")
                : ValueError(
                    "decimal comma where this file uses a decimal point",
                    hint: "write 3.5 rather than 3,5: only files separated by ; use , as the decimal mark")
            mixedGrouping = ValueError(
                "thousands grouped with mixed separators",
                hint: comma
                    ? "group thousands with one kind of separator: 1.234.567,5 or 1 234 567,5"
                    : "group thousands with one kind of separator: 1,234,567.5 or 1 234 567.5")
            misgrouped = ValueError(
                "thousands grouped wrongly",
                hint: comma
                    ? "group digits in threes (1.234.567,5) or not at all (1234567,5)"
                    : "group digits in threes (1,234,567.5) or not at all (1234567.5)"
            )
        }
    }
}
