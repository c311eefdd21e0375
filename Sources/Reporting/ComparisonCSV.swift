import Analysis
import CSVSupport

/// `comparison.csv`: the baseline and the scenario side by side, one row per kecamatan in scenario
/// rank order (docs/METHOD.md "What-if runs"). Every `_change` is scenario minus baseline, so a
/// negative `rank_change` is a climb; figures keep the precision of `priorities.csv`. A kecamatan
/// `allocated_seats_*` are the seats of the allocation plan over B–H (empty without a plan). A kecamatan
/// ranked on one side only has empty cells for the other side and its changes, and says so in
/// `presence`.
public enum ComparisonCSV {
    /// The columns.
    public static let header = [
        "kode_kecamatan", "kecamatan", "rank_baseline", "rank_scenario", "rank_change", "score_baseline",
        "score_scenario", "score_change", "population_baseline", "population_scenario", "population_change",
        "required_baseline", "required_scenario", "required_change", "training_seats_baseline",
        "training_seats_scenario", "training_seats_change", "allocated_seats_baseline", "allocated_seats_scenario",
        "allocated_seats_change", "top_baseline", "top_scenario", "presence",
    ]

    /// Renders the comparison.
    public static func render(_ comparison: RunComparison) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for row in comparison.rows {
            let baseline = row.baseline
            let scenario = row.scenario
            func number(_ value: Double?, _ format: (Double) -> String) -> CSVCell { .number(value.map(format) ?? "") }
            func rank(_ value: Int?) -> CSVCell { .number(value.map(String.init) ?? "") }
            writer.appendRow([
                .text(row.code.description), .text(row.name),
                rank(baseline?.rank), rank(scenario?.rank), rank(row.rankChange),
                number(baseline?.score, NumberFormat.share), number(scenario?.score, NumberFormat.share),
                number(row.scoreChange, NumberFormat.share),
                number(baseline?.population, NumberFormat.integer), number(scenario?.population, NumberFormat.integer),
                number(row.populationChange, NumberFormat.integer),
                number(baseline?.required, NumberFormat.required), number(scenario?.required, NumberFormat.required),
                number(row.requiredChange, NumberFormat.required),
                number(baseline?.trainingSeats, NumberFormat.count),
                number(scenario?.trainingSeats, NumberFormat.count),
                number(row.trainingSeatsChange, NumberFormat.count),
                rank(baseline?.allocatedSeats), rank(scenario?.allocatedSeats), rank(row.allocatedSeatsChange),
                .text(flag(comparison.isTop(baseline))), .text(flag(comparison.isTop(scenario))),
                .text(presence(row)),
            ])
        }
        return writer.text
    }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// `both`, `baseline_only` or `scenario_only`.
    static func presence(_ row: RunComparison.Row) -> String {
        switch (row.baseline, row.scenario) {
        case (.some, .some): "both"
        case (.some, .none): "baseline_only"
        default: "scenario_only"
        }
    }
}
