import CapplanTestSupport
import Testing

@testable import Analysis

/// The class plan at the sizes it is meant for: a province (55 kecamatan, 5 or 20 venues, a class limit) and a
/// national run without limits (7,000 kecamatan, 500 venues); seeded random travel 0–99,999.
@Suite struct ClassPlanScaleTests {
    @Test func aProvinceWithFiveVenuesAndEightClassesIsSolvedExactly() throws {
        // 0–7 seats each, batch 25: ⌈Σ / 25⌉ = 8 classes needed, 8 allowed; C(12, 4) = 495 class-count vectors.
        let problem = randomProblem(kecamatan: 55, venues: 5, limit: 8, seed: 1)
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(ClassPlanCheck.violations(solution, problem) == [])
        #expect(solution.classes.count == 8 && solution.totalTravel == 3_303_209 && solution.provenOptimal)
        // Unmixed at the nearest venues: 3,211,357 but 46 classes. The best single venue: 8,476,211.
        #expect(ClassPlanner.nearestUnmixed(problem) == (travel: 3_211_357, classes: 46))
        #expect(problem.capacities.indices.map { ClassPlanner.allAt($0, problem) }.min() == 8_476_211)
        // The local search finds the same plan here, without the proof.
        let searched = try #require(ClassPlanner.solve(problem, exactVectorLimit: 0))
        #expect(searched.classes == solution.classes && !searched.provenOptimal)
    }

    @Test func aProvinceWithTwentyVenuesIsSearchedLocally() throws {
        // 20 venues and 10 classes: C(29, 19) = 20,030,010 vectors, too many to try.
        let problem = randomProblem(kecamatan: 55, venues: 20, limit: 10, seed: 2)
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(ClassPlanCheck.violations(solution, problem) == [])
        #expect(solution.classes.count == 10 && solution.totalTravel == 1_429_728 && !solution.provenOptimal)
        #expect(problem.capacities.indices.map { ClassPlanner.allAt($0, problem) }.min() == 8_021_298)
    }

    @Test func aNationalRunWithoutLimitsPlacesEachKecamatanAtItsNearestVenue() throws {
        let problem = randomProblem(kecamatan: 7_000, venues: 500, limit: nil, seed: 3)
        let solution = try #require(ClassPlanner.solve(problem))
        #expect(solution.totalTravel == 4_972_548 && solution.classes.count == 1_230 && solution.provenOptimal)
        #expect(ClassPlanner.nearestUnmixed(problem) == (travel: 4_972_548, classes: 6_101))
        #expect(ClassPlanCheck.violations(solution, problem) == [])
    }

    /// `kecamatan` × `venues` with 0–7 seats each, batch 25, no capacities, travel 0–99,999.
    private func randomProblem(kecamatan: Int, venues: Int, limit: Int?, seed: UInt64) -> ClassPlanProblem {
        var random = SeededGenerator(seed: seed)
        let seats = (0..<kecamatan).map { _ in random.below(8) }
        let travel = (0..<kecamatan).map { _ in (0..<venues).map { _ in Int64(random.below(100_000)) } }
        return ClassPlanProblem(
            batchSize: 25, seats: seats, capacities: Array(repeating: nil, count: venues), travel: travel,
            classLimit: limit)
    }
}
