import Testing

@testable import Analysis
@testable import Ingestion

/// Normalisation, score and ranking with its tie-breaks (docs/METHOD.md "Priority score", "Normalisation", "Ties").
@Suite struct PriorityRankingTests {
    private let zero = PriorityComponents(readinessGap: 0, pressure: 0, growth: 0, untrainedShare: 0)

    private func candidate(
        _ code: String, score: Double, seats: Double = 0, population: Double = 0
    )
        -> PriorityRanking.Candidate
    {
        PriorityRanking.Candidate(
            code: kec(code), score: score, trainingSeats: seats, population: population, components: zero)
    }

    @Test func normalisation() {
        // min 3, max 9: (3 − 3)/6 = 0, (5 − 3)/6 = 1/3, (9 − 3)/6 = 1.
        let normalised = PriorityRanking.normalised([3, 5, 9])
        #expect(normalised.count == 3)
        for (value, expected) in zip(normalised, [0, 1.0 / 3, 1]) { expectClose(value, expected) }
    }

    @Test func normalisationWithMaxEqualMinIsZero() {
        #expect(PriorityRanking.normalised([2.5, 2.5, 2.5]) == [0, 0, 0])
        #expect(PriorityRanking.normalised([7]) == [0])
    }

    @Test func scoreWithDefaultWeights() {
        // (0.4 · 0.5 + 0.3 · 1 + 0.15 · 0.25 + 0.15 · 0.2) / 1 = 0.2 + 0.3 + 0.0375 + 0.03 = 0.5675
        let components = PriorityComponents(readinessGap: 0.5, pressure: 1, growth: 0.25, untrainedShare: 0.2)
        expectClose(PriorityRanking.score(components, weights: .defaults), 0.5675)
    }

    @Test func scoreIsDividedByTheWeightSum() {
        // (2 · 0.5 + 2 · 1 + 0 + 0) / 4 = 0.75
        let components = PriorityComponents(readinessGap: 0.5, pressure: 1, growth: 0.25, untrainedShare: 0.2)
        let weights = PriorityWeights(readinessGap: 2, pressure: 2)
        expectClose(PriorityRanking.score(components, weights: weights), 0.75)
    }

    @Test func higherScoreRanksFirst() {
        // 0.500000002 vs 0.500000001 differ at the 9th decimal: the higher score wins despite fewer seats.
        let ranked = PriorityRanking.rank([
            candidate("65.01.01", score: 0.500_000_001, seats: 50),
            candidate("65.01.02", score: 0.500_000_002, seats: 1),
            candidate("65.01.03", score: 0.9),
        ])
        #expect(ranked.map(\.code) == [kec("65.01.03"), kec("65.01.02"), kec("65.01.01")])
        #expect(ranked.map(\.rank) == [1, 2, 3])
    }

    @Test func equalScoresToNineDecimalsGoToMoreTrainingSeats() {
        // 0.5 and 0.5000000004 both round to 0.500000000: tie → 12 seats beats 8.
        let ranked = PriorityRanking.rank([
            candidate("65.01.01", score: 0.500_000_000_4, seats: 8, population: 90000),
            candidate("65.01.02", score: 0.5, seats: 12, population: 1000),
        ])
        #expect(ranked.map(\.code) == [kec("65.01.02"), kec("65.01.01")])
    }

    @Test func thenLargerPopulation() {
        let ranked = PriorityRanking.rank([
            candidate("65.01.01", score: 0.5, seats: 8, population: 1000),
            candidate("65.01.02", score: 0.5, seats: 8, population: 2000),
        ])
        #expect(ranked.map(\.code) == [kec("65.01.02"), kec("65.01.01")])
    }

    @Test func thenSmallerCode() {
        let ranked = PriorityRanking.rank([
            candidate("65.02.01", score: 0.5, seats: 8, population: 1000),
            candidate("65.01.09", score: 0.5, seats: 8, population: 1000),
        ])
        #expect(ranked.map(\.code) == [kec("65.01.09"), kec("65.02.01")])
    }

    @Test func rankedEntryKeepsScoreAndComponents() {
        let components = PriorityComponents(readinessGap: 0.5, pressure: 1, growth: 0.25, untrainedShare: 0.2)
        let ranked = PriorityRanking.rank([
            PriorityRanking.Candidate(
                code: kec("65.01.01"), score: 0.5675, trainingSeats: 3, population: 100, components: components)
        ])
        #expect(ranked == [RankedKecamatan(rank: 1, code: kec("65.01.01"), score: 0.5675, components: components)])
    }
}
