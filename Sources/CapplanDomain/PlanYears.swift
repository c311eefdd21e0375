/// The years a run plans for (docs/METHOD.md "Years", docs/INPUTS.md "Plan config"): base year B, horizon H and
/// priority year Y, with B ≤ Y ≤ H.
package struct PlanYears: Sendable, Equatable {
    /// B: `base_year`, or the latest year in the population data.
    package var base: Int
    /// H: `horizon`, or B + 5.
    package var horizon: Int
    /// Y: the year the priority score is taken at (`[priority] year`).
    package var priority: Int

    /// Creates plan years.
    package init(base: Int, horizon: Int, priority: Int) {
        self.base = base
        self.horizon = horizon
        self.priority = priority
    }
}

extension PlanConfig {
    /// Resolves the plan years from the config and the latest population year; nil when neither
    /// the config nor the data gives a base year. Throws when B ≤ Y ≤ H does not hold.
    package func resolveYears(latestDataYear: Int?) throws(ConfigError) -> PlanYears? {
        guard let base = baseYear ?? latestDataYear else { return nil }
        let horizon = self.horizon ?? base + 5
        try validateYears(baseYear: base, horizon: horizon)
        let priority: Int
        switch priorityYear {
        case .horizon: priority = horizon
        case .base: priority = base
        case .year(let year): priority = year
        }
        return PlanYears(base: base, horizon: horizon, priority: priority)
    }
}

extension PopulationTable {
    /// The latest year any population figure is for, or nil when there are none.
    package var latestYear: Int? { kecamatan.values.compactMap { $0.figures.last?.year }.max() }
}
