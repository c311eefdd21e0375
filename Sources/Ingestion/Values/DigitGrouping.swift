/// Reads a run of digits that may be grouped in thousands (docs/INPUTS.md "Numbers"), for whole numbers and
/// the integer part of decimals.
///
/// A grouped number has one kind of separator, a first group of one to three digits that does
/// not start with 0, and groups of exactly three after it: `1.234.567`, `12 345`.
enum DigitGrouping {
    /// A kind of thousands separator; the three space characters count as one kind.
    enum Separator: Equatable {
        case point, comma, space

        init?(_ scalar: Unicode.Scalar) {
            switch scalar {
            case ".": self = .point
            case ",": self = .comma
            case " ", "\u{00A0}", "\u{202F}": self = .space
            default: return nil
            }
        }
    }

    /// What a run of digits and separators turned out to be.
    enum Outcome: Equatable {
        /// The digits with the separators removed.
        case digits(String)
        /// Empty, a character that is neither a digit nor an allowed separator, or an empty group.
        case notDigits
        /// More than one kind of separator.
        case mixedSeparators
        /// One separator whose groups cannot be thousands (`12.5`, `12345.0`, `0.045`): most
        /// likely a fraction written with that separator as decimal mark.
        case fraction(Separator)
        /// Several separators, but not in groups of three (`1.23.456`, `1234.567`).
        case misgrouped
    }

    /// Splits `scalars` into thousands groups, allowing only the separators in `allowed`.
    static func read(_ scalars: some Collection<Unicode.Scalar>, allowed: [Separator]) -> Outcome {
        var groups: [String] = [""]
        var kind: Separator?
        for scalar in scalars {
            if CellText.isDigit(scalar) {
                groups[groups.count - 1].unicodeScalars.append(scalar)
                continue
            }
            guard let separator = Separator(scalar), allowed.contains(separator) else { return .notDigits }
            if let kind, kind != separator { return .mixedSeparators }
            kind = separator
            groups.append("")
        }
        if groups.contains(where: \.isEmpty) { return .notDigits }
        guard let kind else { return .digits(groups[0]) }
        let first = groups[0]
        let last = groups[groups.count - 1]
        if groups.count == 2 && (last.count != 3 || first.hasPrefix("0")) {
            return .fraction(kind)
        }
        if first.count > 3 || first.hasPrefix("0") || groups.dropFirst().contains(where: { $0.count != 3 }) {
            return .misgrouped
        }
        return .digits(groups.joined())
    }
}
