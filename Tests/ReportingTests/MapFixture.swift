import Foundation
import Ingestion

@testable import Reporting

/// Maps for the map tests: the repository's real boundary file, a tiny hand-made one, and ways to read the SVG.
enum MapFixture {
    /// The repository's root, from this file's place in the source tree.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `Data/reference/kecamatan.geojson`, parsed.
    static func realMap() throws -> BoundaryMap {
        try BoundaryMap(geoJSON: Data(contentsOf: root.appendingPathComponent("Data/reference/kecamatan.geojson")))
    }

    /// The codes and names of `Data/reference/kecamatan.csv` (plain CSV: no quoted commas in it).
    static func realRegions() throws -> [(code: KecamatanCode, name: String)] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Data/reference/kecamatan.csv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > 1, let code = code(cells[0]) else { return nil }
            return (code, cells[1])
        }
    }

    /// A kecamatan code from its text; nil when it is not one.
    static func code(_ text: String) -> KecamatanCode? {
        guard case .success(.kecamatan(let code)) = RegionCodeParser.parseKecamatan(text) else { return nil }
        return code
    }

    /// Three kecamatan in two kabupaten: 65.01.01 and 65.01.02 side by side (0.5° squares), 65.02.01 below them
    /// across both with an island to the east. A clean coverage: the shared edges have the same vertices.
    static let tiny = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"kode": "65.01.01", "nama": "Barat", "kabupaten_kode": "65.01"},
           "geometry": {"type": "Polygon", "coordinates": [[[116.0, 2.5], [116.5, 2.5], [116.5, 3.0], [116.0, 3.0],
             [116.0, 2.5]]]}},
          {"type": "Feature", "properties": {"kode": "65.01.02", "nama": "Timur"},
           "geometry": {"type": "Polygon", "coordinates": [[[116.5, 2.5], [117.0, 2.5], [117.0, 3.0], [116.5, 3.0],
             [116.5, 2.5]]]}},
          {"type": "Feature", "properties": {"kode": "65.02.01", "nama": "Selatan", "luas": 12.5},
           "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[116.0, 2.0], [117.0, 2.0], [117.0, 2.5], [116.5, 2.5], [116.0, 2.5], [116.0, 2.0]]],
             [[[117.2, 2.1], [117.3, 2.1], [117.3, 2.2], [117.2, 2.2], [117.2, 2.1]]]]}}
        ]}
        """

    /// ``tiny``, parsed.
    static func tinyMap() throws -> BoundaryMap {
        try BoundaryMap(geoJSON: Data(tiny.utf8))
    }

    /// The `d` attribute of the path of `code` in `svg`; nil when there is none.
    static func pathData(of code: String, in svg: String) -> String? {
        guard let start = svg.range(of: "data-kode=\"\(code)\"") else { return nil }
        guard let data = svg[start.upperBound...].range(of: " d=\"") else { return nil }
        let rest = svg[data.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The points of path data `M x yL x y…Z`.
    static func points(_ data: String) -> [MapPoint] {
        let numbers = data.split(whereSeparator: { "MLZ ".contains($0) }).compactMap { Double($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { MapPoint(x: numbers[$0], y: numbers[$0 + 1]) }
    }

    /// The mean of the points of `code`'s path in `svg`.
    static func centre(of code: String, in svg: String) -> MapPoint? {
        guard let data = pathData(of: code, in: svg) else { return nil }
        let points = points(data)
        guard !points.isEmpty else { return nil }
        let count = Double(points.count)
        return MapPoint(x: points.reduce(0) { $0 + $1.x } / count, y: points.reduce(0) { $0 + $1.y } / count)
    }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
