/// Reads a worker's status flag (docs/INPUTS.md "Roster").
package enum StatusParser {
    /// Reads a status cell; `true` means active.
    ///
    /// Active: `aktif`, `active`, `ya`, `y`, `1`, `true`. Inactive: `nonaktif`, `non aktif`,
    /// `non-aktif`, `tidak aktif`, `inactive`, `tidak`, `n`, `0`, `false`. Case does not matter
    /// and runs of whitespace count as one space. A blank cell is the caller's to default.
    package static func parse(_ text: String) -> Result<Bool, ValueError> {
        switch text {  // the spellings nearly every roster uses, without folding
        case "aktif": return .success(true)
        case "nonaktif": return .success(false)
        default: break
        }
        let folded = CellText.foldedWords(text)
        if folded.isEmpty {
            return .failure(ValueError("no status given", hint: hint))
        }
        if active.contains(folded) { return .success(true) }
        if inactive.contains(folded) { return .success(false) }
        return .failure(ValueError("unknown status", hint: hint))
    }

    /// The spellings read as active.
    static let active: Set = ["aktif", "active", "ya", "y", "1", "true"]
    /// The spellings read as inactive.
    static let inactive: Set = [
        "nonaktif", "non aktif", "non-aktif", "tidak aktif", "inactive", "tidak", "n", "0", "false",
    ]

    private static let hint = "write aktif or nonaktif (also: active, inactive, ya, tidak, 1, 0)"
}
