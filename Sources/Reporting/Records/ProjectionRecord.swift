import Analysis
import Ingestion

/// One kecamatan in one year, as `projection.csv`, `summary.json` (`projection[].years`) and the
/// workbook's Proyeksi sheet show it.
public struct ProjectionRecord: Sendable {
    /// The kecamatan.
    public var code: KecamatanCode
    /// Its name.
    public var name: String
    /// Its figures in the year.
    public var figures: YearFigures

    /// Every kecamatan with population data (code order), every year B…H.
    public static func records(of analysis: PlanAnalysis) -> [ProjectionRecord] {
        analysis.kecamatan.flatMap { kecamatan in
            kecamatan.years.map { ProjectionRecord(code: kecamatan.code, name: kecamatan.name, figures: $0) }
        }
    }
}

extension ProjectionRecord {
    /// The columns of `projection.csv`: the figures of every kecamatan and year, then the per-role columns.
    public static let schema = RecordSchema<ProjectionRecord>(
        file: "projection.csv", row: "kecamatan and year, kecamatan in code order, years B to H",
        columns: [
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan.", formats: [.csv, .workbook]
            ) { .text($0.code.description) },
            .init(
                "kecamatan", id: "Kecamatan", en: "Kecamatan", kind: .text, meaning: "Name of the kecamatan.",
                formats: [.workbook]
            ) { .text($0.name) },
            .init("tahun", id: "Tahun", en: "Year", unit: .year, kind: .integer, meaning: "The year t.") {
                .integer($0.figures.year)
            },
            .init(
                "population", id: "Penduduk", en: "Population", unit: .residents, kind: .whole,
                meaning: "Projected population P(k,t)."
            ) { .real($0.figures.population) },
            .init(
                "caseload", id: "Kasus", en: "Caseload", unit: .cases, kind: .count,
                meaning: "Projected caseload C(k,t); 0 when the population file has no `kasus`."
            ) {
                .real($0.figures.caseload)
            },
            .init(
                "required", id: "Kebutuhan pekerja", en: "Workers required", unit: .workers, kind: .required,
                meaning: "TKSK and PSM the norms require."
            ) { .real($0.figures.required) },
            .init(
                "active", id: "Pekerja aktif", en: "Active workers", unit: .workers, kind: .count,
                meaning: "Active workers expected (after attrition)."
            ) { .real($0.figures.active) },
            .init(
                "trained", id: "Pekerja terlatih", en: "Trained workers", unit: .workers, kind: .count,
                meaning: "Active workers with every applicable module current."
            ) { .real($0.figures.trained) },
            .init(
                "staffing_gap", id: "Kekurangan pekerja", en: "Staffing gap", unit: .workers, kind: .count,
                meaning: "Workers to recruit: required minus active where positive, per role."
            ) {
                .real($0.figures.staffingGap)
            },
            .init(
                "training_seats", id: "Kebutuhan kursi pelatihan", en: "Training seats needed", unit: .seats,
                kind: .count, meaning: "Module seats needed by active workers and the workers still to recruit."
            ) {
                .real($0.figures.trainingSeats)
            },
            .init(
                "readiness", id: "Kesiapan", en: "Readiness", unit: .share, kind: .share,
                meaning: "Share of the needed training that active workers hold (at most 1)."
            ) {
                .real($0.figures.readiness)
            },
            .init(
                "pressure", id: "Penduduk per pekerja aktif", en: "Residents per active worker",
                unit: .residentsPerWorker, kind: .whole,
                meaning: "Population divided by the active workers (at least 1)."
            ) {
                .real($0.figures.pressure)
            },
            .init(
                "active_per_10k", id: "Pekerja aktif per 10.000 jiwa", en: "Active workers per 10,000",
                unit: .workersPer10k, kind: .count, meaning: "Active workers per 10,000 residents."
            ) {
                .real($0.figures.activePer10k)
            },
        ] + roleColumns)

    /// Required, active and trained per role.
    private static let roleColumns: [OutputColumn<ProjectionRecord>] = {
        let figures: [(key: String, id: String, en: String, value: @Sendable (RoleYearFigures) -> Double)] = [
            ("required", "Kebutuhan", "Required", { $0.required }),
            ("active", "Aktif", "Active", { $0.active }),
            ("trained", "Terlatih", "Trained", { $0.trained }),
        ]
        return figures.flatMap { figure in
            Role.allCases.map { role in
                let suffix = role.rawValue.lowercased()
                return OutputColumn<ProjectionRecord>(
                    "\(figure.key)_\(suffix)", id: "\(figure.id) \(role.rawValue)", en: "\(figure.en) \(role.rawValue)",
                    unit: .workers, kind: figure.key == "required" ? .required : .count,
                    meaning: "\(figure.en) workers, \(role.rawValue) only."
                ) { .real(figure.value($0.figures.role(role))) }
            }
        }
    }()
}
