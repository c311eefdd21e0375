/// The year the priority ranking looks at (docs/INPUTS.md "Plan config" `[priority] year`,
/// docs/METHOD.md "Priority score").
package enum PriorityYear: Sendable, Equatable {
    /// The last planning year (the default).
    case horizon
    /// The first planning year.
    case base
    /// A given calendar year, which must lie between the base year and the horizon.
    case year(Int)

    /// The calendar year this setting stands for, given the run's planning years.
    package func resolved(baseYear: Int, horizon: Int) -> Int {
        switch self {
        case .horizon: horizon
        case .base: baseYear
        case .year(let year): year
        }
    }
}
