/// The SVG elements of a choropleth, written one per line with coordinates to one decimal, so the same map gives
/// the same bytes everywhere.
///
/// Everything is styled by presentation attributes and, for text, an inline `style` (which outranks a page's
/// style sheet such as `brief.html`'s `svg text` rule), so the drawing looks the same inline in any page. Text is
/// escaped here.
struct MapDrawing {
    /// The elements so far, in drawing order.
    private(set) var elements: [String] = []

    /// Font sizes, in pixels.
    enum Size {
        static let text = 11.0
        static let small = 10.0
        static let marker = 9.5
    }

    /// A coordinate or length: one decimal, `.` as mark, never `-0.0`.
    static func number(_ value: Double) -> String { SVGCanvas.number(value) }

    /// Path data for closed rings: `M x y L x y … Z` per ring; a point that repeats the one before at one decimal
    /// is left out (it would draw nothing).
    static func pathData(_ rings: [[MapPoint]], closed: Bool = true) -> String {
        var data = ""
        for ring in rings where !ring.isEmpty {
            var previous = ""
            for (index, point) in ring.enumerated() {
                let pair = "\(number(point.x)) \(number(point.y))"
                guard pair != previous else { continue }
                data += (index == 0 ? "M" : "L") + pair
                previous = pair
            }
            if closed { data += "Z" }
        }
        return data
    }

    /// Adds a raw element or group tag.
    mutating func raw(_ element: String) {
        elements.append(element)
    }

    /// A path with `attributes` (already escaped) and an optional tooltip.
    mutating func path(_ data: String, attributes: String, title: String? = nil) {
        if let title {
            elements.append("<path \(attributes) d=\"\(data)\"><title>\(HTMLText.escape(title))</title></path>")
        } else {
            elements.append("<path \(attributes) d=\"\(data)\"/>")
        }
    }

    /// A rectangle filled `fill`, outlined `stroke` when given.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        let n = Self.number
        let outline = stroke.map { " stroke=\"\($0)\" stroke-width=\"0.5\"" } ?? ""
        elements.append(
            "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
                + "\(outline)/>")
    }

    /// A straight line.
    mutating func line(from a: MapPoint, to b: MapPoint, stroke: String, width: Double) {
        let n = Self.number
        elements.append(
            "<line x1=\"\(n(a.x))\" y1=\"\(n(a.y))\" x2=\"\(n(b.x))\" y2=\"\(n(b.y))\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(n(width))\" stroke-linecap=\"round\"/>")
    }

    /// A circle.
    mutating func circle(at centre: MapPoint, radius: Double, fill: String, stroke: String, width: Double) {
        let n = Self.number
        elements.append(
            "<circle cx=\"\(n(centre.x))\" cy=\"\(n(centre.y))\" r=\"\(n(radius))\" fill=\"\(fill)\" "
                + "stroke=\"\(stroke)\" stroke-width=\"\(n(width))\"/>")
    }

    /// Text on its baseline at (x, y); `anchor` is `start`, `middle` or `end`.
    mutating func text(
        _ text: String, x: Double, y: Double, size: Double = Size.text, bold: Bool = false, anchor: String = "start",
        colour: String = "#1a1a1a"
    ) {
        let n = Self.number
        let weight = bold ? ";font-weight:bold" : ""
        let alignment = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        elements.append(
            "<text x=\"\(n(x))\" y=\"\(n(y))\"\(alignment) style=\"font-size:\(n(size))px;fill:\(colour)\(weight)\">"
                + "\(HTMLText.escape(text))</text>")
    }

    /// The `<svg>` element of `width` × `height` with `title` as its accessible name.
    func svg(width: Double, height: Double, title: String) -> String {
        let size = "\(Self.number(width)) \(Self.number(height))"
        return
            (["<svg viewBox=\"0 0 \(size)\" role=\"img\">", "<title>\(HTMLText.escape(title))</title>"] + elements
            + ["</svg>"]).joined(separator: "\n")
    }

    /// The width `text` takes at `size`: the estimate of the brief's charts (``SVGCanvas/textWidth(_:fontSize:bold:)``).
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        SVGCanvas.textWidth(text, fontSize: size, bold: bold)
    }
}
