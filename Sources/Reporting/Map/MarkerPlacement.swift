import Foundation

/// Where the numbered circles of the top kecamatan go, so that no two overlap.
///
/// Markers are placed in rank order. Each goes on its kecamatan's label point if that is free; otherwise on
/// the first free spot of rings around it — radius 2r, 3r, … 8r for circles of radius r, at 12 angles each
/// starting east and turning clockwise — and a leader line joins it to the label point. A spot is free when it
/// keeps a gap of at least 1 px to every circle placed before and lies inside the drawing area. When no spot is
/// free the marker stays on its label point. Deterministic: the same anchors give the same places.
struct MarkerPlacement {
    /// The circles' radius.
    let radius: Double
    /// The area markers must stay inside (the map's part of the drawing).
    let width: Double
    let height: Double

    /// One placed marker: where its kecamatan is, and where its circle is drawn.
    struct Placed: Equatable {
        var anchor: MapPoint
        var centre: MapPoint
        /// True when the circle was moved off its anchor (a leader line is drawn).
        var moved: Bool { anchor != centre }
    }

    /// Angles tried on each ring, in degrees clockwise from east on the drawing (y grows downwards).
    static let angles = stride(from: 0.0, to: 360.0, by: 30.0).map { $0 }

    /// The places of circles for `anchors`, in the same order.
    func place(_ anchors: [MapPoint]) -> [Placed] {
        var placed: [Placed] = []
        for anchor in anchors {
            var centre = anchor
            if !isFree(anchor, among: placed) {
                search: for step in 2...8 {
                    for angle in Self.angles {
                        let radians = angle * .pi / 180
                        let candidate = MapPoint(
                            x: anchor.x + Double(step) * radius * cos(radians),
                            y: anchor.y + Double(step) * radius * sin(radians))
                        if isFree(candidate, among: placed) {
                            centre = candidate
                            break search
                        }
                    }
                }
            }
            placed.append(Placed(anchor: anchor, centre: centre))
        }
        return placed
    }

    /// True when a circle at `point` stays inside the area and 1 px clear of every circle in `placed`.
    func isFree(_ point: MapPoint, among placed: [Placed]) -> Bool {
        guard point.x >= radius, point.x <= width - radius, point.y >= radius, point.y <= height - radius else {
            return false
        }
        let clearance = 2 * radius + 1
        return placed.allSatisfy { other in
            let dx = other.centre.x - point.x
            let dy = other.centre.y - point.y
            return dx * dx + dy * dy >= clearance * clearance
        }
    }
}
