import Testing

@testable import Analysis
@testable import Ingestion

/// The bounds of "Normalisation" and the criterion of "Ties" that decides an order (docs/METHOD.md).
@Suite("PriorityNormalisation and PriorityRanking.comparison")
struct PriorityNormalisationTests {
    private let zero = PriorityComponents(readinessGap: 0, pressure: 0, growth: 0, untrainedShare: 0)

    private func candidate(
        _ code: String, score: Double, seats: Double = 0, population: Double = 0
    )
        -> PriorityRanking.Candidate
    {
        PriorityRanking.Candidate(
            code: kec(code), score: score, trainingSeats: seats, population: population, components: zero)
    }

    @Test("bounds are the run's min and max; rescaling agrees with normalised(_:)")
    func bounds() {
        let bounds = PriorityNormalisation.Bounds(over: [5, 3, 9])
        #expect(bounds == PriorityNormalisation.Bounds(min: 3, max: 9))
        #expect(bounds?.rescaled(5) == PriorityRanking.normalised([3, 5, 9])[1])
        #expect(PriorityNormalisation.Bounds(over: []) == nil)
        #expect(PriorityNormalisation.Bounds(min: 2.5, max: 2.5).rescaled(2.5) == 0)
    }

    @Test("components: pressure and growth rescaled, readiness gap and untrained share as they are")
    func components() {
        let raw = [
            RawPriorityComponents(readinessGap: 0.75, pressure: 1000, growth: 0.01, untrainedShare: 0.4),
            RawPriorityComponents(readinessGap: 0.5, pressure: 3000, growth: 0.03, untrainedShare: 0.2),
            RawPriorityComponents(readinessGap: 0.25, pressure: 2000, growth: 0.02, untrainedShare: 0.1),
        ]
        let normalisation = PriorityNormalisation(over: raw)!
        #expect(normalisation.pressure == PriorityNormalisation.Bounds(min: 1000, max: 3000))
        #expect(normalisation.growth == PriorityNormalisation.Bounds(min: 0.01, max: 0.03))
        #expect(
            normalisation.components(raw[2])
                == PriorityComponents(
                    readinessGap: 0.25, pressure: 0.5, growth: (0.02 - 0.01) / (0.03 - 0.01), untrainedShare: 0.1))
        #expect(PriorityNormalisation(over: []) == nil)
    }

    @Test("the criterion that decides: score at 9 decimals, then seats, population, code")
    func criterion() {
        let higher = PriorityRanking.comparison(candidate("65.01.01", score: 0.6), candidate("65.01.02", score: 0.5))
        #expect(higher.criterion == .score)
        #expect(higher.aFirst)
        let seats = PriorityRanking.comparison(
            candidate("65.01.01", score: 0.500_000_000_4, seats: 8), candidate("65.01.02", score: 0.5, seats: 12))
        #expect(seats.criterion == .trainingSeats)
        #expect(!seats.aFirst)
        let population = PriorityRanking.comparison(
            candidate("65.01.01", score: 0.5, seats: 8, population: 2000),
            candidate("65.01.02", score: 0.5, seats: 8, population: 1000))
        #expect(population.criterion == .population)
        #expect(population.aFirst)
        let code = PriorityRanking.comparison(
            candidate("65.02.01", score: 0.5, seats: 8), candidate("65.01.09", score: 0.5, seats: 8))
        #expect(code.criterion == .code)
        #expect(!code.aFirst)
        let same = PriorityRanking.comparison(candidate("65.01.01", score: 0.5), candidate("65.01.01", score: 0.5))
        #expect(same.criterion == .code)
        #expect(!same.aFirst)
    }
}
