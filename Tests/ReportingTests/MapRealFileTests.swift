import Foundation
import Ingestion
import Testing

@testable import Reporting

@Suite("ChoroplethMap on Data/reference/kecamatan.geojson")
struct MapRealFileTests {
    /// The real map coloured by a made-up score (the code's last part over 100), its first ten codes numbered.
    static func figure() throws -> (map: BoundaryMap, figure: ChoroplethMap.Figure) {
        let map = try MapFixture.realMap()
        var values: [KecamatanCode: Double] = [:]
        for code in map.codes { values[code] = Double(code.kecamatan) / 100 }
        let figure = ChoroplethMap(boundaries: map, values: values, top: Array(map.codes.prefix(10))).render()
        return (map, figure)
    }

    /// The centre (mean of its path's points) of the kecamatan with `code`.
    static func centre(_ code: String, _ svg: String) throws -> MapPoint {
        try #require(MapFixture.centre(of: code, in: svg), "no path for \(code)")
    }

    @Test("55 paths, one for every code of Data/reference/kecamatan.csv, and no warning")
    func everyKecamatan() throws {
        let (_, figure) = try Self.figure()
        #expect(MapFixture.count("<path data-kode=", in: figure.svg) == 55)
        for region in try MapFixture.realRegions() {
            #expect(MapFixture.count("<path data-kode=\"\(region.code)\"", in: figure.svg) == 1, "\(region.code)")
            #expect(figure.svg.contains("<title>\(region.name) (\(region.code)) — skor "), "\(region.name)")
        }
        #expect(figure.warnings.isEmpty)
        #expect(figure.svg.hasPrefix("<svg viewBox=\"0 0 680.0 "))
    }

    @Test("Tarakan lies east of Tanjung Selor, Nunukan north of it")
    func eastAndNorth() throws {
        let svg = try Self.figure().figure.svg
        let selor = try Self.centre("65.01.05", svg)
        for tarakan in ["65.71.01", "65.71.02", "65.71.03", "65.71.04"] {
            let point = try Self.centre(tarakan, svg)
            #expect(point.x > selor.x, "\(tarakan) is not east of Tanjung Selor")
            #expect(point.y < selor.y, "\(tarakan) is not north of Tanjung Selor")
        }
        let nunukan = try Self.centre("65.03.02", svg)
        #expect(nunukan.y < selor.y - 50)
    }

    @Test("the Krayan highlands are in the north-west interior: left and high among the 55")
    func krayan() throws {
        let svg = try Self.figure().figure.svg
        let centres = try MapFixture.realRegions().map { try Self.centre($0.code.description, svg) }
        let xs = centres.map(\.x).sorted()
        let ys = centres.map(\.y).sorted()
        // Krayan (65.03.05): the northern third and the western third.
        let krayan = try Self.centre("65.03.05", svg)
        #expect(krayan.x < xs[xs.count / 3])
        #expect(krayan.y < ys[ys.count / 3])
        // Krayan Selatan, Tengah, Timur and Barat (names from Data/reference/kecamatan.csv): the western third,
        // the northern half (Sebatik and Nunukan on the coast are further north still).
        for code in ["65.03.07", "65.03.17", "65.03.18", "65.03.19"] {
            let point = try Self.centre(code, svg)
            #expect(point.x < xs[xs.count / 3], "\(code) is not in the western third")
            #expect(point.y < ys[ys.count / 2], "\(code) is not in the northern half")
        }
        // Malinau's Kayan Hulu (65.02.05) lies further south, in the interior.
        #expect(try Self.centre("65.02.05", svg).y > Self.centre("65.03.05", svg).y + 100)
    }

    @Test("the kabupaten borders are one path, shorter than all kecamatan edges together")
    func borders() throws {
        let svg = try Self.figure().figure.svg
        #expect(MapFixture.count("class=\"kabupaten-border\"", in: svg) == 1)
        let start = try #require(svg.range(of: "class=\"kabupaten-border\""))
        let line = svg[start.upperBound...].prefix { $0 != "\n" }
        let border = try #require(line.range(of: " d=\"")).upperBound
        let borderPoints = MapFixture.points(String(line[border...].prefix { $0 != "\"" })).count
        let kecamatanPoints = try MapFixture.realRegions().reduce(0) { total, region in
            total + MapFixture.points(MapFixture.pathData(of: region.code.description, in: svg) ?? "").count
        }
        #expect(borderPoints > 0)
        #expect(borderPoints < kecamatanPoints)
    }

    @Test("five classes, ten numbered circles, a 100 km scale bar; the same bytes every time")
    func legendAndMarkers() throws {
        let (map, figure) = try Self.figure()
        #expect(
            figure.caption
                == "Skor prioritas per kecamatan, lima kelas kuantil; garis tebal: batas kabupaten/kota; "
                + "angka: 10 besar")
        #expect(MapFixture.count("<g><title>", in: figure.svg) == 10)
        #expect(figure.svg.contains(">100 km</text>"))
        let projection = MapProjection(bounds: try #require(map.bounds), width: 500, margin: 10)
        // About 380 km east–west across the box at φ0 = 2.76°.
        #expect(abs(480 / projection.pixelsPerKilometre - 380) < 2)
        let again = ChoroplethMap(
            boundaries: map,
            values: Dictionary(uniqueKeysWithValues: map.codes.map { ($0, Double($0.kecamatan) / 100) }),
            top: Array(map.codes.prefix(10))
        ).render()
        #expect(again == figure)
    }
}
