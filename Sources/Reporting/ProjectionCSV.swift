import Analysis
import CSVSupport

/// `projection.csv` (SPEC §4): one row per kecamatan (code order) and year B…H. SPEC's listed
/// columns come first in SPEC's order; the per-role columns for required, active and trained follow.
public enum ProjectionCSV {
    /// The columns.
    public static let header = [
        "kode_kecamatan", "tahun", "population", "caseload", "required", "active", "trained", "staffing_gap",
        "training_seats", "readiness", "pressure", "active_per_10k", "required_tksk", "required_psm", "active_tksk",
        "active_psm", "trained_tksk", "trained_psm",
    ]

    /// Renders every kecamatan with population data, every year.
    public static func render(_ analysis: PlanAnalysis) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for kecamatan in analysis.kecamatan {
            for year in kecamatan.years {
                writer.appendRow([.text(kecamatan.code.description)] + cells(year))
            }
        }
        return writer.text
    }

    /// The cells after `kode_kecamatan`.
    static func cells(_ year: YearFigures) -> [CSVCell] {
        [
            String(year.year), NumberFormat.integer(year.population), NumberFormat.count(year.caseload),
            NumberFormat.required(year.required), NumberFormat.count(year.active), NumberFormat.count(year.trained),
            NumberFormat.count(year.staffingGap), NumberFormat.count(year.trainingSeats),
            NumberFormat.share(year.readiness), NumberFormat.integer(year.pressure),
            NumberFormat.count(year.activePer10k), NumberFormat.required(year.tksk.required),
            NumberFormat.required(year.psm.required), NumberFormat.count(year.tksk.active),
            NumberFormat.count(year.psm.active), NumberFormat.count(year.tksk.trained),
            NumberFormat.count(year.psm.trained),
        ].map(CSVCell.number)
    }
}
