/// The local search over class counts, used when the vectors are too many to try them all.
extension ClassCountSearch {
    /// Takes the seeds in turn and improves by ``improve(_:)`` each that starts with less travel than the best
    /// end point so far (the first always); keeps the end point of least travel (ties → the earlier seed).
    mutating func bestOfSearches(from seeds: [[Int]]) -> [Int] {
        var best: (counts: [Int], travel: Int64)?
        for seed in seeds {
            if let found = best, exhausted || travel(seed) >= found.travel { continue }
            let counts = improve(seed)
            let travel = self.travel(counts)
            if best.map({ travel < $0.travel }) ?? true { best = (counts, travel) }
        }
        return best?.counts ?? bounds
    }

    /// Moves one class at a time from a venue u to a venue w (keeping w within its bound) while some move
    /// strictly lowers the travel: the move of least travel first, ties → the lowest u, then the lowest w.
    mutating func improve(_ start: [Int]) -> [Int] {
        var counts = start
        var travel = self.travel(counts)
        while !exhausted {
            var best: (from: Int, to: Int, travel: Int64)?
            for from in counts.indices where counts[from] > 0 && !exhausted {
                for to in counts.indices where to != from && counts[to] < bounds[to] && !exhausted {
                    var moved = counts
                    moved[from] -= 1
                    moved[to] += 1
                    let movedTravel = self.travel(moved)
                    if movedTravel < (best?.travel ?? travel) { best = (from, to, movedTravel) }
                }
            }
            // With the budget spent mid-round, the best move found so far still lowers travel.
            guard let move = best else { return counts }
            counts[move.from] -= 1
            counts[move.to] += 1
            travel = move.travel
        }
        return counts
    }

    /// The class counts of `assignment` (⌈load / batch⌉ per venue), lowered one class at a time to sum to
    /// ``total``: each time the venue whose loss of a class raises the travel least (ties → the lowest index).
    /// Counts summing to less than ``total`` are raised in venue order up to the bounds.
    mutating func trimmed(_ assignment: VenueAssignment) -> [Int] {
        var counts = zip(assignment.classes(batchSize: batchSize), bounds).map { min($0, $1) }
        while counts.reduce(0, +) > total {
            var best: (venue: Int, travel: Int64)?
            for venue in counts.indices where counts[venue] > 0 && !exhausted {
                var fewer = counts
                fewer[venue] -= 1
                let travel = self.travel(fewer)
                if best.map({ travel < $0.travel }) ?? true { best = (venue, travel) }
            }
            // With the budget spent, a class comes off the venue with the most (ties → the lower index).
            let fallback = counts.indices.max { (counts[$0], $1) < (counts[$1], $0) }
            guard let venue = best?.venue ?? fallback else { break }
            counts[venue] -= 1
        }
        return filled(counts)
    }

    /// All classes at `venue` as far as its bound allows, the rest in venue order up to the bounds.
    func allAt(_ venue: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: bounds.count)
        counts[venue] = min(bounds[venue], total)
        return filled(counts)
    }

    /// `counts` raised in venue order, each up to its bound, until they sum to ``total``.
    private func filled(_ counts: [Int]) -> [Int] {
        var result = counts
        var left = total - result.reduce(0, +)
        for venue in result.indices where left > 0 {
            let added = min(left, bounds[venue] - result[venue])
            result[venue] += added
            left -= added
        }
        return result
    }
}
