import CapplanDomain
import Foundation

/// The training allocation plan (docs/METHOD.md "Training allocation").
package enum TrainingAllocation {
    /// Each year t from B to H hands out `seatsPerYear` whole seats, kecamatan by kecamatan in rank
    /// order, each taking min(its remaining need, seats left); the remaining need is
    /// ⌈training_seats(k,t) − 1e-9⌉ minus the seats allocated to k in earlier years, never below 0.
    /// Classes in year t: ⌈seats allocated in t / batch size⌉. No plan when `seatsPerYear` is 0. A need counts
    /// for at most ``maximumSeatNeed`` seats a year.
    ///
    /// - Parameter seats: training_seats(k,t) for a kecamatan and year.
    package static func plan(
        ranking: [RankedKecamatan], years: ClosedRange<Int>, seatsPerYear: Int, batchSize: Int,
        seats: (KecamatanCode, Int) -> Double
    ) -> AllocationPlan {
        plan(ranking: ranking, years: years, seatsPerYear: seatsPerYear, batchSize: batchSize, distinctCodes: false) {
            position, year in seats(ranking[position].code, year)
        }
    }

    /// ``plan(ranking:years:seatsPerYear:batchSize:seats:)`` with training_seats(k,t) asked by the kecamatan's
    /// position in `ranking`: `seatsAt(position, year)`. `distinctCodes` says that no code comes twice in
    /// `ranking`, which spares matching the positions of a code.
    static func plan(
        ranking: [RankedKecamatan], years: ClosedRange<Int>, seatsPerYear: Int, batchSize: Int, distinctCodes: Bool,
        seatsAt: (Int, Int) -> Double
    ) -> AllocationPlan {
        guard seatsPerYear > 0 else { return .none }
        // Seats given so far, per code: `owner[position]` is the first position of the same code.
        var firstPosition: [KecamatanCode: Int] = [:]
        let owner =
            distinctCodes
            ? Array(ranking.indices)
            : ranking.indices.map { position in
                let code = ranking[position].code
                if let first = firstPosition[code] { return first }
                firstPosition[code] = position
                return position
            }
        var given = [Int](repeating: 0, count: ranking.count)
        var entries: [AllocationEntry] = []
        var summary: [AllocationYear] = []
        for year in years {
            var left = seatsPerYear
            var served = 0
            var unmet = 0
            for (position, ranked) in ranking.enumerated() {
                let need = max(0, wholeSeats(seatsAt(position, year)) - given[owner[position]])
                let take = min(need, left)
                if take > 0 {
                    entries.append(AllocationEntry(year: year, rank: ranked.rank, code: ranked.code, seats: take))
                    given[owner[position]] += take
                    left -= take
                    served += 1
                }
                unmet += need - take
            }
            let handed = seatsPerYear - left
            summary.append(
                AllocationYear(
                    year: year, seats: handed, classes: handed / batchSize + (handed % batchSize > 0 ? 1 : 0),
                    unmetNeed: unmet,
                    kecamatan: served))
        }
        return AllocationPlan(entries: entries, years: summary)
    }

    /// The most seats a kecamatan's need counts for in one year (docs/METHOD.md "Training allocation"): no
    /// province trains near it, and a million kecamatan codes of it each still sum within `Int`.
    package static let maximumSeatNeed = 1_000_000_000_000

    /// ⌈seats − 1e-9⌉ as whole seats, 0 when it is not above 0 (or not a number), at most
    /// ``maximumSeatNeed``.
    static func wholeSeats(_ seats: Double) -> Int {
        let whole = (seats - WorkforceRequirement.epsilon).rounded(.up)
        guard whole > 0 else { return 0 }
        guard whole < Double(maximumSeatNeed) else { return maximumSeatNeed }
        return Int(whole)
    }
}
