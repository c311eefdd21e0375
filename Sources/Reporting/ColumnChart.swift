/// Vertical bars side by side per category (year), one per series, each with its value above it
/// and a note under the category: the allocation plan's seats and unmet need per year, with the
/// classes noted.
struct ColumnChart {
    /// One category on the x axis.
    struct Category {
        /// The axis label (the year).
        var label: String
        /// A second line under the label ("2 kelas"), or "".
        var note: String
        /// One value per series.
        var values: [Double]
    }

    /// The series' names and fill colours, left to right within a category.
    var series: [(name: String, colour: String)]
    /// The categories, left to right.
    var categories: [Category]
    /// Text of an axis tick value.
    var tickLabel: (Double) -> String
    /// Text of a bar's value, written above it.
    var valueLabel: (Double) -> String

    static let width = StackedBarChart.width
    static let plotHeight = 200.0

    /// The value axis, from zero to round ticks above the largest bar; captions read it from here.
    var scale: ChartScale { ChartScale(covering: 0, categories.flatMap(\.values).max() ?? 0) }

    /// The chart as an `<svg>` element.
    func svg(title: String) -> String {
        let scale = scale
        let tickWidth = scale.ticks.map { SVGCanvas.textWidth(tickLabel($0), fontSize: 10) }.max() ?? 0
        let plotLeft = tickWidth + 10
        let plotRight = Self.width - 8
        var chart = SVGCanvas(width: Self.width)
        let legendHeight = chart.legend(series, x: plotLeft, y: 0, width: plotRight - plotLeft)
        // Room above the tallest bar for its value.
        let top = legendHeight + 22
        let bottom = top + Self.plotHeight
        for tick in scale.ticks {
            let y = scale.position(tick, from: bottom, to: top)
            chart.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, kind: tick == scale.low ? "axis" : "grid")
            chart.text(tickLabel(tick), x: plotLeft - 6, y: y + 3.5, anchor: .end, kind: "tick")
        }
        let slot = (plotRight - plotLeft) / Double(max(1, categories.count))
        // Bars fill 70% of a slot, at most 40 px each.
        let barWidth = min(40, slot * 0.7 / Double(max(1, series.count)))
        for (index, category) in categories.enumerated() {
            let centre = plotLeft + slot * (Double(index) + 0.5)
            var x = centre - barWidth * Double(series.count) / 2
            for (value, part) in zip(category.values, series) {
                let y = scale.position(value, from: bottom, to: top)
                chart.rect(
                    x: x, y: y, width: barWidth, height: bottom - y, fill: part.colour,
                    title: "\(category.label) — \(part.name): \(valueLabel(value))")
                // A value wider than its bar would run into the next one; the table above has it.
                let text = valueLabel(value)
                if SVGCanvas.textWidth(text, fontSize: 10) <= barWidth + 4 {
                    chart.text(text, x: x + barWidth / 2, y: y - 4, anchor: .middle, kind: "value")
                }
                x += barWidth
            }
            chart.text(category.label, x: centre, y: bottom + 15, anchor: .middle, kind: "tick")
            if !category.note.isEmpty {
                chart.text(category.note, x: centre, y: bottom + 28, anchor: .middle, kind: "note")
            }
        }
        chart.height = bottom + 34
        return chart.svg(title: title)
    }
}
