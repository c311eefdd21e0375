import CapplanDomain

/// Two runs side by side, kecamatan by kecamatan: the baseline and a scenario (or last night and
/// tonight). Pure: built from two lists of ``RankedFigures``.
///
/// Every change is scenario minus baseline, so a negative `rankChange` is a climb towards rank 1.
/// A kecamatan ranked on one side only (a scenario may add one with explicit figures, a data
/// revision may drop one) is kept, with the other side nil.
package struct RunComparison: Sendable, Equatable {
    /// One kecamatan in either run.
    package struct Row: Sendable, Equatable {
        /// The kecamatan.
        package var code: KecamatanCode
        /// Its name, from the scenario side when it has one.
        package var name: String
        /// Its figures in the baseline, nil when the baseline does not rank it.
        package var baseline: RankedFigures?
        /// Its figures in the scenario, nil when the scenario does not rank it.
        package var scenario: RankedFigures?

        /// Scenario rank minus baseline rank (negative: moved up); nil when on one side only.
        package var rankChange: Int? { difference(\.rank) }
        /// Scenario minus baseline score.
        package var scoreChange: Double? { difference(\.score) }
        /// Scenario minus baseline population at Y.
        package var populationChange: Double? { difference(\.population) }
        /// Scenario minus baseline workers required at Y.
        package var requiredChange: Double? { difference(\.required) }
        /// Scenario minus baseline training seats at Y.
        package var trainingSeatsChange: Double? { difference(\.trainingSeats) }

        /// Scenario minus baseline seats allocated over B–H; nil when either side has no allocation plan.
        package var allocatedSeatsChange: Int? {
            guard let before = baseline?.allocatedSeats, let after = scenario?.allocatedSeats else { return nil }
            return after - before
        }

        /// True when the kecamatan is on both sides with every figure equal.
        package var isUnchanged: Bool {
            guard let baseline, let scenario else { return false }
            return baseline.rank == scenario.rank && baseline.score == scenario.score
                && baseline.population == scenario.population && baseline.required == scenario.required
                && baseline.trainingSeats == scenario.trainingSeats
                && baseline.allocatedSeats == scenario.allocatedSeats
        }

        private func difference<Value: AdditiveArithmetic>(_ figure: KeyPath<RankedFigures, Value>) -> Value? {
            guard let baseline, let scenario else { return nil }
            return scenario[keyPath: figure] - baseline[keyPath: figure]
        }
    }

    /// The kecamatan in scenario rank order, then those ranked by the baseline only, in baseline
    /// rank order.
    package var rows: [Row]
    /// The size of the "top" the comparison watches (10 by default, as the brief's table).
    package var top: Int

    /// Compares two rankings.
    package init(baseline: [RankedFigures], scenario: [RankedFigures], top: Int = 10) {
        self.top = top
        let before = Dictionary(baseline.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(scenario.map(\.code))
        rows =
            scenario.sorted { ($0.rank, $0.code) < ($1.rank, $1.code) }.map { figures in
                Row(code: figures.code, name: figures.name, baseline: before[figures.code], scenario: figures)
            }
            + baseline.filter { !after.contains($0.code) }.sorted { ($0.rank, $0.code) < ($1.rank, $1.code) }.map {
                Row(code: $0.code, name: $0.name, baseline: $0, scenario: nil)
            }
    }

    /// True when the figures' rank is within the top.
    package func isTop(_ figures: RankedFigures?) -> Bool {
        figures.map { $0.rank <= top } ?? false
    }

    /// Kecamatan in the scenario's top but not the baseline's, in scenario rank order.
    package var enteringTop: [Row] { rows.filter { isTop($0.scenario) && !isTop($0.baseline) } }

    /// Kecamatan in the baseline's top but not the scenario's, in baseline rank order.
    package var leavingTop: [Row] {
        rows.filter { isTop($0.baseline) && !isTop($0.scenario) }.sorted { $0.baseline!.rank < $1.baseline!.rank }
    }

    /// Kecamatan whose rank or any figure differs, or that are on one side only.
    package var changed: [Row] { rows.filter { !$0.isUnchanged } }

    /// True when the two runs rank the same kecamatan with the same figures.
    package var isIdentical: Bool { changed.isEmpty }
}
