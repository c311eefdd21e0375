import CSVSupport

/// Reads whole-number cells: counts of people, desa, cases (docs/INPUTS.md "Numbers").
package enum IntegerParser {
    /// Reads a whole number, plain (`12345`) or grouped in thousands by `.`, `,` or a space
    /// (`12.345`, `12,345`, `12 345`, `1.234.567`), one kind of separator per number.
    ///
    /// A leading `-` is read only when `allowNegative`. Anything that could be a fraction
    /// (`12.5`, `12,34`, `12345.0`) is rejected rather than guessed at, as are exponents
    /// (`1e3`) and values beyond `Int`, and so is a magnitude above `maximum` (by default
    /// ``PlanBounds/maximumCount``, docs/INPUTS.md "Bounds").
    package static func parse(
        _ text: String, allowNegative: Bool = false, maximum: Int = PlanBounds.maximumCount
    ) -> Result<Int, ValueError> {
        if let value = plainValue(text), value <= maximum { return .success(value) }
        let trimmed = CellText.trimmed(text)
        if trimmed.isEmpty {
            return .failure(ValueError("no number given", hint: digitsHint))
        }
        var scalars = trimmed.unicodeScalars
        let negative = scalars.first == "-"
        if negative { scalars.removeFirst() }

        let digits: String
        switch DigitGrouping.read(scalars, allowed: [.point, .comma, .space]) {
        case .digits(let read): digits = read
        case .notDigits, .fraction: return .failure(ValueError("not a whole number", hint: digitsHint))
        case .mixedSeparators:
            return .failure(
                ValueError(
                    "thousands grouped with mixed separators",
                    hint: "group thousands with one kind of separator: 1.234.567, 1,234,567 or 1 234 567"))
        case .misgrouped:
            return .failure(
                ValueError(
                    "thousands grouped wrongly",
                    hint: "group digits in threes (1.234.567) or not at all (1234567)"))
        }
        guard let magnitude = CellText.digitsValue(digits) else {
            return .failure(ValueError("number too large", hint: "check the value for extra digits"))
        }
        guard magnitude <= maximum else {
            return .failure(
                ValueError(
                    "number above \(Thousands.grouped(maximum))",
                    hint: "no kecamatan count comes near it: check the value for extra digits"))
        }
        if negative {
            guard allowNegative else {
                return .failure(ValueError("negative number", hint: "write a number of 0 or more"))
            }
            return .success(-magnitude)
        }
        return .success(magnitude)
    }

    /// The value of 1 to 18 ASCII digits and nothing else (no sign, space or separator), the common cell,
    /// read without the general path's trimming and grouping; nil for any other text.
    @inline(__always)
    private static func plainValue(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard (1...18).contains(utf8.count) else { return nil }
        var value = 0
        for byte in utf8 {
            guard CellText.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    private static let digitsHint = "write digits only, grouping thousands with . , or a space (12.345)"
}
