import Analysis
import Ingestion

/// One kecamatan in one year, as `projection.csv`, `summary.json` (`projection[].years`) and the
/// workbook's Proyeksi sheet show it.
package struct ProjectionRecord: Sendable {
    /// The kecamatan.
    package var code: KecamatanCode
    /// Its name.
    package var name: String
    /// Its figures in the year.
    package var figures: YearFigures

    /// Every kecamatan with population data (code order), every year B…H.
    package static func records(of analysis: PlanAnalysis) -> [ProjectionRecord] {
        analysis.kecamatan.flatMap { kecamatan in
            kecamatan.years.map { ProjectionRecord(code: kecamatan.code, name: kecamatan.name, figures: $0) }
        }
    }
}

extension ProjectionRecord {
    /// The columns of `projection.csv`: the figures of every kecamatan and year, then the per-role columns.
    package static let schema = RecordSchema<ProjectionRecord>(
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
        ] + WorkforceColumns.population(.year) { $0.figures } + WorkforceColumns.columns(.year) { $0.figures }
            + roleColumns)

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
