import Foundation
import Ingestion
import Testing

@testable import Reporting

/// A boundary file with one problem and the full message it must give.
struct BadBoundaryFile: Sendable, CustomTestStringConvertible {
    let name: String
    let json: String
    let message: String

    /// `body` as the whole file when `bare`; otherwise as the features of a FeatureCollection.
    init(_ name: String, _ body: String, _ message: String, bare: Bool = false) {
        self.name = name
        self.json = bare ? body : "{\"type\": \"FeatureCollection\", \"features\": [\(body)]}"
        self.message = message
    }

    var testDescription: String { name }
}

@Suite("BoundaryMap: GeoJSON parsing")
struct MapBoundaryParsingTests {
    /// A feature with `properties` and `geometry` as given (JSON text).
    static func feature(_ properties: String, _ geometry: String = square) -> String {
        "{\"type\": \"Feature\", \"properties\": \(properties), \"geometry\": \(geometry)}"
    }

    static let square =
        "{\"type\": \"Polygon\", \"coordinates\": [[[116, 2], [116.5, 2], [116.5, 2.5], [116, 2.5], [116, 2]]]}"
    static let hint = " — give a GeoJSON FeatureCollection of Polygon or MultiPolygon features"
    static let codeHint = " — write the Kemendagri kecamatan code PP.KK.DD as a string, e.g. \"65.01.05\""
    static let ringHint = " — give polygons of closed rings, each of at least 4 [longitude, latitude] positions"

    static let badFiles: [BadBoundaryFile] = [
        BadBoundaryFile(
            "not JSON", "kode,nama\n65.01.01,X", "not GeoJSON: the text is not valid JSON" + hint, bare: true),
        BadBoundaryFile("empty", "", "not GeoJSON: the text is not valid JSON" + hint, bare: true),
        BadBoundaryFile(
            "a number too large for a Double",
            feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": [[[1e400, 2]]]}"),
            "not GeoJSON: the text is not valid JSON" + hint),
        BadBoundaryFile("an array", "[1, 2]", "not GeoJSON: the text is not a JSON object" + hint, bare: true),
        BadBoundaryFile(
            "a single Feature", feature("{\"kode\": \"65.01.01\"}"),
            "not GeoJSON: the top level is a Feature, not a FeatureCollection" + hint, bare: true),
        BadBoundaryFile(
            "no type", "{\"features\": []}", "not GeoJSON: the top level has no `type` member" + hint, bare: true),
        BadBoundaryFile(
            "type not a string", "{\"type\": 5, \"features\": []}",
            "not GeoJSON: `type` is not of the type GeoJSON gives it" + hint, bare: true),
        BadBoundaryFile(
            "no features", "{\"type\": \"FeatureCollection\"}",
            "not GeoJSON: the FeatureCollection has no `features` member" + hint, bare: true),
        BadBoundaryFile(
            "a null feature", "null", "not GeoJSON: `features[1]` is not of the type GeoJSON gives it" + hint),
        BadBoundaryFile(
            "properties as an array", feature("[]"),
            "not GeoJSON: `features[1].properties` is not of the type GeoJSON gives it" + hint),
        BadBoundaryFile(
            "a coordinate as text",
            feature(
                "{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": [[[116, 2], [\"116.5\", 2]]]}"),
            "not GeoJSON: `features[1].geometry.coordinates[1][2][1]` is not of the type GeoJSON gives it" + hint),
        BadBoundaryFile(
            "a Polygon nested as a MultiPolygon",
            feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": [[[[116, 2]]]]}"),
            "not GeoJSON: `features[1].geometry.coordinates[1][1][1]` is not of the type GeoJSON gives it" + hint),
        BadBoundaryFile(
            "no kode", feature("{\"kode\": \"65.01.01\"}") + ", " + feature("{\"nama\": \"Peso\"}"),
            "feature 2 has no `kode` property — give every feature its Kemendagri kecamatan code, e.g. "
                + "\"kode\": \"65.01.05\""),
        BadBoundaryFile(
            "null properties", feature("null"),
            "feature 1 has no `kode` property — give every feature its Kemendagri kecamatan code, e.g. "
                + "\"kode\": \"65.01.05\""),
        BadBoundaryFile(
            "a kabupaten code", feature("{\"kode\": \"65.01\"}"),
            "feature 1: `kode` \"65.01\": kabupaten/kota code, not a kecamatan code" + codeHint),
        BadBoundaryFile(
            "a code as a number", feature("{\"kode\": 650101}"),
            "feature 1: `kode` 650101: a JSON number, not a string" + codeHint),
        BadBoundaryFile(
            "a BPS code", feature("{\"kode\": \"6502040\"}"),
            "feature 1: `kode` \"6502040\": a BPS code, not a Kemendagri code" + codeHint),
        BadBoundaryFile(
            "a name for a code", feature("{\"kode\": \"Peso\"}"),
            "feature 1: `kode` \"Peso\": not a kecamatan code" + codeHint),
        BadBoundaryFile(
            "a desa code", feature("{\"kode\": \"65.01.01.2001\"}"),
            "feature 1: `kode` \"65.01.01.2001\": desa code, not a kecamatan code" + codeHint),
        BadBoundaryFile(
            "a duplicate code",
            feature("{\"kode\": \"65.01.01\"}") + ", " + feature("{\"kode\": \"65.02.01\"}") + ", "
                + feature("{\"kode\": \"650101\"}"),
            "features 1 and 3 both have `kode` 65.01.01 — give each kecamatan one feature, its parts as one "
                + "MultiPolygon"),
        BadBoundaryFile(
            "another kabupaten", feature("{\"kode\": \"65.01.01\", \"kabupaten_kode\": \"65.02\"}"),
            "65.01.01: `kabupaten_kode` \"65.02\" is not the kabupaten of the code (65.01) — correct it or leave it out"
        ),
        BadBoundaryFile(
            "no geometry", feature("{\"kode\": \"65.01.01\"}", "null"),
            "65.01.01: the feature has no geometry — give a Polygon or MultiPolygon"),
        BadBoundaryFile(
            "a point", feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"Point\", \"coordinates\": [116, 2]}"),
            "65.01.01: geometry type \"Point\" is not supported — give a Polygon or MultiPolygon"),
        BadBoundaryFile(
            "a line",
            feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"LineString\", \"coordinates\": [[116, 2], [117, 2]]}"),
            "65.01.01: geometry type \"LineString\" is not supported — give a Polygon or MultiPolygon"),
        BadBoundaryFile(
            "a short ring",
            feature(
                "{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": [[[116, 2], [117, 2], [116, 2]]]}"
            ),
            "65.01.01: a ring has fewer than 4 positions" + ringHint),
        BadBoundaryFile(
            "a position of one number",
            feature(
                "{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": [[[116, 2], [117], [116, 3]]]}"),
            "65.01.01: a position has fewer than 2 numbers" + ringHint),
        BadBoundaryFile(
            "a polygon without rings",
            feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"Polygon\", \"coordinates\": []}"),
            "65.01.01: a polygon has no ring" + ringHint),
        BadBoundaryFile(
            "an empty MultiPolygon",
            feature("{\"kode\": \"65.01.01\"}", "{\"type\": \"MultiPolygon\", \"coordinates\": []}"),
            "65.01.01: the geometry has no polygon" + ringHint),
        BadBoundaryFile(
            "latitude and longitude swapped",
            feature(
                "{\"kode\": \"65.01.01\"}",
                "{\"type\": \"Polygon\", \"coordinates\": [[[2, 116], [2.5, 116], [2.5, 116.5], [2, 116]]]}"),
            "65.01.01: the position [2, 116] is outside longitude -180 to 180, latitude -90 to 90 — give WGS84 "
                + "[longitude, latitude], in that order"),
    ]

    @Test("a file that cannot be drawn gives one exact message", arguments: badFiles)
    func badFile(_ bad: BadBoundaryFile) {
        #expect(Self.message(bad.json) == bad.message)
    }

    /// The message parsing `json` fails with; nil when it parses.
    static func message(_ json: String) -> String? {
        do {
            _ = try BoundaryMap(geoJSON: Data(json.utf8))
            return nil
        } catch {
            return error.description
        }
    }
}
