/// The plan config's `[region]` table (docs/INPUTS.md "Plan config"): the name of the province planned for, and
/// optionally its code, checked against the kecamatan of the data.
///
/// The name is for reports only (the brief's headline, `summary.json`'s `provinces[].nama`, the workbook's
/// cover); it wins over a regions file's `provinsi` column, with a warning naming both when they differ
/// (docs/METHOD.md "Interpretations" 34).
package struct PlanRegion: Sendable, Equatable {
    /// `province`: the province's name, e.g. "Kalimantan Utara"; nil when not given.
    package var province: String?
    /// `code`: the province's code (`65`), nil when not given.
    package var code: Int?

    /// Creates the table's values; both nil means no `[region]` table.
    package init(province: String? = nil, code: Int? = nil) {
        self.province = province
        self.code = code
    }
}
