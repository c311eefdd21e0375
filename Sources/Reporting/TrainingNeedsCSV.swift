import Analysis
import CSVSupport

/// `training_needs.csv` (SPEC §4): one row per active worker with at least one applicable module
/// not current at the base year, in roster order. Roster IDs only: no names.
public enum TrainingNeedsCSV {
    /// The columns.
    public static let header = ["id", "kode_kecamatan", "peran", "missing_modules"]

    /// Renders the needs; `missing_modules` joins module ids with `;` in config order.
    public static func render(_ analysis: PlanAnalysis) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for need in analysis.trainingNeeds {
            writer.appendRow(text: [
                need.id, need.code.description, need.role.rawValue, need.missingModules.joined(separator: ";"),
            ])
        }
        return writer.text
    }
}
