import Testing

@testable import Reporting

@Suite("Map geometry: label points, kabupaten borders, marker placement")
struct MapGeometryTests {
    static func ring(_ pairs: [(Double, Double)]) -> [MapPoint] {
        pairs.map { MapPoint(x: $0.0, y: $0.1) }
    }

    static func geo(_ longitude: Double, _ latitude: Double) -> GeoPoint {
        GeoPoint(longitude: longitude, latitude: latitude)
    }

    @Test("a convex part is labelled at its centroid, whatever the ring's orientation")
    func centroid() {
        let square = Self.ring([(0, 0), (10, 0), (10, 10), (0, 10)])
        #expect(LabelPoint.of([[square]]) == MapPoint(x: 5, y: 5))
        #expect(LabelPoint.of([[square.reversed()]]) == MapPoint(x: 5, y: 5))
        let triangle = Self.ring([(0, 0), (6, 0), (0, 6)])
        #expect(LabelPoint.of([[triangle]]) == MapPoint(x: 2, y: 2))
    }

    @Test("the largest part is labelled, not the first")
    func largestPart() {
        let islet = Self.ring([(100, 100), (102, 100), (102, 102), (100, 102)])
        let mainland = Self.ring([(0, 0), (20, 0), (20, 20), (0, 20)])
        #expect(LabelPoint.of([[islet], [mainland]]) == MapPoint(x: 10, y: 10))
    }

    @Test("a centroid outside the part (a C shape) falls back to an inner point far from the edges")
    func crescent() throws {
        // A C open to the east: its centroid lies in the gap.
        let shape = Self.ring([(0, 0), (30, 0), (30, 8), (8, 8), (8, 22), (30, 22), (30, 30), (0, 30)])
        let part = [shape]
        let centre = try #require(LabelPoint.centroid(part))
        #expect(!LabelPoint.contains(centre, part))
        let label = try #require(LabelPoint.of([part]))
        #expect(LabelPoint.contains(label, part))
        #expect(LabelPoint.edgeDistance(label, part) >= 3)
    }

    @Test("a hole around the centroid pushes the label into the ring")
    func hole() throws {
        let outer = Self.ring([(0, 0), (20, 0), (20, 20), (0, 20)])
        let hole = Self.ring([(4, 4), (16, 4), (16, 16), (4, 16)])
        let label = try #require(LabelPoint.of([[outer, hole]]))
        #expect(LabelPoint.contains(label, [outer, hole]))
        #expect(!LabelPoint.contains(MapPoint(x: 10, y: 10), [outer, hole]))
        #expect(LabelPoint.area([outer, hole]) == 256)
    }

    @Test("a part with no area gets the mean of its vertices; no part, no label")
    func degenerate() {
        let line = Self.ring([(0, 0), (10, 0), (20, 0)])
        #expect(LabelPoint.of([[line]]) == MapPoint(x: 10, y: 0))
        #expect(LabelPoint.of([]) == nil)
        #expect(LabelPoint.of([[]]) == nil)
        #expect(LabelPoint.of([[[]]]) == nil)
    }

    @Test("kabupaten borders: every edge but the one two kecamatan of one kabupaten share, chained")
    func borders() throws {
        let borders = KabupatenBorders(try MapFixture.tinyMap())
        #expect(borders.edgeCount == 14)
        #expect(borders.segmentCount == 13)
        #expect(
            borders.lines == [
                [Self.geo(116.5, 3), Self.geo(116, 3), Self.geo(116, 2.5), Self.geo(116.5, 2.5)],
                [Self.geo(116.5, 2.5), Self.geo(117, 2.5), Self.geo(117, 3), Self.geo(116.5, 3)],
                [Self.geo(116, 2.5), Self.geo(116, 2), Self.geo(117, 2), Self.geo(117, 2.5)],
                [
                    Self.geo(117.3, 2.1), Self.geo(117.3, 2.2), Self.geo(117.2, 2.2), Self.geo(117.2, 2.1),
                    Self.geo(117.3, 2.1),
                ],
            ])
    }

    @Test("on the real map the borders are a part of all edges, and every border segment is drawn once")
    func realBorders() throws {
        let borders = KabupatenBorders(try MapFixture.realMap())
        #expect(borders.segmentCount > 0)
        #expect(borders.segmentCount < borders.edgeCount)
        #expect(borders.lines.reduce(0) { $0 + $1.count - 1 } == borders.segmentCount)
    }

    @Test("markers that would overlap move to the first free spot around their anchor, in rank order")
    func markers() {
        let placement = MarkerPlacement(radius: 5, width: 200, height: 200)
        let anchors = [MapPoint(x: 100, y: 100), MapPoint(x: 104, y: 100), MapPoint(x: 50, y: 50)]
        let placed = placement.place(anchors)
        #expect(placed.map(\.anchor) == anchors)
        #expect(placed[0].centre == MapPoint(x: 100, y: 100))
        #expect(!placed[0].moved)
        // 2r = 10 px east of its anchor is 14 px from the first circle: clear by more than 1 px.
        #expect(placed[1].centre == MapPoint(x: 114, y: 100))
        #expect(placed[1].moved)
        #expect(placed[2].centre == MapPoint(x: 50, y: 50))
        #expect(placement.place(anchors) == placed)
    }

    @Test("a marker stays inside the drawing area: at the edge it moves in")
    func markerAtEdge() {
        let placement = MarkerPlacement(radius: 5, width: 100, height: 100)
        let placed = placement.place([MapPoint(x: 99, y: 50)])
        #expect(placed[0].centre.x <= 95)
        #expect(placed[0].centre.x >= 5)
    }
}
