import Analysis
import CSVSupport

/// `allocation.csv` (SPEC §4): the seats each kecamatan gets each year, by year then rank; the
/// header alone when `seats_per_year` is 0. Classes per year are in `summary.json` and the brief.
public enum AllocationCSV {
    /// The columns.
    public static let header = ["tahun", "rank", "kode_kecamatan", "seats"]

    /// Renders the plan's entries.
    public static func render(_ analysis: PlanAnalysis) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for entry in analysis.allocation.entries {
            writer.appendRow([
                .number(String(entry.year)), .number(String(entry.rank)), .text(entry.code.description),
                .number(String(entry.seats)),
            ])
        }
        return writer.text
    }
}
