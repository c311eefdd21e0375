/// The weights of the priority score's four components (docs/INPUTS.md "Plan config" `[priority] weights`,
/// docs/METHOD.md "Priority score").
///
/// The score divides by ``sum``, so only the weights' proportions matter. All weights are ≥ 0 and not all 0.
package struct PriorityWeights: Sendable, Equatable {
    /// Weight of the readiness gap, 1 − readiness at the priority year.
    package var readinessGap: Double
    /// Weight of the normalised pressure (population per active worker) at the priority year.
    package var pressure: Double
    /// Weight of the normalised population growth rate over the planning years.
    package var growth: Double
    /// Weight of the untrained share in the base year.
    package var untrainedShare: Double

    /// The four weights added up: the score's divisor.
    package var sum: Double { readinessGap + pressure + growth + untrainedShare }

    /// Creates weights; a weight left out is 0.
    package init(readinessGap: Double = 0, pressure: Double = 0, growth: Double = 0, untrainedShare: Double = 0) {
        self.readinessGap = readinessGap
        self.pressure = pressure
        self.growth = growth
        self.untrainedShare = untrainedShare
    }

    /// The weights of the example in docs/INPUTS.md "Plan config", used when the config gives no `weights` table.
    package static let defaults = PriorityWeights(readinessGap: 0.4, pressure: 0.3, growth: 0.15, untrainedShare: 0.15)
}
