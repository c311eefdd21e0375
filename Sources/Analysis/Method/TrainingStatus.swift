import CapplanDomain

/// Whether a worker's modules are current (docs/METHOD.md "Training status").
package enum TrainingStatus {
    /// A module completed in year `completed` is current at `year` when completed ≤ year and
    /// (valid_years = 0 or year − completed < valid_years): a refresher is due `valid_years` after
    /// completion. Never completed (nil) is never current.
    package static func isCurrent(completed: Int?, at year: Int, validYears: Int) -> Bool {
        guard let completed, completed <= year else { return false }
        return validYears == 0 || year - completed < validYears
    }

    /// The modules that apply to `role` (ρ ∈ m.roles), as indices into `modules`.
    package static func applicable(_ modules: [TrainingModule], to role: Role) -> [Int] {
        modules.indices.filter { modules[$0].roles.contains(role) }
    }
}
