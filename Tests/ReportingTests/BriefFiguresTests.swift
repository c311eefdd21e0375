import Analysis
import Foundation
import Testing

@testable import Reporting

@Suite("BriefFigures: each caption and note says what its chart's axis does")
struct BriefFiguresTests {
    static func page(_ language: ReportLanguage = .english) -> String {
        BriefHTML.render(ReportFixture.analysis(), ReportFixture.context(), language: language)
    }

    @Test("population: an index with the base year = 100, and the note names the axis start the chart uses")
    func population() throws {
        let analysis = ReportFixture.analysis()
        let years = analysis.years
        // The index values the chart plots, worked out here from the totals, and the axis they give.
        let values = analysis.kabupaten.flatMap { region in
            (years.base...years.horizon).map {
                region.figures($0).population / region.figures(years.base).population * 100
            }
        }
        let scale = ChartScale(covering: values.min() ?? 0, values.max() ?? 0, tickCount: 6)
        #expect(scale.low > 0)
        let start = NumberFormat.prose(scale.low, upTo: 1, .english)
        let page = Self.page()
        #expect(
            page.contains(
                "Figure 1. Population growth by kabupaten/kota, \(years.base)–\(years.horizon): index, \(years.base) = 100"
            ))
        #expect(page.contains("The vertical axis starts at \(start), not at zero, so that differences in growth show."))
        #expect(!page.contains("does not start at zero"))
        let indonesian = Self.page(.indonesian)
        #expect(
            indonesian.contains(
                "Sumbu tegak dimulai dari \(NumberFormat.prose(scale.low, upTo: 1, .indonesian)), bukan dari nol"))
    }

    @Test("the allocation chart's axis starts at zero and its note says so; the scores' note gives the axis end")
    func zeroBased() {
        let page = Self.page()
        let batch = ReportFixture.analysis().config.batchSize
        #expect(page.contains("The vertical axis starts at zero. A class holds \(batch) trainees."))
        let analysis = ReportFixture.analysis()
        let longest =
            analysis.ranking.prefix(BriefHTML.chartedCount).map {
                $0.components.contributions(analysis.config.weights).map { max(0, $0) }.reduce(0, +)
            }.max() ?? 0
        let end = NumberFormat.prose(ChartScale(covering: 0, longest).high, places: 3, .english)
        #expect(page.contains("Bar length is the score, on an axis from 0 to \(end);"))
    }

    @Test("a chart's scale is the one it draws: the line chart's first tick is its scale's low")
    func scaleDrawn() {
        let chart = LineChart(
            categories: ["2025", "2026"],
            series: [.init(name: "A", legend: "A", colour: "#000", values: [100, 104.5])],
            tickLabel: { String(format: "%.1f", $0) }, valueLabel: { String($0) })
        #expect(chart.scale.low == 100)
        #expect(chart.svg(title: "t").contains(">100.0</text>"))
    }
}
