import CapplanTestSupport
import Ingestion
import Testing

@testable import Reporting

@Suite("ChoroplethMap: the SVG, its caption and its warnings on a tiny map")
struct MapChoroplethTests {
    static func code(_ text: String) -> KecamatanCode { MapFixture.code(text)! }

    /// The tiny map coloured by score: 65.02.01 has no value, 65.03.01 has a value but no boundary and is
    /// third of the top.
    static func scoreMap(_ language: ReportLanguage) throws -> ChoroplethMap {
        ChoroplethMap(
            boundaries: try MapFixture.tinyMap(),
            values: [code("65.01.01"): 0.8, code("65.01.02"): 0.5, code("65.03.01"): 0.9],
            labels: [
                code("65.01.01"): .init(name: "Barat <Hulu>", rank: 2), code("65.01.02"): .init(name: "Timur", rank: 3),
                code("65.03.01"): .init(name: "Jauh", rank: 1),
            ],
            top: [code("65.03.01"), code("65.01.01"), code("65.01.02"), code("65.01.01")], language: language)
    }

    /// The tiny map coloured by rank change.
    static func changeMap(_ language: ReportLanguage) throws -> ChoroplethMap {
        ChoroplethMap(
            boundaries: try MapFixture.tinyMap(),
            values: [code("65.01.01"): -3, code("65.01.02"): 1, code("65.02.01"): 0],
            labels: [
                code("65.01.01"): .init(name: "Barat", rank: 1), code("65.01.02"): .init(name: "Timur", rank: 2),
                code("65.02.01"): .init(name: "Selatan", rank: 3),
            ],
            top: [code("65.01.01"), code("65.01.02")], mode: .rankChange, language: language)
    }

    @Test("golden: the priority map in Indonesian (grey, an off-map top entry, an escaped name)")
    func goldenScore() throws {
        Golden.check(try Self.scoreMap(.indonesian).render().svg + "\n", matches: "map-priority-id.svg")
    }

    @Test("golden: the rank-change map in English")
    func goldenChange() throws {
        Golden.check(try Self.changeMap(.english).render().svg + "\n", matches: "map-rank-change-en.svg")
    }

    @Test("the caption is built from what is drawn: classes, borders, numbers, grey")
    func captions() throws {
        #expect(
            try Self.scoreMap(.indonesian).render().caption
                == "Skor prioritas per kecamatan, dua kelas kuantil; garis tebal: batas kabupaten/kota; "
                + "angka: 3 besar; abu-abu: tanpa data")
        #expect(
            try Self.scoreMap(.english).render().caption
                == "Priority score by kecamatan, two quantile classes; thick lines: kabupaten/kota borders; "
                + "numbers: top 3; grey: no data")
        #expect(
            try Self.changeMap(.indonesian).render().caption
                == "Perubahan peringkat per kecamatan (skenario dibanding dasar), lima kelas simetris di sekitar 0 "
                + "(merah: naik, biru: turun); garis tebal: batas kabupaten/kota; angka: 2 besar skenario")
        #expect(
            try Self.changeMap(.english).render().caption
                == "Rank change by kecamatan (scenario against baseline), five classes symmetric around 0 "
                + "(red: climbed, blue: fell); thick lines: kabupaten/kota borders; numbers: the scenario's top 2")
        var plain = try Self.scoreMap(.indonesian)
        plain.top = []
        plain.values[Self.code("65.02.01")] = 0.1
        #expect(
            plain.render().caption
                == "Skor prioritas per kecamatan, tiga kelas kuantil; garis tebal: batas kabupaten/kota")
        #expect(plain.render().warnings == [.noBoundary(Self.code("65.03.01"))])
    }

    @Test("the caption is the SVG's accessible name")
    func captionInSVG() throws {
        let figure = try Self.scoreMap(.indonesian).render()
        #expect(figure.svg.contains("<title>\(figure.caption)</title>"))
        #expect(figure.svg.hasPrefix("<svg viewBox=\"0 0 680.0 "))
    }

    @Test("tooltips name the kecamatan, its code, rank and score in the brief's number style")
    func tooltips() throws {
        let indonesian = try Self.scoreMap(.indonesian).render().svg
        #expect(indonesian.contains("<title>Barat &lt;Hulu&gt; (65.01.01) — peringkat 2, skor 0,8000</title>"))
        #expect(indonesian.contains("<title>Timur (65.01.02) — peringkat 3, skor 0,5000</title>"))
        #expect(indonesian.contains("<title>Selatan (65.02.01) — tanpa data</title>"))
        let english = try Self.scoreMap(.english).render().svg
        #expect(english.contains("<title>Timur (65.01.02) — rank 3, score 0.5000</title>"))
        #expect(english.contains("<title>Selatan (65.02.01) — no data</title>"))
        let change = try Self.changeMap(.indonesian).render().svg
        #expect(change.contains("<title>Barat (65.01.01) — peringkat 1, naik 3 peringkat</title>"))
        #expect(change.contains("<title>Timur (65.01.02) — peringkat 2, turun 1 peringkat</title>"))
        #expect(change.contains("<title>Selatan (65.02.01) — peringkat 3, peringkat tetap</title>"))
        let changeEnglish = try Self.changeMap(.english).render().svg
        #expect(changeEnglish.contains("<title>Barat (65.01.01) — rank 1, climbed 3 places</title>"))
        #expect(changeEnglish.contains("<title>Timur (65.01.02) — rank 2, fell 1 place</title>"))
    }

    @Test("a value without a boundary and a boundary without a value are warnings, sorted by code")
    func warnings() throws {
        let figure = try Self.scoreMap(.indonesian).render()
        #expect(figure.warnings == [.noValue(Self.code("65.02.01")), .noBoundary(Self.code("65.03.01"))])
        #expect(
            figure.warnings.map(\.description) == [
                "65.02.01: in the map file but without a value — drawn grey as no data",
                "65.03.01: no boundary in the map file — not drawn; check the map's codes against the regions file",
            ])
        #expect(figure.svg.contains("data-kode=\"65.02.01\" fill=\"#bdbdbd\""))
        #expect(!figure.svg.contains("data-kode=\"65.03.01\""))
        #expect(figure.svg.contains(">tanpa data</text>"))
        #expect(figure.svg.contains(">Jauh (tidak di peta)</text>"))
        var broken = try Self.scoreMap(.english)
        broken.values[Self.code("65.01.02")] = .nan
        #expect(broken.render().warnings.contains(.notFinite(Self.code("65.01.02"))))
        #expect(
            ChoroplethMap.Warning.notFinite(Self.code("65.01.02")).description
                == "65.01.02: the value is not a finite number — drawn grey as no data")
        #expect(broken.render().svg.contains(">Jauh (not on the map)</text>"))
    }

    @Test("the legend gives the class limits as numbers; rank changes as climbs and falls")
    func legend() throws {
        let score = try Self.scoreMap(.indonesian).render().svg
        #expect(score.contains(">0,500</text>"))
        #expect(score.contains(">0,800</text>"))
        #expect(score.contains(">Skor prioritas</text>"))
        #expect(score.contains(">3 besar</text>"))
        #expect(score.contains(">batas kabupaten/kota</text>"))
        let change = try Self.changeMap(.indonesian).render().svg
        for label in ["naik 3", "naik 1–2", "tetap", "turun 1–2", "turun 3", "Perubahan peringkat", "2 besar skenario"]
        {
            #expect(change.contains(">\(label)</text>"), "\(label)")
        }
        let english = try Self.changeMap(.english).render().svg
        for label in ["climbed 3", "climbed 1–2", "unchanged", "fell 1–2", "fell 3", "Rank change", "Scenario top 2"] {
            #expect(english.contains(">\(label)</text>"), "\(label)")
        }
    }

    @Test("one path per kecamatan with data-kode; repeats in the top are numbered once; nothing external")
    func structure() throws {
        let svg = try Self.scoreMap(.indonesian).render().svg
        #expect(MapFixture.count("<path data-kode=", in: svg) == 3)
        #expect(MapFixture.count("class=\"kabupaten-border\"", in: svg) == 1)
        // Two of the three top entries are on the map: two circles on it, three in the key.
        #expect(MapFixture.count("<g><title>", in: svg) == 2)
        for banned in ["<script", "javascript:", "http://", "https://", "<link", "<img", "@import", "url(", " src="] {
            #expect(!svg.contains(banned), "\(banned)")
        }
        #expect(try Self.scoreMap(.indonesian).render() == Self.scoreMap(.indonesian).render())
    }
}
