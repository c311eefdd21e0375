/// Header names as matched against a table's columns and their aliases (docs/INPUTS.md "Header").
package enum HeaderName {
    /// Folds a header cell to the form aliases are written in.
    ///
    /// Trims, lowercases, and turns each run of whitespace, `-`, `.`, `/` and `_` into one `_`,
    /// dropping any at either end: `Kabupaten/Kota` → `kabupaten_kota`,
    /// ` Jumlah  Penduduk ` → `jumlah_penduduk`, `Kode.Kecamatan` → `kode_kecamatan`.
    /// Other characters are kept as they are (lowercased).
    package static func fold(_ raw: String) -> String {
        var folded = ""
        var pendingSeparator = false
        for character in raw.lowercased() {
            if character.isWhitespace || "-./_".contains(character) {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !folded.isEmpty {
                folded.append("_")
            }
            pendingSeparator = false
            folded.append(character)
        }
        return folded
    }
}
