import Testing

@testable import Analysis
@testable import Ingestion

/// Seats handed out year by year in rank order (docs/METHOD.md "Training allocation").
@Suite struct TrainingAllocationTests {
    private let zero = PriorityComponents(readinessGap: 0, pressure: 0, growth: 0, untrainedShare: 0)
    private var ranking: [RankedKecamatan] {
        ["65.01.03", "65.01.01", "65.01.02"].enumerated().map { index, code in
            RankedKecamatan(rank: index + 1, code: kec(code), score: 1 - Double(index) / 10, components: zero)
        }
    }

    /// training_seats(k,t) for ranks 1, 2, 3 (65.01.03, 65.01.01, 65.01.02).
    private let seats: [String: [Int: Double]] = [
        "65.01.03": [2025: 6, 2026: 6.000_000_000_1, 2027: 8.2],
        "65.01.01": [2025: 7, 2026: 7, 2027: 7],
        "65.01.02": [2025: 3, 2026: 2.5, 2027: 2],
    ]

    private func plan(seatsPerYear: Int) -> AllocationPlan {
        TrainingAllocation.plan(ranking: ranking, years: 2025...2027, seatsPerYear: seatsPerYear, batchSize: 4) {
            code, year in seats[code.description]![year]!
        }
    }

    @Test func seatsRunOutMidRankingAndNeedsCarryOver() {
        // 10 seats a year.
        // 2025: rank 1 needs 6 → 6 (4 left); rank 2 needs 7 → 4 (runs out); rank 3 gets nothing.
        // 2026: rank 1 ⌈6.0000000001 − 1e-9⌉ = 6 − 6 given = 0; rank 2 7 − 4 = 3; rank 3 ⌈2.5⌉ = 3 − 0 = 3.
        // 2027: rank 1 ⌈8.2⌉ = 9 − 6 = 3; rank 2 7 − 7 = 0; rank 3 2 − 3 → 0 (never below 0).
        let plan = plan(seatsPerYear: 10)
        #expect(
            plan.entries == [
                AllocationEntry(year: 2025, rank: 1, code: kec("65.01.03"), seats: 6),
                AllocationEntry(year: 2025, rank: 2, code: kec("65.01.01"), seats: 4),
                AllocationEntry(year: 2026, rank: 2, code: kec("65.01.01"), seats: 3),
                AllocationEntry(year: 2026, rank: 3, code: kec("65.01.02"), seats: 3),
                AllocationEntry(year: 2027, rank: 1, code: kec("65.01.03"), seats: 3),
            ])
        // Classes of 4: ⌈10/4⌉ = 3, ⌈6/4⌉ = 2, ⌈3/4⌉ = 1. Unmet after 2025: 3 + 3 = 6, then 0.
        #expect(
            plan.years == [
                AllocationYear(year: 2025, seats: 10, classes: 3, unmetNeed: 6, kecamatan: 2),
                AllocationYear(year: 2026, seats: 6, classes: 2, unmetNeed: 0, kecamatan: 2),
                AllocationYear(year: 2027, seats: 3, classes: 1, unmetNeed: 0, kecamatan: 1),
            ])
    }

    @Test func classesRoundUp() {
        // 2025 with 13 seats: 6 + 7 = 13 → ⌈13/4⌉ = 4 classes.
        let plan = plan(seatsPerYear: 13)
        #expect(plan.years.first == AllocationYear(year: 2025, seats: 13, classes: 4, unmetNeed: 3, kecamatan: 2))
    }

    @Test func zeroSeatsPerYearGivesNoPlan() {
        #expect(plan(seatsPerYear: 0) == .none)
        #expect(AllocationPlan.none.entries.isEmpty && AllocationPlan.none.years.isEmpty)
    }
}
