import CapplanTestSupport

@testable import Analysis

/// Checks shared by the class plan tests: what every plan must satisfy, and an oracle that knows nothing of flows.
enum ClassPlanCheck {
    /// What `solution` breaks of the rules for `problem` (empty when none): every class of 1...batch trainees
    /// at a venue, members by kecamatan ascending; each kecamatan's seats all placed; per venue ⌈load / batch⌉
    /// classes within its capacity; classes within the limit; the travel equal to Σ seats × travel.
    static func violations(_ solution: ClassPlanSolution, _ problem: ClassPlanProblem) -> [String] {
        var found: [String] = []
        var placed = [Int](repeating: 0, count: problem.seats.count)
        var loads = [Int](repeating: 0, count: problem.capacities.count)
        var classes = [Int](repeating: 0, count: problem.capacities.count)
        var travel: Int64 = 0
        var previousVenue = 0
        for planned in solution.classes {
            if planned.trainees < 1 || planned.trainees > problem.batchSize { found.append("class size") }
            if planned.venue < previousVenue { found.append("venue order") }
            previousVenue = planned.venue
            let order = planned.members.map(\.kecamatan)
            if order != order.sorted() || Set(order).count != order.count { found.append("member order") }
            for member in planned.members {
                if member.seats < 1 { found.append("empty member") }
                placed[member.kecamatan] += member.seats
                travel += Int64(member.seats) * problem.travel[member.kecamatan][planned.venue]
            }
            loads[planned.venue] += planned.trainees
            classes[planned.venue] += 1
        }
        if placed != problem.seats { found.append("seats placed") }
        for venue in loads.indices {
            if classes[venue] != (loads[venue] + problem.batchSize - 1) / problem.batchSize {
                found.append("classes at venue \(venue)")
            }
            if let capacity = problem.capacities[venue], classes[venue] > capacity { found.append("capacity") }
        }
        if let limit = problem.classLimit, classes.reduce(0, +) > limit { found.append("limit") }
        if travel != solution.totalTravel { found.append("travel") }
        return found
    }

    /// The least total travel over every split of each kecamatan's seats over the venues that fits the
    /// capacities and the limit, by brute force; nil when no split fits.
    static func bruteForce(_ problem: ClassPlanProblem) -> Int64? {
        var best: Int64?
        var loads = [Int](repeating: 0, count: problem.capacities.count)
        func split(_ kecamatan: Int, _ venue: Int, _ left: Int, _ travel: Int64) {
            if kecamatan == problem.seats.count {
                if fits(loads, problem), best.map({ travel < $0 }) ?? true { best = travel }
                return
            }
            let last = venue == problem.capacities.count - 1
            for seats in (last ? left...left : 0...left) {
                loads[venue] += seats
                let cost = travel + Int64(seats) * problem.travel[kecamatan][venue]
                if last {
                    let next = kecamatan + 1
                    split(next, 0, next < problem.seats.count ? problem.seats[next] : 0, cost)
                } else {
                    split(kecamatan, venue + 1, left - seats, cost)
                }
                loads[venue] -= seats
            }
        }
        if problem.capacities.isEmpty { return problem.seats.allSatisfy { $0 == 0 } ? 0 : nil }
        split(0, 0, problem.seats.first ?? 0, 0)
        return best
    }

    /// Whether venue loads fit: ⌈load / batch⌉ within each capacity, and their sum within the limit.
    private static func fits(_ loads: [Int], _ problem: ClassPlanProblem) -> Bool {
        let classes = loads.map { ($0 + problem.batchSize - 1) / problem.batchSize }
        for (count, capacity) in zip(classes, problem.capacities) where count > (capacity ?? Int.max) { return false }
        return classes.reduce(0, +) <= (problem.classLimit ?? Int.max)
    }

    /// A tiny random problem: 1–4 kecamatan with Σ seats ≤ 8, 1–3 venues of capacity nil, 1 or 2, batch 2–4,
    /// travel 0–9, and no limit or one of ⌈Σ / batch⌉ − 1 ... ⌈Σ / batch⌉ + 1 (at least 0).
    static func tinyProblem(_ random: inout SeededGenerator) -> ClassPlanProblem {
        let kecamatan = 1 + random.below(4)
        let venues = 1 + random.below(3)
        var seats: [Int] = []
        for _ in 0..<kecamatan { seats.append(min(random.below(5), 8 - seats.reduce(0, +))) }
        let batch = 2 + random.below(3)
        let capacities: [Int?] = (0..<venues).map { _ in [nil, 1, 2][random.below(3)] }
        let travel = (0..<kecamatan).map { _ in (0..<venues).map { _ in Int64(random.below(10)) } }
        let needed = (seats.reduce(0, +) + batch - 1) / batch
        let limit = random.below(2) == 0 ? nil : max(0, needed - 1 + random.below(3))
        return ClassPlanProblem(
            batchSize: batch, seats: seats, capacities: capacities, travel: travel, classLimit: limit)
    }
}
