import Analysis
import Ingestion

extension TrainingNeed {
    /// `training_needs.csv` and the workbook's Kebutuhan pelatihan sheet: roster IDs only; the
    /// `nama` column exists only in a run with `--with-names` (``schemaWithNames``).
    package static let schema = RecordSchema<TrainingNeed>(
        file: "training_needs.csv",
        row: "active worker missing at least one applicable module at the base year, in roster order",
        columns: columns(withNames: false))

    /// The same record with the worker's name after the ID (`capplan run --with-names`).
    package static let schemaWithNames = RecordSchema<TrainingNeed>(
        file: "training_needs.csv", row: schema.rowMeaning, columns: columns(withNames: true))

    private static func columns(withNames: Bool) -> [OutputColumn<TrainingNeed>] {
        let name = OutputColumn<TrainingNeed>(
            "nama", id: "Nama", en: "Name", kind: .text,
            meaning: "The worker's name: only in a run with `--with-names`, never otherwise.", formats: [.csv]
        ) { .text($0.name ?? "") }
        return [
            .init("id", id: "ID pekerja", en: "Worker ID", kind: .text, meaning: "The worker's roster ID.") {
                .text($0.id)
            }
        ] + (withNames ? [name] : []) + [
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the worker's kecamatan."
            ) { .text($0.code.description) },
            .init("peran", id: "Peran", en: "Role", kind: .text, meaning: "`TKSK` or `PSM`.") {
                .text($0.role.rawValue)
            },
            .init(
                "missing_modules", id: "Modul belum dimiliki", en: "Missing modules", kind: .text,
                meaning: "Ids of the applicable modules not current at B, in config order, joined by `;`."
            ) {
                .text($0.missingModulesText)
            },
        ]
    }
}
