import CapplanTestSupport
import Testing

@testable import Analysis

/// The class plan against a brute-force oracle and the naive plans, on seeded random problems.
@Suite struct ClassPlanOracleTests {
    @Test func solveMatchesBruteForceOnTinyProblems() {
        var random = SeededGenerator(seed: 13)
        var feasible = 0
        var chosen = 0
        for _ in 0..<400 {
            let problem = ClassPlanCheck.tinyProblem(&random)
            let solution = ClassPlanner.solve(problem)
            #expect(solution?.totalTravel == ClassPlanCheck.bruteForce(problem), "\(problem)")
            guard let solution else { continue }
            feasible += 1
            if let limit = problem.classLimit, unlimitedClasses(problem) > limit { chosen += 1 }
            #expect(ClassPlanCheck.violations(solution, problem).isEmpty, "\(problem)")
            #expect(solution.provenOptimal)
            #expect(ClassPlanner.solve(problem) == solution)
        }
        // The seeded cases: how many had a plan, and how many of those needed class counts chosen under the
        // limit (the plan without it has more classes).
        #expect([feasible, chosen] == [308, 6])
    }

    @Test func classCountsChosenUnderALimitMatchBruteForce() {
        let problems = limitedProblems(seed: 16)
        for problem in problems {
            let solution = ClassPlanner.solve(problem)
            #expect(solution?.totalTravel == ClassPlanCheck.bruteForce(problem), "\(problem)")
            #expect(solution.map { ClassPlanCheck.violations($0, problem) } ?? [] == [], "\(problem)")
            #expect(solution?.provenOptimal ?? true)
        }
        #expect(problems.count == 300)
    }

    @Test func localSearchIsFeasibleAndNeverBelowTheOptimum() {
        // The exact trial turned off: the local search instead.
        var feasible = 0
        var optimal = 0
        var proven = 0
        for problem in limitedProblems(seed: 14) {
            let oracle = ClassPlanCheck.bruteForce(problem)
            let solution = ClassPlanner.solve(problem, exactVectorLimit: 0)
            #expect((solution == nil) == (oracle == nil), "\(problem)")
            guard let solution, let oracle else { continue }
            #expect(ClassPlanCheck.violations(solution, problem).isEmpty, "\(problem)")
            #expect(solution.totalTravel >= oracle, "\(problem)")
            if solution.provenOptimal { #expect(solution.totalTravel == oracle, "\(problem)") }
            feasible += 1
            if solution.totalTravel == oracle { optimal += 1 }
            if solution.provenOptimal { proven += 1 }
        }
        // On problems this small the search always reaches the optimum; 54 times it reaches the travel of the
        // plan without the limit, which proves it.
        #expect([feasible, optimal, proven] == [300, 300, 54])
    }

    /// 300 tiny problems (of at most 20,000 drawn) with a limit of ⌈Σ / batch⌉ or one more that the plan
    /// without the limit exceeds: the class counts must be chosen.
    private func limitedProblems(seed: UInt64) -> [ClassPlanProblem] {
        var random = SeededGenerator(seed: seed)
        var problems: [ClassPlanProblem] = []
        for _ in 0..<20_000 where problems.count < 300 {
            var problem = ClassPlanCheck.tinyProblem(&random)
            let limit = problem.classesNeeded + random.below(2)
            problem.classLimit = limit
            if unlimitedClasses(problem) > limit { problems.append(problem) }
        }
        return problems
    }

    @Test func neverWorseThanTheNaivePlans() {
        var random = SeededGenerator(seed: 15)
        var compared = 0
        for _ in 0..<300 {
            var problem = ClassPlanCheck.tinyProblem(&random)
            problem.seats = problem.seats.map { $0 + random.below(4) }
            for exactLimit in [ClassPlanner.exactVectorLimit, 0] {
                guard let solution = ClassPlanner.solve(problem, exactVectorLimit: exactLimit) else { continue }
                for venue in problem.capacities.indices where allFitAt(venue, problem) {
                    #expect(solution.totalTravel <= ClassPlanner.allAt(venue, problem), "\(problem)")
                    compared += 1
                }
            }
            problem.capacities = problem.capacities.map { _ in nil }
            problem.classLimit = nil
            #expect(ClassPlanner.solve(problem)?.totalTravel == ClassPlanner.nearestUnmixed(problem).travel)
        }
        #expect(compared == 376)
    }

    @Test(
        "a local search that runs out of flows to solve still gives a plan within the rules, never proven unless it is the best"
    )
    func budgetSpent() {
        var plans = 0
        for problem in limitedProblems(seed: 23) {
            for budget in [1, 2, 5] {
                guard let solution = ClassPlanner.solve(problem, exactVectorLimit: 0, budget: budget) else {
                    Issue.record("no plan for \(problem)")
                    continue
                }
                #expect(ClassPlanCheck.violations(solution, problem).isEmpty, "\(problem)")
                let best = ClassPlanCheck.bruteForce(problem)
                #expect(best.map { solution.totalTravel >= $0 } ?? false)
                if solution.provenOptimal { #expect(solution.totalTravel == best) }
                plans += 1
            }
        }
        #expect(plans == 900)
        #expect(ClassPlanner.searchBudget(kecamatan: 55, venues: 5) == 20_000)
        #expect(ClassPlanner.searchBudget(kecamatan: 55, venues: 55) == 16_528)
        #expect(ClassPlanner.searchBudget(kecamatan: 7_000, venues: 500) == 50)
    }

    /// The classes of the plan for `problem` without its class limit.
    private func unlimitedClasses(_ problem: ClassPlanProblem) -> Int {
        var unlimited = problem
        unlimited.classLimit = nil
        return ClassPlanner.solve(unlimited)?.classes.count ?? 0
    }

    /// Whether venue `venue` may hold every trainee: ⌈Σ seats / batch⌉ within its capacity and the limit.
    private func allFitAt(_ venue: Int, _ problem: ClassPlanProblem) -> Bool {
        let needed = (problem.seats.reduce(0, +) + problem.batchSize - 1) / problem.batchSize
        return needed <= problem.capacities[venue] ?? Int.max && needed <= problem.classLimit ?? Int.max
    }
}
