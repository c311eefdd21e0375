extension PopulationKind {
    /// Reads a `jenis` cell: the Indonesian value or its English word, in any case.
    package static func parse(_ text: String) -> Result<PopulationKind, ValueError> {
        let folded = CellText.foldedWords(text)
        for kind in allCases where folded == kind.rawValue || folded == kind.english {
            return .success(kind)
        }
        return .failure(
            ValueError(
                "unknown kind of figure (allowed: sensus, proyeksi, alokasi, registrasi, turunan)",
                hint: "write sensus, proyeksi, alokasi, registrasi or turunan (or census, projection, allocated, "
                    + "registration, derived), or leave the cell empty"))
    }
}
