import CapplanDomain

/// One ranked kecamatan of a run, as a comparison sees it: the figures of `priorities.csv` that a
/// what-if can move (docs/OUTPUTS.md, `priorities.csv`), at the priority year Y, with the precision they are written with.
///
/// Both sides of a comparison are built the same way whether they come from a run folder on disk
/// (`capplan compare`) or from an analysis in memory (`capplan whatif`), so the two agree exactly.
package struct RankedFigures: Sendable, Equatable {
    /// The kecamatan.
    package var code: KecamatanCode
    /// Its name.
    package var name: String
    /// Rank 1 is the highest priority.
    package var rank: Int
    /// The priority score (6 decimals as written).
    package var score: Double
    /// P(k, Y), rounded to a whole resident as written.
    package var population: Double
    /// Workers required at Y, summed over roles.
    package var required: Double
    /// Training seats needed at Y (2 decimals as written).
    package var trainingSeats: Double
    /// Seats the allocation plan hands the kecamatan over B–H (`allocation.csv`), nil when the run
    /// has no allocation plan. It follows the rank: a climb can bring seats earlier or more of them.
    package var allocatedSeats: Int?

    /// Creates the figures of one kecamatan.
    package init(
        code: KecamatanCode, name: String, rank: Int, score: Double, population: Double, required: Double,
        trainingSeats: Double, allocatedSeats: Int? = nil
    ) {
        self.code = code
        self.name = name
        self.rank = rank
        self.score = score
        self.population = population
        self.required = required
        self.trainingSeats = trainingSeats
        self.allocatedSeats = allocatedSeats
    }
}
