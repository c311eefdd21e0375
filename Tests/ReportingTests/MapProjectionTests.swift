import Foundation
import Testing

@testable import Reporting

@Suite("MapProjection: equirectangular at the mean latitude, fitted to a width")
struct MapProjectionTests {
    /// The tiny map's box: 116–117.3 °E, 2–3 °N, so φ0 = 2.5°.
    static let bounds = BoundaryMap.Bounds(west: 116, east: 117.3, south: 2, north: 3)
    /// Pixels per degree for that box in 680 px less two 10 px margins.
    static let scale = 660 / (1.3 * cos(2.5 * Double.pi / 180))

    static func near(_ a: MapPoint, _ b: MapPoint) -> Bool {
        abs(a.x - b.x) < 1e-9 && abs(a.y - b.y) < 1e-9
    }

    @Test("x = lon · cos φ0 and y = −lat, scaled so the box fills the width less the margins")
    func knownPoints() {
        let projection = MapProjection(bounds: Self.bounds, width: 680, margin: 10)
        #expect(projection.referenceLatitude == 2.5)
        #expect(abs(projection.scale - Self.scale) < 1e-9)
        #expect(abs(projection.height - (Self.scale + 20)) < 1e-9)
        #expect(projection.width == 680)
        // The north-west corner at the margins, the south-east corner at the far margins.
        #expect(Self.near(projection.point(GeoPoint(longitude: 116, latitude: 3)), MapPoint(x: 10, y: 10)))
        #expect(
            Self.near(
                projection.point(GeoPoint(longitude: 117.3, latitude: 2)), MapPoint(x: 670, y: 10 + Self.scale)))
        // Half-way in longitude is half-way across; east is right, north is up.
        #expect(
            Self.near(
                projection.point(GeoPoint(longitude: 116.65, latitude: 2.5)), MapPoint(x: 340, y: 10 + Self.scale / 2))
        )
        let tarakan = projection.point(GeoPoint(longitude: 117.6, latitude: 3.3))
        let selor = projection.point(GeoPoint(longitude: 117.35, latitude: 2.85))
        #expect(tarakan.x > selor.x && tarakan.y < selor.y)
    }

    @Test("one degree of latitude is 111.195 km (great circle, mean Earth radius)")
    func kilometres() {
        let projection = MapProjection(bounds: Self.bounds, width: 680, margin: 10)
        #expect(abs(projection.pixelsPerKilometre * 6371.0088 * Double.pi / 180 - projection.scale) < 1e-9)
        #expect(abs(projection.pixelsPerKilometre - Self.scale / 111.1950802335329) < 1e-9)
    }

    @Test("a tall box limited by maxHeight is centred across the width")
    func maxHeight() {
        let projection = MapProjection(
            bounds: BoundaryMap.Bounds(west: 0, east: 1, south: 0, north: 10), width: 200, maxHeight: 120, margin: 10)
        #expect(projection.scale == 10)
        #expect(projection.height == 120)
        let mapWidth = cos(5 * Double.pi / 180) * 10
        #expect(
            Self.near(projection.point(GeoPoint(longitude: 0, latitude: 10)), MapPoint(x: (200 - mapWidth) / 2, y: 10)))
        #expect(
            Self.near(projection.point(GeoPoint(longitude: 1, latitude: 0)), MapPoint(x: (200 + mapWidth) / 2, y: 110)))
    }

    @Test("a box of one point or one line does not divide by zero")
    func degenerate() {
        let point = MapProjection(
            bounds: BoundaryMap.Bounds(west: 117, east: 117, south: 3, north: 3), width: 100, margin: 10)
        #expect(point.scale == 1)
        #expect(point.point(GeoPoint(longitude: 117, latitude: 3)) == MapPoint(x: 50, y: 10))
        let meridian = MapProjection(
            bounds: BoundaryMap.Bounds(west: 117, east: 117, south: 2, north: 4), width: 100, margin: 10)
        #expect(meridian.scale == 40)
        #expect(meridian.height == 100)
        let narrow = MapProjection(bounds: Self.bounds, width: 5, margin: 10)
        #expect(narrow.scale > 0 && narrow.scale.isFinite)
    }

    @Test(
        "the scale bar is the longest round length that fits",
        arguments: [
            (1.29, 150.0, 100.0), (1.29, 100.0, 50.0), (0.1, 150.0, 1_000.0), (10.0, 150.0, 10.0), (5.0, 150.0, 25.0),
            (100.0, 150.0, 1.0), (0.5, 150.0, 250.0), (3.0, 150.0, 50.0),
        ])
    func scaleBar(pixelsPerKilometre: Double, maxPixels: Double, kilometres: Double) throws {
        let bar = try #require(ScaleBar(pixelsPerKilometre: pixelsPerKilometre, maxPixels: maxPixels))
        #expect(bar.kilometres == kilometres)
        #expect(abs(bar.pixels - kilometres * pixelsPerKilometre) < 1e-9)
    }

    @Test("a scale bar is labelled at its middle only when that is whole; none fits below 1 km")
    func scaleBarEdges() {
        #expect(ScaleBar(pixelsPerKilometre: 1.29, maxPixels: 150)?.ticks == [0, 50, 100])
        #expect(ScaleBar(pixelsPerKilometre: 5, maxPixels: 150)?.ticks == [0, 25])
        #expect(ScaleBar(pixelsPerKilometre: 200, maxPixels: 150) == nil)
        #expect(ScaleBar(pixelsPerKilometre: 0, maxPixels: 150) == nil)
        #expect(ScaleBar(pixelsPerKilometre: .nan, maxPixels: 150) == nil)
    }
}
