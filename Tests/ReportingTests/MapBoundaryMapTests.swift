import Foundation
import Ingestion
import Testing

@testable import Reporting

@Suite("BoundaryMap: what a good file gives, and maps built in code")
struct MapBoundaryMapTests {
    /// A feature with `properties` and `geometry` as given (JSON text).
    static func feature(_ properties: String, _ geometry: String = MapBoundaryParsingTests.square) -> String {
        MapBoundaryParsingTests.feature(properties, geometry)
    }

    @Test("a coordinate that is not finite is named (JSON cannot write one, a map built in code can)")
    func nonFinite() {
        let code = KecamatanCode(province: 65, kabupaten: 1, kecamatan: 1)
        for bad in [Double.nan, .infinity, -.infinity] {
            let ring = [
                GeoPoint(longitude: 116, latitude: 2), GeoPoint(longitude: bad, latitude: 2),
                GeoPoint(longitude: 116, latitude: 3),
            ]
            let feature = BoundaryFeature(code: code, polygons: [.init(rings: [ring])])
            #expect(throws: BoundaryMapError.nonFiniteCoordinate(code)) { try BoundaryMap(features: [feature]) }
        }
        #expect(
            BoundaryMapError.nonFiniteCoordinate(code).description
                == "65.01.01: a coordinate is not a finite number — give every position as [longitude, latitude] in "
                + "degrees")
    }

    @Test("a map built in code is checked for duplicate codes, counting features from 1")
    func duplicateInCode() {
        let code = KecamatanCode(province: 65, kabupaten: 1, kecamatan: 1)
        let ring = [
            GeoPoint(longitude: 116, latitude: 2), GeoPoint(longitude: 117, latitude: 2),
            GeoPoint(longitude: 116, latitude: 3),
        ]
        let feature = BoundaryFeature(code: code, polygons: [.init(rings: [ring])])
        #expect(throws: BoundaryMapError.duplicateCode(code, first: 1, second: 2)) {
            try BoundaryMap(features: [feature, feature])
        }
    }

    @Test("features keep file order, names, parts and open rings; other properties are ignored")
    func tiny() throws {
        let map = try MapFixture.tinyMap()
        #expect(map.codes.map(\.description) == ["65.01.01", "65.01.02", "65.02.01"])
        #expect(map.features.map(\.name) == ["Barat", "Timur", "Selatan"])
        #expect(map.features.map(\.polygons.count) == [1, 1, 2])
        let south = try #require(map.feature(KecamatanCode(province: 65, kabupaten: 2, kecamatan: 1)))
        #expect(south.kabupaten.description == "65.02")
        #expect(south.polygons[0].rings[0].count == 5)
        #expect(south.polygons[1].rings[0].first == GeoPoint(longitude: 117.2, latitude: 2.1))
        #expect(south.polygons[1].rings[0].last == GeoPoint(longitude: 117.2, latitude: 2.2))
        #expect(map.bounds == BoundaryMap.Bounds(west: 116, east: 117.3, south: 2, north: 3))
        #expect(map.feature(KecamatanCode(province: 65, kabupaten: 3, kecamatan: 1)) == nil)
    }

    @Test("an empty FeatureCollection is a map with nothing on it; a null kabupaten_kode and nama are ignored")
    func lenient() throws {
        let empty = try BoundaryMap(geoJSON: Data("{\"type\": \"FeatureCollection\", \"features\": []}".utf8))
        #expect(empty.features.isEmpty)
        #expect(empty.bounds == nil)
        let json =
            "{\"type\": \"FeatureCollection\", \"features\": ["
            + Self.feature("{\"kode\": \"650101\", \"kabupaten_kode\": null, \"nama\": 7}") + "]}"
        let map = try BoundaryMap(geoJSON: Data(json.utf8))
        #expect(map.codes.map(\.description) == ["65.01.01"])
        #expect(map.features[0].name == nil)
        // An unclosed ring is closed implicitly: 4 positions stay 4.
        let open =
            "{\"type\": \"FeatureCollection\", \"features\": ["
            + Self.feature(
                "{\"kode\": \"65.01.01\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [[[116, 2], [117, 2], [117, 3], [116, 3]]]}") + "]}"
        #expect(try BoundaryMap(geoJSON: Data(open.utf8)).features[0].polygons[0].rings[0].count == 4)
    }

    @Test("the real boundary file has the 55 kecamatan of the regions file, with its names")
    func realFile() throws {
        let map = try MapFixture.realMap()
        let regions = try MapFixture.realRegions()
        #expect(map.features.count == 55)
        #expect(map.codes == regions.map(\.code))
        #expect(map.features.map(\.name) == regions.map(\.name))
        let bounds = try #require(map.bounds)
        #expect(bounds == BoundaryMap.Bounds(west: 114.5655, east: 117.9882, south: 1.1141, north: 4.4084))
    }
}
