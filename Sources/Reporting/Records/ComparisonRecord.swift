import Analysis

/// One kecamatan of a what-if comparison, as `comparison.csv` shows it: the baseline and the
/// scenario side by side, every `_change` scenario minus baseline (a negative `rank_change` is a climb).
package struct ComparisonRecord: Sendable {
    /// The compared figures.
    package var row: RunComparison.Row
    /// In the baseline's top N.
    package var topBaseline: Bool
    /// In the scenario's top N.
    package var topScenario: Bool

    /// The records of `comparison`, in its row order (scenario rank).
    package static func records(of comparison: RunComparison) -> [ComparisonRecord] {
        comparison.rows.map {
            ComparisonRecord(
                row: $0, topBaseline: comparison.isTop($0.baseline), topScenario: comparison.isTop($0.scenario))
        }
    }

    /// `both`, `baseline_only` or `scenario_only`.
    package var presence: String {
        switch (row.baseline, row.scenario) {
        case (.some, .some): "both"
        case (.some, .none): "baseline_only"
        default: "scenario_only"
        }
    }
}

extension ComparisonRecord {
    /// `comparison.csv`: figures keep the kind (and so the precision) of their `priorities.csv` column.
    package static let schema = RecordSchema<ComparisonRecord>(
        file: "comparison.csv", row: "kecamatan ranked on either side, in scenario rank order",
        columns: [
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan."
            ) { .text($0.row.code.description) },
            .init("kecamatan", id: "Kecamatan", en: "Kecamatan", kind: .text, meaning: "Name of the kecamatan.") {
                .text($0.row.name)
            },
        ]
            + sides("rank", id: "Peringkat", en: "Rank", unit: .rank, kind: .integer, what: "rank") {
                $0.map { .integer($0.rank) } ?? .missing
            } change: {
                .init($0.rankChange.map(FigureValue.integer))
            }
            + figure("score", priority: "score") {
                $0.score
            } change: {
                $0.scoreChange
            }
            + figure("population", priority: "population_year") {
                $0.population
            } change: {
                $0.populationChange
            }
            + figure("required", priority: "required") {
                $0.required
            } change: {
                $0.requiredChange
            }
            + figure("training_seats", priority: "training_seats") {
                $0.trainingSeats
            } change: {
                $0.trainingSeatsChange
            }
            + sides(
                "allocated_seats", id: "Kursi dialokasikan", en: "Seats allocated", unit: .seats, kind: .integer,
                what: "seats of the allocation plan over B–H (empty without a plan)"
            ) {
                $0?.allocatedSeats.map(FigureValue.integer) ?? .missing
            } change: {
                .init($0.allocatedSeatsChange.map(FigureValue.integer))
            } + [
                .init(
                    "top_baseline", id: "10 besar (dasar)", en: "Top N, baseline", kind: .flag,
                    meaning: "Whether the kecamatan is in the baseline's top N (`--top`)."
                ) { .flag($0.topBaseline) },
                .init(
                    "top_scenario", id: "10 besar (skenario)", en: "Top N, scenario", kind: .flag,
                    meaning: "Whether the kecamatan is in the scenario's top N."
                ) { .flag($0.topScenario) },
                .init(
                    "presence", id: "Ada di", en: "Present in", kind: .text,
                    meaning: "`both`, `baseline_only` or `scenario_only`; the other side's cells are empty."
                ) {
                    .text($0.presence)
                },
            ])

    /// `NAME_baseline`, `NAME_scenario`, `NAME_change` for one figure of `priorities.csv`.
    private static func figure(
        _ name: String, priority: String, _ value: @escaping @Sendable (RankedFigures) -> Double,
        change: @escaping @Sendable (RunComparison.Row) -> Double?
    ) -> [OutputColumn<ComparisonRecord>] {
        let source = PriorityRecord.schema.columns.first { $0.name == priority }
        return sides(
            name, id: source?.labelID ?? name, en: source?.labelEN ?? name, unit: source?.unit ?? .none,
            kind: source?.kind ?? .share, what: "`\(priority)` of priorities.csv"
        ) {
            $0.map { .real(value($0)) } ?? .missing
        } change: {
            .init(change($0).map(FigureValue.real))
        }
    }

    /// The baseline, scenario and change columns of one figure.
    private static func sides(
        _ name: String, id: String, en: String, unit: FigureUnit, kind: FigureKind, what: String,
        _ value: @escaping @Sendable (RankedFigures?) -> FigureValue,
        change: @escaping @Sendable (RunComparison.Row) -> FigureValue
    ) -> [OutputColumn<ComparisonRecord>] {
        [
            .init(
                name + "_baseline", id: id + " (dasar)", en: en + " (baseline)", unit: unit, kind: kind,
                meaning: "The baseline's \(what)."
            ) { value($0.row.baseline) },
            .init(
                name + "_scenario", id: id + " (skenario)", en: en + " (scenario)", unit: unit, kind: kind,
                meaning: "The scenario's \(what)."
            ) { value($0.row.scenario) },
            .init(
                name + "_change", id: id + " (perubahan)", en: en + " (change)", unit: unit, kind: kind,
                meaning: "Scenario minus baseline; empty when one side is missing."
            ) { change($0.row) },
        ]
    }
}

extension FigureValue {
    /// A value, or ``missing`` for nil.
    init(_ value: FigureValue?) { self = value ?? .missing }
}
