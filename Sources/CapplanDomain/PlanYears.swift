/// The years a run plans for (docs/METHOD.md "Years", docs/INPUTS.md "Plan config"): base year B, horizon H and
/// priority year Y, with B ≤ Y ≤ H.
public struct PlanYears: Sendable, Equatable {
    /// B: `base_year`, or the latest year in the population data.
    public var base: Int
    /// H: `horizon`, or B + 5.
    public var horizon: Int
    /// Y: the year the priority score is taken at (`[priority] year`).
    public var priority: Int

    /// Creates plan years.
    public init(base: Int, horizon: Int, priority: Int) {
        self.base = base
        self.horizon = horizon
        self.priority = priority
    }
}

extension PlanConfig {
    /// Resolves the plan years from the config and the latest population year; nil when neither
    /// the config nor the data gives a base year. Throws when B ≤ Y ≤ H does not hold.
    public func resolveYears(latestDataYear: Int?) throws(ConfigError) -> PlanYears? {
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
    public var latestYear: Int? { kecamatan.values.compactMap { $0.figures.last?.year }.max() }
}
