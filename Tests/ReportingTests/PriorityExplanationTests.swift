import Analysis
import Ingestion
import Testing

@testable import Reporting

@Suite("RankedKecamatan.leadingComponents: what the brief names as the reason")
struct PriorityExplanationTests {
    static func ranked(_ gap: Double, _ pressure: Double, _ growth: Double, _ untrained: Double) -> RankedKecamatan {
        RankedKecamatan(
            rank: 1, code: ReportFixture.code(1, 1), score: 0,
            components: PriorityComponents(
                readinessGap: gap, pressure: pressure, growth: growth, untrainedShare: untrained))
    }

    @Test(
        "the largest weighted contribution, and the runner-up when it gives at least half as much",
        arguments: [
            ((1.0, 1.0, 0.0, 0.0), [PriorityComponent.readinessGap, .pressure]),  // 0.4 and 0.3
            ((1.0, 0.0, 1.0, 1.0), [.readinessGap]),  // 0.4, then 0.15 < 0.2
            ((0.0, 0.0, 1.0, 0.0), [.growth]),
            ((0.0, 0.0, 1.0, 1.0), [.growth, .untrainedShare]),  // a tie keeps the listed order
            ((0.0, 0.0, 0.0, 0.0), []),
        ] as [((Double, Double, Double, Double), [PriorityComponent])])
    func leading(components: (Double, Double, Double, Double), expected: [PriorityComponent]) {
        let ranked = Self.ranked(components.0, components.1, components.2, components.3)
        #expect(ranked.leadingComponents(.defaults) == expected)
    }
}
