import Foundation
import Ingestion

/// The kecamatan boundaries a choropleth is drawn on: one ``BoundaryFeature`` per kecamatan code, in file order.
///
/// Read from a GeoJSON FeatureCollection (the plan's `map`, docs/INPUTS.md "Plan config") with
/// ``init(geoJSON:)``: Polygon and MultiPolygon features, each with the property `kode` (the Kemendagri code
/// `PP.KK.DD`) and optionally `nama` and `kabupaten_kode`; other properties are ignored. Every position is checked
/// (finite, within WGS84 ranges) and every code is unique, so nothing drawn from a map can trap.
package struct BoundaryMap: Equatable, Sendable {
    /// The smallest longitude–latitude box holding a set of positions (the map's bounding box).
    package struct Bounds: Equatable, Sendable {
        /// The smallest longitude.
        package var west: Double
        /// The largest longitude.
        package var east: Double
        /// The smallest latitude.
        package var south: Double
        /// The largest latitude.
        package var north: Double

        /// Creates a box from its four edges.
        package init(west: Double, east: Double, south: Double, north: Double) {
            self.west = west
            self.east = east
            self.south = south
            self.north = north
        }

        /// The box around `points`; nil when there are none.
        package init?(covering points: some Sequence<GeoPoint>) {
            var iterator = points.makeIterator()
            guard let first = iterator.next() else { return nil }
            self.init(west: first.longitude, east: first.longitude, south: first.latitude, north: first.latitude)
            while let point = iterator.next() {
                west = min(west, point.longitude)
                east = max(east, point.longitude)
                south = min(south, point.latitude)
                north = max(north, point.latitude)
            }
        }

        /// The mean latitude of the box, (south + north) / 2: the map projection's reference parallel φ0.
        package var meanLatitude: Double { (south + north) / 2 }
    }

    /// The features, in file order.
    package let features: [BoundaryFeature]
    /// Each code's place in `features`.
    private let index: [KecamatanCode: Int]

    /// A map of `features`, checked as a file is: unique codes, at least one polygon each, rings of 3 or more
    /// positions (open), finite coordinates within range. Errors count features from 1.
    package init(features: [BoundaryFeature]) throws(BoundaryMapError) {
        var index: [KecamatanCode: Int] = [:]
        for (offset, feature) in features.enumerated() {
            if let earlier = index[feature.code] {
                throw .duplicateCode(feature.code, first: earlier + 1, second: offset + 1)
            }
            index[feature.code] = offset
            try Self.check(feature)
        }
        self.init(checked: features, index: index)
    }

    /// A map of features already checked.
    private init(checked features: [BoundaryFeature], index: [KecamatanCode: Int]) {
        self.features = features
        self.index = index
    }

    /// Parses GeoJSON bytes (UTF-8) into a map; throws the first problem found, as a ``BoundaryMapError``.
    package init(geoJSON data: Data) throws(BoundaryMapError) {
        let document: GeoJSONDocument
        do {
            document = try JSONDecoder().decode(GeoJSONDocument.self, from: data)
        } catch let error as DecodingError {
            throw .notGeoJSON(detail: Self.describe(error))
        } catch {
            throw .notGeoJSON(detail: "\(error)")
        }
        let features = try Self.features(of: document)
        var index: [KecamatanCode: Int] = [:]
        for (offset, feature) in features.enumerated() { index[feature.code] = offset }
        self.init(checked: features, index: index)
    }

    /// The feature of `code`, if the map has one.
    package func feature(_ code: KecamatanCode) -> BoundaryFeature? {
        index[code].map { features[$0] }
    }

    /// The codes of the features, in file order.
    package var codes: [KecamatanCode] { features.map(\.code) }

    /// The box around every position of the map; nil when the map has no features.
    package var bounds: Bounds? { Bounds(covering: features.lazy.flatMap(\.positions)) }

    /// Throws unless `feature` has at least one polygon, each with an outer ring, every ring with 3 or more
    /// positions, each position finite and within range.
    static func check(_ feature: BoundaryFeature) throws(BoundaryMapError) {
        guard !feature.polygons.isEmpty else {
            throw .invalidGeometry(feature.code, reason: "the geometry has no polygon")
        }
        for polygon in feature.polygons {
            guard !polygon.rings.isEmpty else {
                throw .invalidGeometry(feature.code, reason: "a polygon has no ring")
            }
            for ring in polygon.rings {
                guard ring.count >= 3 else {
                    throw .invalidGeometry(feature.code, reason: "a ring has fewer than 4 positions")
                }
                for point in ring where !point.isValid {
                    guard point.longitude.isFinite, point.latitude.isFinite else {
                        throw .nonFiniteCoordinate(feature.code)
                    }
                    throw .coordinateOutOfRange(feature.code, point)
                }
            }
        }
    }

    /// A decoding error in plain words, with the JSON path of the value it is about (arrays counted from 1).
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the text is not valid JSON"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return "the text is not a JSON object" }
            return "`\(path(context.codingPath))` is not of the type GeoJSON gives it"
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "the top level" : "`\(path(context.codingPath))`"
            return "\(parent) has no `\(key.stringValue)` member"
        @unknown default:
            return "\(error)"
        }
    }

    /// `features[3].geometry.coordinates[1][5]`: member names joined by dots, array places counted from 1.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let place = key.intValue {
                text += "[\(place + 1)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
