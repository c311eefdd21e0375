/// The class plan of one year: classes formed, venues chosen, total travel least (docs/METHOD.md "Class plan").
package enum ClassPlanner {
    /// Above this many class-count vectors the choice under a class limit is a local search, not a full trial.
    package static let exactVectorLimit = 20_000

    /// The plan of least total travel; nil when no plan fits (the capacities or the class limit hold fewer
    /// than Σ seats trainees).
    package static func solve(_ problem: ClassPlanProblem) -> ClassPlanSolution? {
        solve(problem, exactVectorLimit: exactVectorLimit)
    }

    /// ``solve(_:)`` trying every class-count vector when they are at most `exactVectorLimit`.
    static func solve(_ problem: ClassPlanProblem, exactVectorLimit: Int, budget: Int? = nil) -> ClassPlanSolution? {
        problem.checkShape()
        let batch = problem.batchSize
        let needed = problem.classesNeeded
        guard needed > 0 else { return ClassPlanSolution(classes: [], totalTravel: 0, provenOptimal: true) }
        // A venue never usefully holds more classes than all trainees need.
        let bounds = problem.capacities.map { min($0 ?? needed, needed) }
        let total = min(problem.classLimit ?? Int.max, bounds.reduce(0, +))
        guard total >= needed else { return nil }
        let flow = TransportationFlow(seats: problem.seats, travel: problem.travel, venueCount: bounds.count)
        var free = flow.cheapest()
        if zip(free.loads, bounds).contains(where: { $0 > $1 * batch }) {
            free = flow.solve(room: bounds.map { $0 * batch })
        }
        guard let limit = problem.classLimit, free.classes(batchSize: batch).reduce(0, +) > limit else {
            return ClassForming.solution(free, batchSize: batch, provenOptimal: true)
        }
        var search = ClassCountSearch(
            flow: flow, batchSize: batch, bounds: bounds, total: total,
            budget: budget ?? searchBudget(kecamatan: problem.seats.count, venues: bounds.count))
        if search.vectorCount(upTo: exactVectorLimit) <= exactVectorLimit {
            let best = search.assignment(search.exact())
            return ClassForming.solution(best, batchSize: batch, provenOptimal: true)
        }
        let seeds = [search.trimmed(free)] + bounds.indices.map { search.allAt($0) }
        let best = search.assignment(search.bestOfSearches(from: seeds))
        // No limit can beat the plan without one: reaching its travel proves the optimum.
        return ClassForming.solution(best, batchSize: batch, provenOptimal: best.travel == free.travel)
    }

    /// Naive plan 1: every trainee at venue `venue`, capacities ignored, in ⌈Σ seats / batch⌉ classes; its
    /// total travel.
    /// The most flows a local search solves: 20,000, fewer as the problem grows (50,000,000 ÷ (kecamatan × venues),
    /// at least 50), so that no plan, however large, keeps a run from ending; where the budget runs out the plan
    /// is the best found so far and not proven optimal.
    package static func searchBudget(kecamatan: Int, venues: Int) -> Int {
        max(50, min(20_000, 50_000_000 / max(1, kecamatan * venues)))
    }

    package static func allAt(_ venue: Int, _ problem: ClassPlanProblem) -> Int64 {
        zip(problem.seats, problem.travel).reduce(0) { $0 + Int64($1.0) * $1.1[venue] }
    }

    /// Naive plan 2: each kecamatan's trainees at its nearest venue (least travel, ties → the lower venue
    /// index), kecamatan not mixed, in Σ ⌈seats / batch⌉ classes; its total travel and classes. Needs a venue
    /// when any kecamatan has seats.
    package static func nearestUnmixed(_ problem: ClassPlanProblem) -> (travel: Int64, classes: Int) {
        var travel: Int64 = 0
        var classes = 0
        for (seats, row) in zip(problem.seats, problem.travel) where seats > 0 {
            guard let nearest = row.min() else { preconditionFailure("seats with no venue") }
            travel += Int64(seats) * nearest
            classes += (seats + problem.batchSize - 1) / problem.batchSize
        }
        return (travel, classes)
    }
}
