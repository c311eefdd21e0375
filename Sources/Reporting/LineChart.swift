/// Lines over a few categories on the x axis (years), one per series, dots at the points and a
/// legend above: population projections per kabupaten/kota.
///
/// The value axis is widened to round ticks around the data, not anchored at zero: growth of a
/// few percent would otherwise be a flat line. The tick labels say where the axis starts.
struct LineChart {
    /// One line.
    struct Series {
        /// The name, for the points' tooltips.
        var name: String
        /// The legend text.
        var legend: String
        /// The stroke colour.
        var colour: String
        /// One value per category.
        var values: [Double]
    }

    /// The x axis labels, left to right.
    var categories: [String]
    /// The lines.
    var series: [Series]
    /// Text of an axis tick value.
    var tickLabel: (Double) -> String
    /// Text of a point's value, for its tooltip.
    var valueLabel: (Double) -> String

    static let width = StackedBarChart.width
    static let plotHeight = 240.0

    /// The value axis: round ticks around the data, so its start is where the data begin, not zero.
    /// A caption that speaks of the axis reads it from here.
    var scale: ChartScale {
        let values = series.flatMap(\.values)
        return ChartScale(covering: values.min() ?? 0, values.max() ?? 0, tickCount: 6)
    }

    /// The chart as an `<svg>` element.
    func svg(title: String) -> String {
        let scale = scale
        let tickWidth = scale.ticks.map { SVGCanvas.textWidth(tickLabel($0), fontSize: 10) }.max() ?? 0
        let plotLeft = tickWidth + 10
        let plotRight = Self.width - 16
        var chart = SVGCanvas(width: Self.width)
        let legendHeight = chart.legend(
            series.map { ($0.legend, $0.colour) }, x: plotLeft, y: 0, width: plotRight - plotLeft)
        let top = legendHeight + 10
        let bottom = top + Self.plotHeight
        for tick in scale.ticks {
            let y = scale.position(tick, from: bottom, to: top)
            chart.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, kind: tick == scale.low ? "axis" : "grid")
            chart.text(tickLabel(tick), x: plotLeft - 6, y: y + 3.5, anchor: .end, kind: "tick")
        }
        // Categories sit in the middle of equal slots, so one year alone is centred.
        let slot = (plotRight - plotLeft) / Double(max(1, categories.count))
        func x(_ index: Int) -> Double { plotLeft + slot * (Double(index) + 0.5) }
        for (index, category) in categories.enumerated() {
            chart.line(x1: x(index), y1: bottom, x2: x(index), y2: bottom + 4, kind: "axis")
            chart.text(category, x: x(index), y: bottom + 16, anchor: .middle, kind: "tick")
        }
        for line in series {
            let points = line.values.enumerated().map { (x: x($0), y: scale.position($1, from: bottom, to: top)) }
            if points.count > 1 { chart.polyline(points, stroke: line.colour) }
            for (index, (point, value)) in zip(points, line.values).enumerated() {
                let category = index < categories.count ? categories[index] : ""
                chart.circle(
                    x: point.x, y: point.y, radius: 3, fill: line.colour,
                    title: "\(line.name), \(category): \(valueLabel(value))")
            }
        }
        chart.height = bottom + 24
        return chart.svg(title: title)
    }
}
