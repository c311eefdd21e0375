import Foundation
import Ingestion

/// The training allocation plan (docs/METHOD.md "Training allocation").
public enum TrainingAllocation {
    /// Each year t from B to H hands out `seatsPerYear` whole seats, kecamatan by kecamatan in rank
    /// order, each taking min(its remaining need, seats left); the remaining need is
    /// ⌈training_seats(k,t) − 1e-9⌉ minus the seats allocated to k in earlier years, never below 0.
    /// Classes in year t: ⌈seats allocated in t / batch size⌉. No plan when `seatsPerYear` is 0.
    ///
    /// - Parameter seats: training_seats(k,t) for a kecamatan and year.
    public static func plan(
        ranking: [RankedKecamatan], years: ClosedRange<Int>, seatsPerYear: Int, batchSize: Int,
        seats: (KecamatanCode, Int) -> Double
    ) -> AllocationPlan {
        guard seatsPerYear > 0 else { return .none }
        var given: [KecamatanCode: Int] = [:]
        var entries: [AllocationEntry] = []
        var summary: [AllocationYear] = []
        for year in years {
            var left = seatsPerYear
            var served = 0
            var unmet = 0
            for ranked in ranking {
                let need = max(0, wholeSeats(seats(ranked.code, year)) - given[ranked.code, default: 0])
                let take = min(need, left)
                if take > 0 {
                    entries.append(AllocationEntry(year: year, rank: ranked.rank, code: ranked.code, seats: take))
                    given[ranked.code, default: 0] += take
                    left -= take
                    served += 1
                }
                unmet += need - take
            }
            let handed = seatsPerYear - left
            summary.append(
                AllocationYear(
                    year: year, seats: handed, classes: (handed + batchSize - 1) / batchSize, unmetNeed: unmet,
                    kecamatan: served))
        }
        return AllocationPlan(entries: entries, years: summary)
    }

    /// ⌈seats − 1e-9⌉ as whole seats.
    static func wholeSeats(_ seats: Double) -> Int {
        Int((seats - WorkforceRequirement.epsilon).rounded(.up))
    }
}
