import Foundation

/// A point of the drawing, in CSS pixels of the SVG view box: x to the right, y down.
package struct MapPoint: Equatable, Sendable {
    /// Pixels from the left edge.
    package var x: Double
    /// Pixels from the top edge.
    package var y: Double

    /// Creates a point.
    package init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The equirectangular projection of a map onto its drawing: x = lon · cos φ0, y = −lat, with φ0 the mean latitude
/// of the map's bounding box, scaled to fit a width (and, when given, a height) less a margin on every side.
///
/// Distances are true along the meridians and along the parallel φ0, so one scale bar serves the whole drawing of
/// a province (at 4° from φ0 the east–west scale is off by under 0.3 %).
package struct MapProjection: Equatable, Sendable {
    /// The mean radius of the Earth, in kilometres (IUGG).
    package static let earthRadius = 6371.0088

    /// φ0, the reference parallel, in degrees.
    package let referenceLatitude: Double
    /// Pixels per projected degree (a degree of latitude, or of longitude at φ0).
    package let scale: Double
    /// The drawing's width in pixels, as asked.
    package let width: Double
    /// The drawing's height in pixels: the map's height at `scale`, plus the margins.
    package let height: Double
    private let cosine: Double
    private let left: Double
    private let top: Double
    private let west: Double
    private let north: Double

    /// Fits `bounds` into `width` pixels less `margin` on each side, keeping the aspect ratio; with `maxHeight`,
    /// into that height too (centred across). A box of zero size gets 1 pixel per degree.
    package init(bounds: BoundaryMap.Bounds, width: Double, maxHeight: Double? = nil, margin: Double = 10) {
        referenceLatitude = bounds.meanLatitude
        cosine = cos(referenceLatitude * .pi / 180)
        let spanX = (bounds.east - bounds.west) * cosine
        let spanY = bounds.north - bounds.south
        let innerWidth = max(1, width - 2 * margin)
        var scale = spanX > 0 ? innerWidth / spanX : (spanY > 0 ? innerWidth / spanY : 1)
        if let maxHeight, spanY > 0, spanY * scale > max(1, maxHeight - 2 * margin) {
            scale = max(1, maxHeight - 2 * margin) / spanY
        }
        self.scale = scale
        self.width = width
        height = spanY * scale + 2 * margin
        left = (width - spanX * scale) / 2
        top = margin
        west = bounds.west
        north = bounds.north
    }

    /// Where `point` is drawn.
    package func point(_ point: GeoPoint) -> MapPoint {
        MapPoint(x: left + (point.longitude - west) * cosine * scale, y: top + (north - point.latitude) * scale)
    }

    /// Pixels per kilometre on the ground, along a meridian or the parallel φ0 (great-circle distance).
    package var pixelsPerKilometre: Double { scale / (Self.earthRadius * .pi / 180) }
}
