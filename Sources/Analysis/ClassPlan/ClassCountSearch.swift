/// The choice of how many classes each venue holds under a class limit (docs/METHOD.md "Class plan"): vectors n
/// with 0 ≤ n[v] ≤ `bounds[v]` and Σ n = `total`, each costed by the transportation flow with room n[v] × batch at
/// venue v.
struct ClassCountSearch {
    /// The transportation problem.
    let flow: TransportationFlow
    /// Most trainees in a class.
    let batchSize: Int
    /// Per venue: min(capacity, classes needed).
    let bounds: [Int]
    /// Σ n of every vector considered: min(class limit, Σ bounds).
    let total: Int
    /// The travel of the flows already solved, by class-count vector (looked up only, never iterated); only the
    /// travel is kept, as a national assignment holds millions of cells.
    private var solved: [[Int]: Int64] = [:]
    /// The most flows the local search solves (``ClassPlanner/searchBudget(kecamatan:venues:)``); the exact
    /// trial is bounded by ``ClassPlanner/exactVectorLimit`` instead.
    let budget: Int
    /// The flows solved so far.
    private(set) var evaluations = 0

    /// A search over `bounds` with vectors summing to `total`, solving at most `budget` flows in a local search.
    init(flow: TransportationFlow, batchSize: Int, bounds: [Int], total: Int, budget: Int = .max) {
        self.flow = flow
        self.batchSize = batchSize
        self.bounds = bounds
        self.total = total
        self.budget = budget
    }

    /// True once the local search has solved its budget of flows: it then stops where it is.
    var exhausted: Bool { evaluations >= budget }

    /// The least travel with room counts[v] × batch at each venue.
    mutating func travel(_ counts: [Int]) -> Int64 {
        if let known = solved[counts] { return known }
        evaluations += 1
        let travel = flow.solve(room: counts.map { $0 * batchSize }).travel
        solved[counts] = travel
        return travel
    }

    /// The least-travel assignment with room counts[v] × batch at each venue.
    func assignment(_ counts: [Int]) -> VenueAssignment {
        flow.solve(room: counts.map { $0 * batchSize })
    }

    /// The vectors, in lexicographic order (n[0] ascending first), counted up to `limit` + 1.
    func vectorCount(upTo limit: Int) -> Int {
        var count = 0
        forEachVector { _ in
            count += 1
            return count <= limit
        }
        return count
    }

    /// Every vector tried: the one of least travel, ties → the lexicographically first.
    mutating func exact() -> [Int] {
        var best: (counts: [Int], travel: Int64)?
        var vectors: [[Int]] = []
        forEachVector { counts in
            vectors.append(counts)
            return true
        }
        for counts in vectors {
            let travel = self.travel(counts)
            if best.map({ travel < $0.travel }) ?? true { best = (counts, travel) }
        }
        return best?.counts ?? bounds
    }

    /// Calls `body` with each vector in lexicographic order until it returns false.
    func forEachVector(_ body: ([Int]) -> Bool) {
        var reachable = [Int](repeating: 0, count: bounds.count + 1)
        for venue in bounds.indices.reversed() { reachable[venue] = reachable[venue + 1] + bounds[venue] }
        guard reachable[0] >= total else { return }
        var counts = [Int](repeating: 0, count: bounds.count)
        _ = fill(from: 0, left: total, reachable: reachable, counts: &counts, body)
    }

    /// Chooses counts[venue...] summing to `left`; false once `body` asked to stop.
    private func fill(
        from venue: Int, left: Int, reachable: [Int], counts: inout [Int], _ body: ([Int]) -> Bool
    ) -> Bool {
        guard venue < bounds.count else { return body(counts) }
        let lowest = max(0, left - reachable[venue + 1])
        let highest = min(bounds[venue], left)
        guard lowest <= highest else { return true }
        for count in lowest...highest {
            counts[venue] = count
            guard fill(from: venue + 1, left: left - count, reachable: reachable, counts: &counts, body) else {
                return false
            }
        }
        counts[venue] = 0
        return true
    }
}
