/// Small text helpers shared by the value parsers.
///
/// The CSV reader already trims unquoted fields, but a quoted field keeps its spaces, and a
/// spreadsheet may leave a no-break space behind, so every parser trims again.
enum CellText {
    /// The text without whitespace (any Unicode white space, including U+00A0) at either end.
    static func trimmed(_ text: String) -> Substring {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text[start...].lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    /// The trimmed text in lower case, each inner run of whitespace replaced by one space.
    ///
    /// Used for word-like cells (status, role), where "Non  Aktif" means "non aktif".
    static func foldedWords(_ text: String) -> String {
        trimmed(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the scalar is one of the ASCII digits 0–9.
    ///
    /// Other Unicode digits (Arabic-Indic, full-width) are not accepted in numbers or codes.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Whether the text is non-empty and made of ASCII digits only.
    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isDigit)
    }

    /// The value of an all-digit text, or nil when it has other characters or overflows `Int`.
    static func digitsValue(_ text: some StringProtocol) -> Int? {
        guard isDigits(text) else { return nil }
        var value = 0
        for scalar in text.unicodeScalars {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(scalar.value - 48))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }
}
