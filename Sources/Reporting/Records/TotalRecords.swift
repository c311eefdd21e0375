import Analysis

extension TotalFigures {
    /// A province's or kabupaten's totals in one year: `summary.json` (`provinces[].years`,
    /// `kabupaten[].years`) and the workbook. Ratios are taken from the sums; gaps and seats are
    /// summed per kecamatan, so a surplus in one never offsets a gap in another.
    public static let schema = RecordSchema<TotalFigures>(
        file: "summary.json: provinces[].years, kabupaten[].years", row: "region and year, B to H",
        columns: [
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year.") {
                .integer($0.year)
            },
            .init(
                "kecamatan", id: "Kecamatan", en: "Kecamatan", unit: .kecamatan, kind: .integer,
                meaning: "Kecamatan summed."
            ) { .integer($0.kecamatan) },
            .init(
                "population", id: "Penduduk", en: "Population", unit: .residents, kind: .whole, meaning: "Σ population."
            ) {
                .real($0.population)
            },
            .init("caseload", id: "Kasus", en: "Caseload", unit: .cases, kind: .count, meaning: "Σ caseload.") {
                .real($0.caseload)
            },
            .init(
                "required_tksk", id: "Kebutuhan TKSK", en: "Required TKSK", unit: .workers, kind: .required,
                meaning: "Σ TKSK required.", json: ["required", "tksk"]
            ) { .real($0.requiredTKSK) },
            .init(
                "required_psm", id: "Kebutuhan PSM", en: "Required PSM", unit: .workers, kind: .required,
                meaning: "Σ PSM required.", json: ["required", "psm"]
            ) { .real($0.requiredPSM) },
            .init(
                "required", id: "Kebutuhan pekerja", en: "Workers required", unit: .workers, kind: .required,
                meaning: "Σ workers required.", json: ["required", "total"]
            ) { .real($0.required) },
            .init(
                "active", id: "Pekerja aktif", en: "Active workers", unit: .workers, kind: .count, meaning: "Σ active."
            ) {
                .real($0.active)
            },
            .init(
                "trained", id: "Pekerja terlatih", en: "Trained workers", unit: .workers, kind: .count,
                meaning: "Σ trained."
            ) { .real($0.trained) },
            .init(
                "staffing_gap", id: "Kekurangan pekerja", en: "Staffing gap", unit: .workers, kind: .count,
                meaning: "Σ over kecamatan of the staffing gap."
            ) { .real($0.staffingGap) },
            .init(
                "training_seats", id: "Kebutuhan kursi pelatihan", en: "Training seats needed", unit: .seats,
                kind: .count, meaning: "Σ over kecamatan of the training seats needed."
            ) { .real($0.trainingSeats) },
            .init(
                "readiness", id: "Kesiapan", en: "Readiness", unit: .share, kind: .share,
                meaning: "Readiness from the sums (1 when nothing is required)."
            ) { .real($0.readiness) },
            .init(
                "pressure", id: "Penduduk per pekerja aktif", en: "Residents per active worker",
                unit: .residentsPerWorker, kind: .whole, meaning: "Σ population ÷ Σ active (at least 1)."
            ) {
                .real($0.pressure)
            },
            .init(
                "active_per_10k", id: "Pekerja aktif per 10.000 jiwa", en: "Active workers per 10,000",
                unit: .workersPer10k, kind: .count, meaning: "Σ active per 10,000 residents."
            ) { .real($0.activePer10k) },
            .init(
                "untrained_share", id: "Porsi modul belum dilatih", en: "Untrained share", unit: .share, kind: .share,
                meaning: "Σ missing modules ÷ Σ applicable module slots (1 without slots)."
            ) { .real($0.untrainedShare) },
        ])
}
