/// Horizontal bars on a fixed scale, in labelled groups: readiness per kecamatan, grouped by
/// kabupaten/kota, on 0–100%.
struct GroupedBarChart {
    /// One bar.
    struct Bar {
        /// The name on the left.
        var label: String
        /// The value, within the chart's domain.
        var value: Double
        /// The value as text, written after the bar.
        var valueText: String
    }

    /// A group of bars under a heading.
    struct Group {
        /// The heading, written across the label column.
        var label: String
        /// The bars, top to bottom.
        var bars: [Bar]
    }

    /// The groups, top to bottom.
    var groups: [Group]
    /// The value axis; values outside it are clamped.
    var scale: ChartScale
    /// The bars' fill colour.
    var colour: String
    /// Text of an axis tick value.
    var tickLabel: (Double) -> String

    static let width = StackedBarChart.width
    // Rows as tight as 10 px text allows: a province's 50-odd kecamatan should fit on one A4 page.
    static let rowHeight = 13.0
    static let barHeight = 9.0
    static let groupHeight = 20.0
    static let fontSize = 10.0

    /// The chart as an `<svg>` element.
    func svg(title: String) -> String {
        let width = Self.width
        let longest = groups.flatMap(\.bars).map { SVGCanvas.textWidth($0.label, fontSize: Self.fontSize) }.max() ?? 0
        let labelWidth = min(width * 0.38, longest + 12)
        let plotLeft = labelWidth
        let plotRight = width - 40
        let top = 18.0
        var chart = SVGCanvas(width: width)
        // The ticks on top as well as below: the chart can be most of a page tall.
        for tick in scale.ticks {
            chart.text(
                tickLabel(tick), x: scale.position(tick, from: plotLeft, to: plotRight), y: 11, anchor: .middle,
                kind: "tick")
        }
        var y = top
        var rows: [(y: Double, bar: Bar)] = []
        var headings: [(y: Double, label: String)] = []
        for group in groups {
            headings.append((y + 14, group.label))
            y += Self.groupHeight
            for bar in group.bars {
                rows.append((y, bar))
                y += Self.rowHeight
            }
        }
        let bottom = y + 4
        for tick in scale.ticks {
            let x = scale.position(tick, from: plotLeft, to: plotRight)
            chart.line(x1: x, y1: top, x2: x, y2: bottom, kind: tick == scale.low ? "axis" : "grid")
            chart.text(tickLabel(tick), x: x, y: bottom + 13, anchor: .middle, kind: "tick")
        }
        for heading in headings {
            chart.line(x1: 0, y1: heading.y - 14, x2: width, y2: heading.y - 14, kind: "rule")
            // Over the axis and grid lines: the style sheet gives the heading a white halo.
            chart.text(heading.label, x: 0, y: heading.y, kind: "group")
        }
        for row in rows {
            let barTop = row.y + (Self.rowHeight - Self.barHeight) / 2
            let baseline = row.y + Self.rowHeight / 2 + Self.fontSize * 0.35
            chart.text(
                SVGCanvas.fit(row.bar.label, width: labelWidth - 6, fontSize: Self.fontSize), x: labelWidth - 6,
                y: baseline, anchor: .end, kind: "small")
            let value = min(scale.high, max(scale.low, row.bar.value))
            let end = scale.position(value, from: plotLeft, to: plotRight)
            chart.rect(
                x: plotLeft, y: barTop, width: end - plotLeft, height: Self.barHeight, fill: colour,
                title: "\(row.bar.label): \(row.bar.valueText)")
            chart.text(row.bar.valueText, x: end + 4, y: baseline, kind: "value")
        }
        chart.height = bottom + 18
        return chart.svg(title: title)
    }
}
