/// Seats placed over venues: `placed[k * venueCount + v]` trainees of kecamatan k at venue v.
struct VenueAssignment: Sendable, Equatable {
    /// Venues per kecamatan row of ``placed``.
    var venueCount: Int
    /// Trainees of kecamatan k at venue v, at `k * venueCount + v`.
    var placed: [Int]
    /// Trainees per venue.
    var loads: [Int]
    /// Σ placed × travel.
    var travel: Int64

    /// Trainees of kecamatan `kecamatan` at venue `venue`.
    func seats(_ kecamatan: Int, at venue: Int) -> Int { placed[kecamatan * venueCount + venue] }

    /// ⌈load / batch⌉ per venue.
    func classes(batchSize: Int) -> [Int] { loads.map { ($0 + batchSize - 1) / batchSize } }
}

/// The transportation problem under the class plan: every kecamatan's seats placed over venues, each venue
/// taking at most its room in trainees, at least total travel. Solved exactly as a min-cost flow
/// (source → kecamatan → venue → sink) by successive shortest paths on the residual graph, integer costs.
struct TransportationFlow: Sendable {
    /// Seats per kecamatan.
    let seats: [Int]
    /// Travel per trainee, `travel[k][v]`.
    let travel: [[Int64]]
    /// Number of venues.
    let venueCount: Int

    /// Each kecamatan at its cheapest venue (ties → the lower venue index), rooms ignored: the optimum when
    /// no room binds. O(kecamatan × venues).
    func cheapest() -> VenueAssignment {
        var result = empty()
        guard venueCount > 0 else { return result }
        for (kecamatan, count) in seats.enumerated() where count > 0 {
            let best = cheapestVenue(kecamatan)
            result.placed[kecamatan * venueCount + best] = count
            result.loads[best] += count
            result.travel += Int64(count) * travel[kecamatan][best]
        }
        return result
    }

    /// The assignment of least travel with at most `room[v]` trainees at venue v; Σ room must reach Σ seats.
    ///
    /// Kecamatan are served in index order. While kecamatan k has seats left and its cheapest venue (ties → the
    /// lower index) has room, they go there: no path is cheaper. Otherwise the cheapest path from k to a
    /// venue with room is found on the residual graph, contracted to venues: k → v costs travel[k][v]; v → w
    /// moves a trainee of an already placed kecamatan j from v to w at travel[j][w] − travel[j][v] (the
    /// cheapest such j, ties → the lowest j). Bellman-Ford finds the paths (edge costs may be negative, cycles
    /// never are). Among equal costs a path with fewer moves wins, then the lower venue index. As many seats as
    /// the path allows go along it.
    func solve(room: [Int]) -> VenueAssignment {
        let width = venueCount
        var result = empty()
        var moveCost = [Int64](repeating: 0, count: width * width)
        var moveVia = [Int](repeating: -1, count: width * width)
        var distance = [Int64](repeating: 0, count: width)
        var hops = [Int](repeating: 0, count: width)
        var previous = [Int](repeating: -1, count: width)
        for kecamatan in seats.indices {
            var left = seats[kecamatan]
            let nearest = cheapestVenue(kecamatan)
            while left > 0 {
                // No path beats the cheapest venue while it has room: any chain of moves from a venue with
                // trainees to one with room costs ≥ 0, else the flow so far would hold a negative cycle
                // through the sink.
                if result.loads[nearest] < room[nearest] {
                    let amount = min(left, room[nearest] - result.loads[nearest])
                    result.placed[kecamatan * width + nearest] += amount
                    result.loads[nearest] += amount
                    result.travel += Int64(amount) * travel[kecamatan][nearest]
                    left -= amount
                    continue
                }
                movesAmong(0...kecamatan, result, cost: &moveCost, via: &moveVia)
                for venue in 0..<width {
                    distance[venue] = travel[kecamatan][venue]
                    hops[venue] = 0
                    previous[venue] = -1
                }
                var changed = true
                var rounds = 0
                while changed && rounds < width {
                    changed = false
                    rounds += 1
                    for from in 0..<width {
                        for to in 0..<width where moveVia[from * width + to] >= 0 {
                            let cost = distance[from] + moveCost[from * width + to]
                            if cost < distance[to] || (cost == distance[to] && hops[from] + 1 < hops[to]) {
                                distance[to] = cost
                                hops[to] = hops[from] + 1
                                previous[to] = from
                                changed = true
                            }
                        }
                    }
                }
                var target = -1
                for venue in 0..<width where result.loads[venue] < room[venue] {
                    if target < 0 || (distance[venue], hops[venue]) < (distance[target], hops[target]) {
                        target = venue
                    }
                }
                guard target >= 0 else { preconditionFailure("rooms hold fewer trainees than the seats") }
                var amount = min(left, room[target] - result.loads[target])
                var venue = target
                while previous[venue] >= 0 {
                    let from = previous[venue]
                    amount = min(amount, result.placed[moveVia[from * width + venue] * width + from])
                    venue = from
                }
                venue = target
                while previous[venue] >= 0 {
                    let from = previous[venue]
                    let moved = moveVia[from * width + venue]
                    result.placed[moved * width + from] -= amount
                    result.placed[moved * width + venue] += amount
                    venue = from
                }
                result.placed[kecamatan * width + venue] += amount
                result.loads[target] += amount
                result.travel += Int64(amount) * distance[target]
                left -= amount
            }
        }
        return result
    }

    /// The residual venue-to-venue moves: `cost[v * venues + w]` is the least travel[j][w] − travel[j][v] over
    /// kecamatan j in `kecamatan` with trainees at v, and `via` that j (−1 when none; ties → the lowest j).
    private func movesAmong(
        _ kecamatan: ClosedRange<Int>, _ assignment: VenueAssignment, cost: inout [Int64], via: inout [Int]
    ) {
        let width = venueCount
        for index in via.indices { via[index] = -1 }
        for placedKecamatan in kecamatan {
            let row = travel[placedKecamatan]
            for from in 0..<width where assignment.placed[placedKecamatan * width + from] > 0 {
                for to in 0..<width where to != from {
                    let move = row[to] - row[from]
                    let edge = from * width + to
                    if via[edge] < 0 || move < cost[edge] {
                        cost[edge] = move
                        via[edge] = placedKecamatan
                    }
                }
            }
        }
    }

    /// The venue of least travel from `kecamatan`, ties → the lower index; 0 when there is no venue.
    private func cheapestVenue(_ kecamatan: Int) -> Int {
        let row = travel[kecamatan]
        var best = 0
        for venue in row.indices where row[venue] < row[best] { best = venue }
        return best
    }

    /// No seat placed yet.
    private func empty() -> VenueAssignment {
        VenueAssignment(
            venueCount: venueCount, placed: [Int](repeating: 0, count: seats.count * venueCount),
            loads: [Int](repeating: 0, count: venueCount), travel: 0)
    }
}
