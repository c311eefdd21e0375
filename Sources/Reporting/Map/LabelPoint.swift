/// Where a kecamatan's number goes: a point inside its largest part, computed on the drawing.
///
/// The centroid of the largest part (by area, holes subtracted) when it lies inside that part; otherwise (a
/// crescent, a bent river valley) the grid point inside the part farthest from its edges, an approximation of
/// the pole of inaccessibility on a 24 × 24 grid over the part's box. A part too thin for any grid point to fall
/// inside gets the mean of its outer ring's vertices. Deterministic: ties go to the first point in scan order.
enum LabelPoint {
    /// A polygon on the drawing: the outer ring, then the holes; rings open.
    typealias Rings = [[MapPoint]]

    /// Grid points per side of the fallback search.
    static let gridSize = 24

    /// The label point of a shape made of `parts`; nil when there is no part with a ring.
    static func of(_ parts: [Rings]) -> MapPoint? {
        var largest: Rings?
        var largestArea = -Double.infinity
        for part in parts where !part.isEmpty {
            let area = self.area(part)
            if area > largestArea {
                largest = part
                largestArea = area
            }
        }
        guard let part = largest, let outer = part.first, !outer.isEmpty else { return nil }
        if let centre = centroid(part), contains(centre, part) { return centre }
        return innermost(part) ?? vertexMean(outer)
    }

    /// The area enclosed by `ring` (shoelace formula), positive for either orientation.
    static func ringArea(_ ring: [MapPoint]) -> Double {
        abs(signedArea(ring))
    }

    /// The signed shoelace area of the ring, closed from its last position to its first: positive when it runs
    /// counter-clockwise on the drawing's axes.
    static func signedArea(_ ring: [MapPoint]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    /// The outer ring's area less the holes'.
    static func area(_ part: Rings) -> Double {
        guard let outer = part.first else { return 0 }
        return ringArea(outer) - part.dropFirst().reduce(0) { $0 + ringArea($1) }
    }

    /// The centroid of the part's area (holes subtracted); nil when the area is zero.
    static func centroid(_ part: Rings) -> MapPoint? {
        var weight = 0.0
        var x = 0.0
        var y = 0.0
        for (index, ring) in part.enumerated() where ring.count >= 3 {
            let signed = signedArea(ring)
            guard signed != 0 else { continue }
            // The outer ring adds its area, the holes subtract theirs, whatever their orientation.
            let sign = index == 0 ? 1.0 : -1.0
            var cx = 0.0
            var cy = 0.0
            for offset in ring.indices {
                let a = ring[offset]
                let b = ring[(offset + 1) % ring.count]
                let cross = a.x * b.y - b.x * a.y
                cx += (a.x + b.x) * cross
                cy += (a.y + b.y) * cross
            }
            // cx / (6 · signed) is the ring's centroid; weighted by its area |signed| with the sign above.
            let ringArea = abs(signed)
            x += sign * ringArea * cx / (6 * signed)
            y += sign * ringArea * cy / (6 * signed)
            weight += sign * ringArea
        }
        guard weight > 0, x.isFinite, y.isFinite else { return nil }
        return MapPoint(x: x / weight, y: y / weight)
    }

    /// Even–odd rule over every ring of the part: inside the outer ring and outside every hole.
    static func contains(_ point: MapPoint, _ part: Rings) -> Bool {
        var inside = false
        for ring in part where ring.count >= 3 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.y > point.y) != (previous.y > point.y) {
                    let crossing =
                        previous.x + (point.y - previous.y) / (current.y - previous.y) * (current.x - previous.x)
                    if point.x < crossing { inside.toggle() }
                }
                previous = current
            }
        }
        return inside
    }

    /// The distance from `point` to the nearest edge of any ring of the part.
    static func edgeDistance(_ point: MapPoint, _ part: Rings) -> Double {
        var nearest = Double.infinity
        for ring in part where !ring.isEmpty {
            var previous = ring[ring.count - 1]
            for current in ring {
                let dx = current.x - previous.x
                let dy = current.y - previous.y
                let length = dx * dx + dy * dy
                var t = length > 0 ? ((point.x - previous.x) * dx + (point.y - previous.y) * dy) / length : 0
                t = min(1, max(0, t))
                let ex = previous.x + t * dx - point.x
                let ey = previous.y + t * dy - point.y
                nearest = min(nearest, (ex * ex + ey * ey).squareRoot())
                previous = current
            }
        }
        return nearest
    }

    /// The grid point inside the part farthest from its edges; nil when no grid point is inside.
    static func innermost(_ part: Rings) -> MapPoint? {
        guard let outer = part.first, let first = outer.first else { return nil }
        var box = (minX: first.x, maxX: first.x, minY: first.y, maxY: first.y)
        for point in outer {
            box = (min(box.minX, point.x), max(box.maxX, point.x), min(box.minY, point.y), max(box.maxY, point.y))
        }
        var best: MapPoint?
        var bestDistance = 0.0
        for row in 0..<gridSize {
            for column in 0..<gridSize {
                let candidate = MapPoint(
                    x: box.minX + (Double(column) + 0.5) / Double(gridSize) * (box.maxX - box.minX),
                    y: box.minY + (Double(row) + 0.5) / Double(gridSize) * (box.maxY - box.minY))
                guard contains(candidate, part) else { continue }
                let distance = edgeDistance(candidate, part)
                if best == nil || distance > bestDistance {
                    best = candidate
                    bestDistance = distance
                }
            }
        }
        return best
    }

    /// The mean of the ring's vertices.
    static func vertexMean(_ ring: [MapPoint]) -> MapPoint? {
        guard !ring.isEmpty else { return nil }
        let count = Double(ring.count)
        return MapPoint(x: ring.reduce(0) { $0 + $1.x } / count, y: ring.reduce(0) { $0 + $1.y } / count)
    }
}
