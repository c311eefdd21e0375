import Analysis
import CSVSupport

/// `priorities.csv` (SPEC §4): one row per ranked kecamatan in rank order, values at the priority
/// year Y unless the column is named `_base` (base year B).
public enum PrioritiesCSV {
    /// The columns, in SPEC §4's order.
    public static let header = [
        "rank", "kode_kecamatan", "kecamatan", "kabupaten", "population_base", "population_year", "growth_rate",
        "required", "active", "trained", "staffing_gap", "training_seats", "readiness", "pressure", "active_per_10k",
        "untrained_share_base", "score",
    ]

    /// Renders the ranking. `growth_rate` is g_k over B–H; `required` is written whole when it is whole.
    public static func render(_ analysis: PlanAnalysis) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for ranked in analysis.ranking {
            guard let kecamatan = analysis.kecamatan(ranked.code) else { continue }
            let base = kecamatan.figures(analysis.years.base)
            let year = kecamatan.figures(analysis.years.priority)
            writer.appendRow([
                .number(String(ranked.rank)), .text(ranked.code.description), .text(kecamatan.name),
                .text(kecamatan.kabupaten), .number(NumberFormat.integer(base.population)),
                .number(NumberFormat.integer(year.population)), .number(NumberFormat.share(kecamatan.growth)),
                .number(NumberFormat.required(year.required)), .number(NumberFormat.count(year.active)),
                .number(NumberFormat.count(year.trained)), .number(NumberFormat.count(year.staffingGap)),
                .number(NumberFormat.count(year.trainingSeats)), .number(NumberFormat.share(year.readiness)),
                .number(NumberFormat.integer(year.pressure)), .number(NumberFormat.count(year.activePer10k)),
                .number(NumberFormat.share(base.untrainedShare)), .number(NumberFormat.share(ranked.score)),
            ])
        }
        return writer.text
    }
}
