/// Small text helpers shared by the value parsers.
///
/// The CSV reader already trims unquoted fields, but a quoted field keeps its spaces, and a
/// spreadsheet may leave a no-break space behind, so every parser trims again.
enum CellText {
    /// The text without whitespace (any Unicode white space, including U+00A0) at either end.
    ///
    /// Most cells start and end with a visible ASCII character; those are returned untouched
    /// without looking at Unicode properties (this runs for every cell of a million-row roster).
    static func trimmed(_ text: String) -> Substring {
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, isVisibleASCII(first), isVisibleASCII(last) {
            return text[...]
        }
        let start = text.firstIndex { !$0.isWhitespace } ?? text.endIndex
        let end = text[start...].lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? start
        return text[start..<end]
    }

    /// The trimmed text in lower case, each inner run of whitespace replaced by one space.
    ///
    /// Used for word-like cells (status, role), where "Non  Aktif" means "non aktif".
    static func foldedWords(_ text: String) -> String {
        if text.utf8.allSatisfy(isVisibleASCII) { return text.lowercased() }
        return trimmed(text).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the scalar is one of the ASCII digits 0–9.
    ///
    /// Other Unicode digits (Arabic-Indic, full-width) are not accepted in numbers or codes.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// Whether the UTF-8 byte is one of the ASCII digits 0–9.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether the text is non-empty and made of ASCII digits only.
    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isDigit)
    }

    /// The value of an all-digit text, or nil when it has other characters or overflows `Int`.
    static func digitsValue(_ text: some StringProtocol) -> Int? {
        guard isDigits(text) else { return nil }
        var value = 0
        for byte in text.utf8 {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(byte &- 0x30))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    /// Whether the scalar is a control character that a name or a cell never holds: C0 controls (U+0000–U+001F)
    /// other than tab, and DEL. They cannot be written to a workbook (XML has no NUL) and break a brief's lines.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// The first control character of `text` (``isControl(_:)``), or nil.
    static func firstControl(_ text: some StringProtocol) -> Unicode.Scalar? {
        // Each of these characters is one byte in UTF-8, and no byte of a longer character is below 0x80.
        var text = String(text)
        return text.withUTF8 { bytes in
            bytes.first { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }.map { Unicode.Scalar($0) }
        }
    }

    /// `U+0000`: how a message names a character without printing it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A cell kept as text (a name, a source, a worker ID): refused when it holds a control character, which
    /// a brief or a workbook cannot show (docs/INPUTS.md "Every CSV file").
    static func kept(_ text: String) -> Result<String, ValueError> {
        guard let control = firstControl(text) else { return .success(text) }
        return .failure(
            ValueError(
                "holds the control character \(codePoint(control))",
                hint: "remove it: the file may be damaged; export it again as plain text"))
    }

    /// A printable ASCII character other than space (`!` to `~`).
    @inline(__always)
    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte &- 0x21 < 0x5E }
}
