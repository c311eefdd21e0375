/// The classes a choropleth colours by, low to high: each a range of values and a colour.
///
/// Two methods, both deterministic and decided by the values alone (never by their order or their codes):
/// - ``quantiles(of:count:)``, for the priority score: class k (k = 1…5) ends at the value in place ⌈k · n / 5⌉ of
///   the n values sorted ascending, and holds the values above the previous end up to its own. Equal values
///   always share a class; when ends coincide (many ties) the repeated classes are dropped, so there may be fewer
///   than five. Each class's lower limit is the smallest value in it, its upper limit the largest.
/// - ``symmetric(around:)``, for rank changes: five classes symmetric around 0 on whole numbers, with
///   M = the largest |change| and h = max(1, ⌈M / 2⌉): climbed h+1…M, climbed 1…h, unchanged, fell 1…h,
///   fell h+1…M. The outer two are dropped when M ≤ h, the inner two as well when M = 0.
package struct MapClasses: Equatable, Sendable {
    /// One class: its values run from `lower` to `upper`, both included.
    package struct Class: Equatable, Sendable {
        /// The smallest value of the class.
        package var lower: Double
        /// The largest value of the class.
        package var upper: Double
        /// Its fill colour, `#rrggbb`.
        package var colour: String
    }

    /// The classes, low to high.
    package let classes: [Class]

    /// Creates classes from their limits and colours, low to high.
    init(_ classes: [Class]) {
        self.classes = classes
    }

    /// The class of `value`: the first whose upper limit is at least `value` (the last for larger values); nil
    /// when there are no classes or the value is not finite.
    package func index(of value: Double) -> Int? {
        guard value.isFinite, !classes.isEmpty else { return nil }
        return classes.firstIndex { value <= $0.upper } ?? classes.count - 1
    }

    /// Quantile classes of the finite `values` (others are left out), at most `count` of them (1 to 5; more are
    /// capped at 5, the palette's length), coloured with ``MapPalette/sequential(_:)``.
    package static func quantiles(of values: [Double], count: Int = 5) -> MapClasses {
        let count = min(count, 5)
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty, count > 0 else { return MapClasses([]) }
        var uppers: [Double] = []
        for k in 1...count {
            // ⌈k · n / count⌉ in whole numbers, as a place counted from 1.
            let place = (k * sorted.count + count - 1) / count
            let upper = sorted[max(0, min(sorted.count, place) - 1)]
            if uppers.last != upper { uppers.append(upper) }
        }
        let colours = MapPalette.sequential(uppers.count)
        var classes: [Class] = []
        var start = 0
        for (offset, upper) in uppers.enumerated() {
            let lower = sorted[start]
            while start < sorted.count, sorted[start] <= upper { start += 1 }
            classes.append(Class(lower: lower, upper: upper, colour: colours[offset]))
        }
        return MapClasses(classes)
    }

    /// Classes symmetric around 0 for whole-number changes (each value rounded half away from zero first),
    /// coloured with ``MapPalette/diverging(_:)``: negative (climbed) first.
    package static func symmetric(around values: [Double]) -> MapClasses {
        let largest = values.filter(\.isFinite).map { $0.rounded(.toNearestOrAwayFromZero).magnitude }.max() ?? 0
        // Rank changes are bounded by the number of kecamatan, so this stays far below Int's range.
        let m = min(largest, 1e9)
        let h = max(1, (m / 2).rounded(.up))
        var ranges: [(Double, Double)] = []
        if m > h { ranges.append((-m, -(h + 1))) }
        if m >= 1 { ranges.append((-h, -1)) }
        ranges.append((0, 0))
        if m >= 1 { ranges.append((1, h)) }
        if m > h { ranges.append((h + 1, m)) }
        let colours = MapPalette.diverging(ranges.count)
        return MapClasses(
            zip(ranges, colours).map { range, colour in Class(lower: range.0, upper: range.1, colour: colour) })
    }
}
