/// The choice of how many classes each venue holds under a class limit (docs/METHOD.md "Class plan: forming
/// classes and choosing venues"): vectors n with 0 ≤ n[v] ≤ `bounds[v]` and Σ n = `total`, each costed by the
/// transportation flow with room n[v] × batch at venue v.
struct ClassCountSearch {
    /// The transportation problem.
    let flow: TransportationFlow
    /// Most trainees in a class.
    let batchSize: Int
    /// Per venue: min(capacity, classes needed).
    let bounds: [Int]
    /// Σ n of every vector considered: min(class limit, Σ bounds).
    let total: Int
    /// Flows already solved, by class-count vector (looked up only, never iterated).
    private var solved: [[Int]: VenueAssignment] = [:]

    /// A search over `bounds` with vectors summing to `total`.
    init(flow: TransportationFlow, batchSize: Int, bounds: [Int], total: Int) {
        self.flow = flow
        self.batchSize = batchSize
        self.bounds = bounds
        self.total = total
    }

    /// The least-travel assignment with room counts[v] × batch at each venue.
    mutating func assignment(_ counts: [Int]) -> VenueAssignment {
        if let known = solved[counts] { return known }
        let result = flow.solve(room: counts.map { $0 * batchSize })
        solved[counts] = result
        return result
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
            let travel = assignment(counts).travel
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
