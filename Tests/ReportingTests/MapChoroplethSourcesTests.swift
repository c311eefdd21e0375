import Analysis
import Ingestion
import Testing

@testable import Reporting

@Suite("ChoroplethMap from a run or a comparison, and on an empty map")
struct MapChoroplethSourcesTests {
    static func code(_ text: String) -> KecamatanCode { MapFixture.code(text)! }

    @Test("from an analysis: scores, names and ranks of the run, its top numbered")
    func fromAnalysis() throws {
        let analysis = ReportFixture.analysis()
        let map = ChoroplethMap.priorities(analysis, boundaries: try MapFixture.tinyMap(), top: 2)
        #expect(map.mode == .priorityScore)
        #expect(map.top == analysis.ranking.prefix(2).map(\.code))
        #expect(map.values.count == analysis.ranking.count)
        let first = try #require(analysis.ranking.first)
        #expect(map.values[first.code] == first.score)
        #expect(map.labels[first.code] == .init(name: analysis.kecamatan(first.code)!.name, rank: first.rank))
        #expect(map.labels[Self.code("65.02.05")] == .init(name: "Sekatak"))
        let figure = map.render()
        #expect(figure.warnings == [.noValue(Self.code("65.01.02")), .noBoundary(Self.code("65.02.04"))])
    }

    @Test("from a comparison: rank changes, scenario ranks, the scenario's top; one-sided rows are grey")
    func fromComparison() throws {
        func figures(_ code: String, _ name: String, _ rank: Int) -> RankedFigures {
            RankedFigures(
                code: Self.code(code), name: name, rank: rank, score: 0.5, population: 1000, required: 1,
                trainingSeats: 1)
        }
        let comparison = RunComparison(
            baseline: [
                figures("65.01.01", "Barat", 3), figures("65.01.02", "Timur", 1), figures("65.02.01", "Selatan", 2),
            ],
            scenario: [
                figures("65.01.01", "Barat", 1), figures("65.01.02", "Timur", 2), figures("65.03.01", "Baru", 3),
            ],
            top: 2)
        let map = ChoroplethMap.rankChanges(comparison, boundaries: try MapFixture.tinyMap(), language: .english)
        #expect(map.mode == .rankChange)
        #expect(map.values == [Self.code("65.01.01"): -2, Self.code("65.01.02"): 1])
        #expect(map.top == [Self.code("65.01.01"), Self.code("65.01.02")])
        #expect(map.labels[Self.code("65.02.01")] == .init(name: "Selatan"))
        #expect(map.labels[Self.code("65.01.01")] == .init(name: "Barat", rank: 1))
        #expect(map.render().warnings == [.noValue(Self.code("65.02.01"))])
    }

    @Test("an empty map still draws a legend and never traps")
    func emptyMap() throws {
        let empty = try BoundaryMap(features: [])
        let figure = ChoroplethMap(boundaries: empty, values: [Self.code("65.01.01"): 1], top: [Self.code("65.01.01")])
            .render()
        #expect(figure.warnings == [.noBoundary(Self.code("65.01.01"))])
        #expect(figure.caption == "Skor prioritas per kecamatan: tidak ada nilai di peta")
        #expect(figure.svg.contains("<svg viewBox="))
    }
}
