import Ingestion

/// The lines a choropleth draws heavier: every edge between two kecamatan of different kabupaten/kota, plus the
/// outer boundary (an edge only one kecamatan uses: the coast, the province border), chained into polylines.
///
/// Built from the rings' edges, which assumes a clean coverage: neighbours share identical vertices, as in
/// `Data/reference/kecamatan.geojson`. Positions are matched at 1e-7 degrees (about 1 cm). Each edge is drawn
/// once: features in map order, rings in order, edges along the ring; a line breaks where an edge is not a
/// border or was drawn already. A coverage with gaps still works, only with more lines (every unshared edge is
/// then "outer").
package struct KabupatenBorders: Equatable, Sendable {
    /// The border lines, each at least two positions; a closed line repeats its first position at the end.
    package let lines: [[GeoPoint]]
    /// The number of edges in `lines`.
    package let segmentCount: Int
    /// The number of distinct edges of all rings of the map (every kecamatan border, counted once).
    package let edgeCount: Int

    /// A position matched exactly: degrees times 10^7, rounded.
    private struct Vertex: Hashable {
        var x: Int64
        var y: Int64
        init(_ point: GeoPoint) {
            // Positions of a BoundaryMap are finite and within ±180°, so these conversions cannot trap.
            x = Int64((point.longitude * 1e7).rounded())
            y = Int64((point.latitude * 1e7).rounded())
        }
    }

    /// An undirected edge: its two ends in a fixed order.
    private struct Edge: Hashable {
        var low: Vertex
        var high: Vertex
        init(_ a: Vertex, _ b: Vertex) {
            (low, high) = (a.x, a.y) < (b.x, b.y) ? (a, b) : (b, a)
        }
    }

    /// How an edge is used: how many times, and by which kabupaten (several = a kabupaten border).
    private struct Use {
        var count = 0
        var kabupaten: KabupatenCode
        var mixed = false
    }

    /// The borders of `map`.
    package init(_ map: BoundaryMap) {
        var uses: [Edge: Use] = [:]
        for feature in map.features {
            for ring in feature.polygons.flatMap(\.rings) {
                Self.forEachEdge(of: ring) { edge, _, _ in
                    var use = uses[edge] ?? Use(kabupaten: feature.kabupaten)
                    use.count += 1
                    if use.kabupaten != feature.kabupaten { use.mixed = true }
                    uses[edge] = use
                }
            }
        }
        var drawn = Set<Edge>()
        var lines: [[GeoPoint]] = []
        for ring in map.features.flatMap({ $0.polygons.flatMap(\.rings) }) {
            var edges: [(edge: Edge, from: GeoPoint, to: GeoPoint)] = []
            Self.forEachEdge(of: ring) { edges.append(($0, $1, $2)) }
            func isBorder(_ edge: Edge) -> Bool {
                guard let use = uses[edge] else { return false }
                return use.count == 1 || use.mixed
            }
            // Start after an edge that is not drawn, so a line running over the ring's seam stays whole.
            let start = edges.indices.first { !isBorder(edges[$0].edge) || drawn.contains(edges[$0].edge) } ?? 0
            var line: [GeoPoint] = []
            for step in 0..<edges.count {
                let (edge, from, to) = edges[(start + 1 + step) % edges.count]
                if isBorder(edge), !drawn.contains(edge) {
                    drawn.insert(edge)
                    if line.isEmpty { line.append(from) }
                    line.append(to)
                } else if !line.isEmpty {
                    lines.append(line)
                    line = []
                }
            }
            if !line.isEmpty { lines.append(line) }
        }
        self.lines = lines
        segmentCount = drawn.count
        edgeCount = uses.count
    }

    /// Calls `body` for each edge of the closed `ring` between two different positions, in ring order.
    private static func forEachEdge(of ring: [GeoPoint], _ body: (Edge, GeoPoint, GeoPoint) -> Void) {
        guard ring.count >= 2 else { return }
        for index in ring.indices {
            let from = ring[index]
            let to = ring[(index + 1) % ring.count]
            let a = Vertex(from)
            let b = Vertex(to)
            if a != b { body(Edge(a, b), from, to) }
        }
    }
}

extension MapDrawing {
    /// The kabupaten/kota borders and the outer boundary as one heavier path, drawn over the kecamatan; nothing
    /// when there are none.
    mutating func kabupatenBorders(_ borders: KabupatenBorders, projection: MapProjection) {
        guard !borders.lines.isEmpty else { return }
        let lines = borders.lines.map { $0.map(projection.point) }
        path(
            MapDrawing.pathData(lines, closed: false),
            attributes: "class=\"kabupaten-border\" fill=\"none\" stroke=\"\(MapPalette.borderLine)\" "
                + "stroke-width=\"\(MapDrawing.number(ChoroplethMap.borderLineWidth))\" stroke-linejoin=\"round\" "
                + "stroke-linecap=\"round\" pointer-events=\"none\"")
    }
}
