import Ingestion

/// One kecamatan of a ``BoundaryMap``: its code, its name when the map gives one, and its shape as one or more
/// polygons (a MultiPolygon's parts: the mainland and its islands).
package struct BoundaryFeature: Equatable, Sendable {
    /// One part of the shape: an outer ring and any holes.
    package struct Polygon: Equatable, Sendable {
        /// The outer ring first, then the holes. Each ring is open (its first position is not repeated at the end)
        /// and has at least 3 positions.
        package var rings: [[GeoPoint]]

        /// Creates a polygon from its rings, the outer one first.
        package init(rings: [[GeoPoint]]) {
            self.rings = rings
        }
    }

    /// The Kemendagri kecamatan code (the map file's `kode`).
    package var code: KecamatanCode
    /// The map file's `nama`, when it gives one.
    package var name: String?
    /// The parts of the shape, at least one.
    package var polygons: [Polygon]

    /// Creates a feature.
    package init(code: KecamatanCode, name: String? = nil, polygons: [Polygon]) {
        self.code = code
        self.name = name
        self.polygons = polygons
    }

    /// The kabupaten/kota the kecamatan lies in: the first two parts of its code (`PP.KK`).
    package var kabupaten: KabupatenCode { code.kabupatenCode }

    /// Every position of every ring, in order.
    var positions: some Sequence<GeoPoint> { polygons.lazy.flatMap(\.rings).flatMap { $0 } }
}
