/// The bounds a plan and its data must keep (docs/INPUTS.md "Bounds"): far beyond anything a real province
/// reaches, and tight enough that every figure the method derives from them stays a finite number and every
/// whole count fits an `Int`. `validate` rejects what lies outside, so `run` never meets it.
package enum PlanBounds {
    /// The calendar years a config may name.
    package static let years = 1900...2100
    /// The most years from the base year to the horizon: a workforce plan looks 5 to 20 years ahead.
    package static let maximumSpan = 50
    /// Annual growth rates (`default_growth`, a scenario's `pertumbuhan`) lie strictly between these.
    package static let growthRates = (above: -1.0, below: 1.0)
    /// The largest whole count a data cell may hold (a kecamatan's population, desa, cases): about 40 times
    /// Indonesia's population.
    package static let maximumCount = 100_000_000
    /// The largest `per_kecamatan` or `per_desa` norm: workers per kecamatan or per desa.
    package static let maximumPerUnit = 10_000.0
    /// The smallest `population_per_worker` or `cases_per_worker` above 0 (0 switches the norm off): a
    /// worker for fewer than one resident or case is no norm.
    package static let minimumPerWorker = 1.0
    /// The largest `population_per_worker` or `cases_per_worker`: the largest count.
    package static let maximumPerWorker = Double(maximumCount)
    /// The largest `seats_per_year` and `batch_size`.
    package static let maximumSeats = 1_000_000
    /// The largest `valid_years` of a module.
    package static let maximumValidYears = 100
    /// The largest priority weight.
    package static let maximumWeight = 1_000_000.0
    /// The longest cell, in characters (Unicode scalars), a data row may hold; a row with a longer cell is
    /// rejected. The longest kecamatan or desa name is a few dozen characters.
    package static let maximumCellCharacters = 1_000
    /// `[quality] max_rejected_share` when the plan leaves it out: a file may lose at most a tenth of its rows.
    package static let defaultMaxRejectedShare = 0.10
}
