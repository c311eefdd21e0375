import CapplanDomain
import Foundation

/// The priority score and ranking (docs/METHOD.md "Priority score", "Normalisation", "Ties").
package enum PriorityRanking {
    /// norm(x) = (x − min) / (max − min) over all kecamatan of the run; 0 for all when max = min.
    package static func normalised(_ values: [Double]) -> [Double] {
        guard let bounds = PriorityNormalisation.Bounds(over: values) else { return [] }
        return values.map(bounds.rescaled)
    }

    /// score = (w₁ · readiness gap + w₂ · norm(pressure) + w₃ · norm(growth) + w₄ · untrained share) / Σw.
    package static func score(_ components: PriorityComponents, weights: PriorityWeights) -> Double {
        components.contributions(weights).reduce(0, +)
    }

    /// `value` rounded to 9 decimals: scores (and, for the tie-breaks, seats and populations) are
    /// compared at this precision so floating-point noise never decides a rank.
    package static func rounded9(_ value: Double) -> Double {
        (value * 1e9).rounded(.toNearestOrAwayFromZero) / 1e9
    }

    /// One kecamatan as the ranking sees it.
    package struct Candidate: Sendable {
        /// Kemendagri code (the last tie-break: smaller first).
        package var code: KecamatanCode
        /// The score.
        package var score: Double
        /// training_seats at Y (first tie-break: more first).
        package var trainingSeats: Double
        /// P(k,Y) (second tie-break: larger first).
        package var population: Double
        /// The components behind the score.
        package var components: PriorityComponents

        /// Creates a candidate.
        package init(
            code: KecamatanCode, score: Double, trainingSeats: Double, population: Double,
            components: PriorityComponents
        ) {
            self.code = code
            self.score = score
            self.trainingSeats = trainingSeats
            self.population = population
            self.components = components
        }

        /// A kecamatan as the ranking sees it: its score and components, with training seats and
        /// population at the priority year Y for the tie-breaks.
        package init(_ kecamatan: KecamatanAnalysis, years: PlanYears, score: Double, components: PriorityComponents) {
            let atY = kecamatan.figures(years.priority)
            self.init(
                code: kecamatan.code, score: score, trainingSeats: atY.trainingSeats, population: atY.population,
                components: components)
        }
    }

    /// What decides the order of two kecamatan (docs/METHOD.md "Ties"), in the order it is tried.
    package enum Criterion: String, Sendable, CaseIterable, Equatable {
        /// The higher score, compared at 9 decimals.
        case score
        /// Equal scores: more training seats at Y.
        case trainingSeats = "training_seats"
        /// Equal seats too: the larger population at Y.
        case population
        /// Equal populations too: the smaller code.
        case code
    }

    /// The first criterion on which `a` and `b` differ, and whether `a` ranks before `b` by it. Two
    /// candidates with the same code differ on nothing: `code`, and `a` does not rank first.
    package static func comparison(_ a: Candidate, _ b: Candidate) -> (criterion: Criterion, aFirst: Bool) {
        let (scoreA, scoreB) = (rounded9(a.score), rounded9(b.score))
        if scoreA != scoreB { return (.score, scoreA > scoreB) }
        let (seatsA, seatsB) = (rounded9(a.trainingSeats), rounded9(b.trainingSeats))
        if seatsA != seatsB { return (.trainingSeats, seatsA > seatsB) }
        let (populationA, populationB) = (rounded9(a.population), rounded9(b.population))
        if populationA != populationB { return (.population, populationA > populationB) }
        return (.code, a.code < b.code)
    }

    /// Ranks candidates: rank 1 is the highest score (compared after rounding to 9 decimals); ties
    /// go to more training seats at Y, then the larger population at Y, then the smaller code.
    package static func rank(_ candidates: [Candidate]) -> [RankedKecamatan] {
        order(candidates).enumerated().map { index, position in
            let candidate = candidates[position]
            return RankedKecamatan(
                rank: index + 1, code: candidate.code, score: candidate.score, components: candidate.components)
        }
    }

    /// The positions in `candidates` in rank order: the order of ``comparison(_:_:)``, with each candidate's
    /// rounded values taken once.
    static func order(_ candidates: [Candidate]) -> [Int] {
        let keys = candidates.map {
            (score: rounded9($0.score), seats: rounded9($0.trainingSeats), population: rounded9($0.population))
        }
        return candidates.indices.sorted { a, b in
            if keys[a].score != keys[b].score { return keys[a].score > keys[b].score }
            if keys[a].seats != keys[b].seats { return keys[a].seats > keys[b].seats }
            if keys[a].population != keys[b].population { return keys[a].population > keys[b].population }
            return candidates[a].code < candidates[b].code
        }
    }
}
