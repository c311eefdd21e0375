/// Horizontal bars, one per row, each split into stacked segments of the same series, with a
/// legend above and a value axis below: the priority scores split into their four weighted
/// components.
struct StackedBarChart {
    /// One bar.
    struct Row {
        /// The name on the left.
        var label: String
        /// One non-negative value per series, stacked left to right.
        var segments: [Double]
        /// The total as text, written after the bar.
        var total: String
    }

    /// The series' names and fill colours, in stacking order.
    var series: [(name: String, colour: String)]
    /// The bars, top to bottom.
    var rows: [Row]
    /// Text of an axis tick value.
    var tickLabel: (Double) -> String
    /// Text of a segment's value, for its tooltip.
    var valueLabel: (Double) -> String

    /// The view box's width.
    static let width = 680.0
    static let rowHeight = 18.0
    static let barHeight = 12.0
    static let fontSize = 11.0

    /// The value axis, from zero to round ticks above the largest bar; captions read it from here.
    var scale: ChartScale { ChartScale(covering: 0, rows.map { $0.segments.reduce(0, +) }.max() ?? 0) }

    /// The chart as an `<svg>` element.
    func svg(title: String) -> String {
        let width = Self.width
        let labelWidth = min(
            width * 0.38, (rows.map { SVGCanvas.textWidth($0.label, fontSize: Self.fontSize) }.max() ?? 0) + 10)
        let totalWidth = 44.0
        var chart = SVGCanvas(width: width)
        let legendHeight = chart.legend(series, x: labelWidth, y: 0, width: width - labelWidth)
        let top = legendHeight + 8
        let plotLeft = labelWidth
        let plotRight = width - totalWidth
        let plotBottom = top + Double(rows.count) * Self.rowHeight
        let scale = scale
        chart.height = plotBottom + 22
        for tick in scale.ticks {
            let x = scale.position(tick, from: plotLeft, to: plotRight)
            chart.line(x1: x, y1: top, x2: x, y2: plotBottom, kind: tick == scale.low ? "axis" : "grid")
            chart.text(tickLabel(tick), x: x, y: plotBottom + 14, anchor: .middle, kind: "tick")
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * Self.rowHeight
            let barTop = y + (Self.rowHeight - Self.barHeight) / 2
            let baseline = y + Self.rowHeight / 2 + Self.fontSize * 0.35
            chart.text(
                SVGCanvas.fit(row.label, width: labelWidth - 6, fontSize: Self.fontSize), x: labelWidth - 6,
                y: baseline, anchor: .end)
            var start = 0.0
            for (value, part) in zip(row.segments, series) {
                let x = scale.position(start, from: plotLeft, to: plotRight)
                let end = scale.position(start + value, from: plotLeft, to: plotRight)
                chart.rect(
                    x: x, y: barTop, width: end - x, height: Self.barHeight, fill: part.colour,
                    title: "\(row.label) — \(part.name): \(valueLabel(value))")
                start += value
            }
            let end = scale.position(start, from: plotLeft, to: plotRight)
            chart.text(row.total, x: end + 4, y: baseline, kind: "value")
        }
        return chart.svg(title: title)
    }
}
