import Foundation

/// A linear scale from a data domain to a pixel range, with round tick values (1, 2, 2.5 or 5
/// times a power of ten) so axis labels read like a person would write them.
struct ChartScale {
    /// The data value at the start of the range.
    let low: Double
    /// The data value at the end of the range.
    let high: Double
    /// The tick values from `low` to `high`, both included.
    let ticks: [Double]

    /// The most ticks a scale draws; past it (a range so wide or so far from 0 that the step is lost in
    /// binary rounding) only the two ends are ticks.
    static let maximumTicks = 100
    /// The largest magnitude a bound keeps: an infinite or larger one is cut to it, so the range stays finite.
    static let largestBound = 1e300

    /// A scale over [`low`, `high`] widened outwards to round ticks, about `tickCount` of them.
    /// An empty domain (`low == high`) is widened to show its one value: [0, high] when it is
    /// positive, [0, 1] when it is 0. A bound that is not a number counts as 0, one beyond ±1e300 as
    /// ±1e300; at most ``maximumTicks`` ticks.
    init(covering low: Double, _ high: Double, tickCount: Int = 5) {
        let (given, other) = (Self.finite(low), Self.finite(high))
        var low = min(given, other)
        var high = max(given, other)
        if high == low {
            if high > 0 {
                low = 0
            } else {
                high = low + 1
            }
        }
        let step = Self.niceStep((high - low) / Double(max(1, tickCount)))
        // The tolerance keeps a bound that is a multiple of the step up to binary error on it.
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        guard (last - first).isFinite, last - first < Double(Self.maximumTicks), first * step < last * step else {
            self.low = low
            self.high = high
            self.ticks = [low, high]
            return
        }
        self.low = first * step
        self.high = last * step
        // Ticks as whole multiples of the step, so no binary drift accumulates.
        self.ticks = (0...Int(last - first)).map { (first + Double($0)) * step }
    }

    /// `value` within ±``largestBound``, 0 for NaN.
    private static func finite(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, -largestBound), largestBound)
    }

    /// The smallest of 1, 2, 2.5, 5 (× 10^k) that is at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * power >= rough * (1 - 1e-9) {
            return factor * power
        }
        return 10 * power
    }

    /// The position of `value` in a range from `start` to `end` (which may run backwards, as a
    /// y axis does).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - low) / (high - low) * (end - start)
    }
}
