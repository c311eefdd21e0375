import Testing

@testable import Reporting

@Suite("ChartScale: round axis ticks")
struct ChartScaleTests {
    @Test(
        "the domain widens outwards to round ticks",
        arguments: [
            (0.0, 0.852, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0.0, 1.0, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0.0, 30.0, 5, [0.0, 10, 20, 30]),
            (0.0, 52.0, 5, [0.0, 20, 40, 60]),
            (28_450.0, 62_265.0, 6, [20_000.0, 30_000, 40_000, 50_000, 60_000, 70_000]),
            (0.0, 0.0, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (0.0, 7.0, 5, [0.0, 2, 4, 6, 8]),
            (0.3, 0.3, 5, [0.0, 0.1, 0.2, 0.3]),
        ])
    func ticks(low: Double, high: Double, count: Int, expected: [Double]) {
        let scale = ChartScale(covering: low, high, tickCount: count)
        #expect(scale.ticks.count == expected.count)
        for (tick, value) in zip(scale.ticks, expected) {
            #expect(abs(tick - value) < 1e-9, "\(scale.ticks) ≠ \(expected)")
        }
        #expect(scale.low == scale.ticks.first && scale.high == scale.ticks.last)
    }

    @Test(
        "steps are 1, 2, 2.5 or 5 times a power of ten",
        arguments: [
            (0.17, 0.2), (0.2, 0.2), (2.1, 2.5), (3.0, 5.0), (6.0, 10.0), (1_234.0, 2_000.0),
        ])
    func niceStep(rough: Double, step: Double) {
        #expect(abs(ChartScale.niceStep(rough) - step) < 1e-9)
    }

    /// Issue 11: a range of 1e300 strode to infinity one step at a time.
    @Test(
        "huge, infinite or NaN bounds give a finite scale and few ticks",
        arguments: [
            (0.0, 1e300), (0.0, .infinity), (-.infinity, .infinity), (.nan, 5.0), (1e300, 1e300),
            (1e17, 1e17 + 64), (-.greatestFiniteMagnitude, .greatestFiniteMagnitude), (.nan, .nan),
        ])
    func hostileBounds(low: Double, high: Double) {
        let scale = ChartScale(covering: low, high)
        #expect(scale.ticks.count >= 1 && scale.ticks.count <= ChartScale.maximumTicks + 1)
        #expect(scale.ticks.allSatisfy(\.isFinite) && scale.low.isFinite && scale.high.isFinite)
        #expect(scale.low <= scale.high)
    }

    @Test("positions map the domain onto a range that may run backwards")
    func position() {
        let scale = ChartScale(covering: 0, 1)
        #expect(scale.position(0.5, from: 100, to: 300) == 200)
        #expect(scale.position(1, from: 250, to: 50) == 50)
    }
}
