import Analysis
import CSVSupport

/// `training_needs.csv` (SPEC §4): one row per active worker with at least one applicable module
/// not current at the base year, in roster order. Roster IDs only, unless the run kept names
/// (`--with-names`): then a `nama` column follows `id`.
public enum TrainingNeedsCSV {
    /// The columns.
    public static let header = ["id", "kode_kecamatan", "peran", "missing_modules"]

    /// The columns with names.
    public static let headerWithNames = ["id", "nama", "kode_kecamatan", "peran", "missing_modules"]

    /// Renders the needs; `missing_modules` joins module ids with `;` in config order.
    public static func render(_ analysis: PlanAnalysis) -> String {
        let withNames = analysis.trainingNeeds.contains { $0.name != nil }
        var writer = CSVWriter()
        writer.appendRow(text: withNames ? headerWithNames : header)
        for need in analysis.trainingNeeds {
            let modules = need.missingModules.joined(separator: ";")
            let code = need.code.description
            writer.appendRow(
                text: withNames
                    ? [need.id, need.name ?? "", code, need.role.rawValue, modules]
                    : [need.id, code, need.role.rawValue, modules])
        }
        return writer.text
    }
}
