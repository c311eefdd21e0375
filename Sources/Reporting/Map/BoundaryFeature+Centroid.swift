extension BoundaryFeature {
    /// The centre of the kecamatan's area (docs/METHOD.md "Class plan"): the area-weighted mean of its polygons'
    /// centroids, holes taken out, computed in longitude–latitude degrees (at Indonesia's latitudes a
    /// kecamatan is small enough for the plane to stand in for the sphere); the mean of its positions when its
    /// rings enclose no area.
    package var centroid: GeoPoint {
        var (area, x, y) = (0.0, 0.0, 0.0)
        for polygon in polygons {
            for (index, ring) in polygon.rings.enumerated() {
                let part = Self.ringMoments(ring)
                // The outer ring adds, the holes take away, whatever way each ring winds.
                let sign: Double = (index == 0) == (part.area >= 0) ? 1 : -1
                area += sign * part.area
                x += sign * part.x
                y += sign * part.y
            }
        }
        if area != 0, (x / area).isFinite, (y / area).isFinite {
            return GeoPoint(longitude: x / area, latitude: y / area)
        }
        var (count, longitude, latitude) = (0.0, 0.0, 0.0)
        for point in positions {
            count += 1
            longitude += point.longitude
            latitude += point.latitude
        }
        return GeoPoint(longitude: longitude / max(count, 1), latitude: latitude / max(count, 1))
    }

    /// A ring's signed area and first moments (the shoelace formula), the ring closed back to its start.
    static func ringMoments(_ ring: [GeoPoint]) -> (area: Double, x: Double, y: Double) {
        guard let first = ring.first else { return (0, 0, 0) }
        var (area, x, y) = (0.0, 0.0, 0.0)
        // Positions relative to the first keep the products small and precise.
        for (a, b) in zip(ring, ring.dropFirst() + [first]) {
            let (ax, ay) = (a.longitude - first.longitude, a.latitude - first.latitude)
            let (bx, by) = (b.longitude - first.longitude, b.latitude - first.latitude)
            let cross = ax * by - bx * ay
            area += cross
            x += (ax + bx) * cross
            y += (ay + by) * cross
        }
        area /= 2
        // Moments about the origin: shift back by the first position.
        return (area, x / 6 + first.longitude * area, y / 6 + first.latitude * area)
    }
}
