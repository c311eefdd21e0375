extension Role {
    /// Reads a role cell (docs/INPUTS.md "Roster").
    ///
    /// Accepts `TKSK` and `PSM` and the full names "Tenaga Kesejahteraan Sosial Kecamatan" and
    /// "Pekerja Sosial Masyarakat", in any case, with any runs of whitespace between words.
    package static func parse(_ text: String) -> Result<Role, ValueError> {
        switch text {  // the spellings nearly every roster uses, without folding
        case "TKSK": return .success(.tksk)
        case "PSM": return .success(.psm)
        default: break
        }
        let folded = CellText.foldedWords(text)
        if folded.isEmpty {
            return .failure(ValueError("no role given", hint: hint))
        }
        for role in allCases where folded == role.rawValue.lowercased() || folded == role.fullName.lowercased() {
            return .success(role)
        }
        return .failure(ValueError("unknown role", hint: hint))
    }

    private static let hint =
        "write TKSK or PSM (or the full name: Tenaga Kesejahteraan Sosial Kecamatan, Pekerja Sosial Masyarakat)"
}
