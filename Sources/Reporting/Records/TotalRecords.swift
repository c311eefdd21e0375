import Analysis

extension TotalFigures {
    /// A province's or kabupaten's totals in one year: `summary.json` (`provinces[].years`,
    /// `kabupaten[].years`) and the workbook. Ratios are taken from the sums; gaps and seats are
    /// summed per kecamatan, so a surplus in one never offsets a gap in another.
    package static let schema = RecordSchema<TotalFigures>(
        file: "summary.json: provinces[].years, kabupaten[].years", row: "region and year, B to H",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year.") {
                .integer($0.year)
            },
            .init(
                "kecamatan", id: "Kecamatan", en: "Kecamatan", unit: .kecamatan, kind: .integer,
                meaning: "Kecamatan summed."
            ) { .integer($0.kecamatan) },
        ] + WorkforceColumns.population(.region) { $0 } + [
            .init(
                "required_tksk", id: "Kebutuhan TKSK", en: "Required TKSK", unit: .workers, kind: .required,
                meaning: "Σ TKSK required.", json: ["required", "tksk"]
            ) { .real($0.requiredTKSK) },
            .init(
                "required_psm", id: "Kebutuhan PSM", en: "Required PSM", unit: .workers, kind: .required,
                meaning: "Σ PSM required.", json: ["required", "psm"]
            ) { .real($0.requiredPSM) },
        ] + WorkforceColumns.columns(.region, requiredJSON: ["required", "total"]) { $0 } + [
            .init(
                "untrained_share", id: "Porsi modul belum dilatih", en: "Untrained share", unit: .share, kind: .share,
                meaning: "Σ missing modules ÷ Σ applicable module slots (1 without slots)."
            ) { .real($0.untrainedShare) }
        ])
}
