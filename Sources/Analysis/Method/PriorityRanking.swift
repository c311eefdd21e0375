import Foundation
import Ingestion

/// The priority score and ranking (docs/METHOD.md "Priority score", "Normalisation", "Ties").
public enum PriorityRanking {
    /// norm(x) = (x − min) / (max − min) over all kecamatan of the run; 0 for all when max = min.
    public static func normalised(_ values: [Double]) -> [Double] {
        guard let low = values.min(), let high = values.max(), high > low else {
            return Array(repeating: 0, count: values.count)
        }
        return values.map { ($0 - low) / (high - low) }
    }

    /// score = (w₁ · readiness gap + w₂ · norm(pressure) + w₃ · norm(growth) + w₄ · untrained share) / Σw.
    public static func score(_ components: PriorityComponents, weights: PriorityWeights) -> Double {
        components.contributions(weights).reduce(0, +)
    }

    /// `value` rounded to 9 decimals: scores (and, for the tie-breaks, seats and populations) are
    /// compared at this precision so floating-point noise never decides a rank.
    public static func rounded9(_ value: Double) -> Double {
        (value * 1e9).rounded(.toNearestOrAwayFromZero) / 1e9
    }

    /// One kecamatan as the ranking sees it.
    public struct Candidate: Sendable {
        /// Kemendagri code (the last tie-break: smaller first).
        public var code: KecamatanCode
        /// The score.
        public var score: Double
        /// training_seats at Y (first tie-break: more first).
        public var trainingSeats: Double
        /// P(k,Y) (second tie-break: larger first).
        public var population: Double
        /// The components behind the score.
        public var components: PriorityComponents

        /// Creates a candidate.
        public init(
            code: KecamatanCode, score: Double, trainingSeats: Double, population: Double,
            components: PriorityComponents
        ) {
            self.code = code
            self.score = score
            self.trainingSeats = trainingSeats
            self.population = population
            self.components = components
        }
    }

    /// Ranks candidates: rank 1 is the highest score (compared after rounding to 9 decimals); ties
    /// go to more training seats at Y, then the larger population at Y, then the smaller code.
    public static func rank(_ candidates: [Candidate]) -> [RankedKecamatan] {
        let ordered = candidates.sorted { a, b in
            let (scoreA, scoreB) = (rounded9(a.score), rounded9(b.score))
            if scoreA != scoreB { return scoreA > scoreB }
            let (seatsA, seatsB) = (rounded9(a.trainingSeats), rounded9(b.trainingSeats))
            if seatsA != seatsB { return seatsA > seatsB }
            let (populationA, populationB) = (rounded9(a.population), rounded9(b.population))
            if populationA != populationB { return populationA > populationB }
            return a.code < b.code
        }
        return ordered.enumerated().map { index, candidate in
            RankedKecamatan(
                rank: index + 1, code: candidate.code, score: candidate.score, components: candidate.components)
        }
    }
}
