/// An inline SVG drawing built element by element, for the charts of `brief.html`.
///
/// Coordinates are in CSS pixels of the view box and always written with one decimal, so the
/// same chart gives the same bytes on every platform. Text is escaped here; styling comes from
/// classes the page's style sheet defines (`BriefHTML.styleSheet`) plus explicit fill colours.
struct SVGCanvas {
    /// The view box's width; the page scales it to the column width.
    let width: Double
    /// The view box's height; set once the chart knows how tall it came out.
    var height: Double
    private var elements: [String] = []

    /// An empty canvas.
    init(width: Double, height: Double = 0) {
        self.width = width
        self.height = height
    }

    /// Text alignment at the anchor point.
    enum Anchor: String {
        case start, middle, end
    }

    /// A coordinate or length: one decimal, `.` as mark.
    static func number(_ value: Double) -> String { NumberFormat.fixed(value, 1) }

    /// A filled rectangle; zero or negative sizes draw nothing. `title` becomes a tooltip.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, title: String? = nil) {
        guard width > 0, height > 0 else { return }
        let n = Self.number
        let shape = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill)\""
        if let title {
            elements.append(shape + "><title>\(HTMLText.escape(title))</title></rect>")
        } else {
            elements.append(shape + "/>")
        }
    }

    /// A straight line of class `kind` (`axis`, `grid`, …).
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, kind: String) {
        let n = Self.number
        elements.append("<line class=\"\(kind)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>")
    }

    /// A polyline through `points`, stroked in `stroke`.
    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String) {
        let path = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        elements.append("<polyline class=\"series\" points=\"\(path)\" stroke=\"\(stroke)\"/>")
    }

    /// A dot of radius `radius`; `title` becomes a tooltip.
    mutating func circle(x: Double, y: Double, radius: Double, fill: String, title: String) {
        let n = Self.number
        elements.append(
            "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill)\">"
                + "<title>\(HTMLText.escape(title))</title></circle>")
    }

    /// Text at (x, y) on its baseline, of class `kind` (`label`, `tick`, `value`, `group`, …).
    mutating func text(_ text: String, x: Double, y: Double, anchor: Anchor = .start, kind: String = "label") {
        let n = Self.number
        let anchorAttribute = anchor == .start ? "" : " text-anchor=\"\(anchor.rawValue)\""
        elements.append(
            "<text class=\"\(kind)\" x=\"\(n(x))\" y=\"\(n(y))\"\(anchorAttribute)>\(HTMLText.escape(text))</text>")
    }

    /// A legend of colour swatches and names from (`x`, `y`), wrapping at `width`; returns the
    /// height it took.
    mutating func legend(_ items: [(name: String, colour: String)], x: Double, y: Double, width: Double) -> Double {
        let fontSize = 11.0
        let lineHeight = 16.0
        var left = x
        var top = y
        for item in items {
            let itemWidth = 14 + Self.textWidth(item.name, fontSize: fontSize) + 14
            if left > x, left + itemWidth > x + width {
                left = x
                top += lineHeight
            }
            rect(x: left, y: top + 2, width: 10, height: 10, fill: item.colour)
            text(item.name, x: left + 14, y: top + 11, kind: "legend")
            left += itemWidth
        }
        return items.isEmpty ? 0 : top - y + lineHeight
    }

    /// The `<svg>` element, with `title` as its accessible name; one element per line. Inline SVG
    /// in HTML needs no `xmlns`, so the page names no URL at all.
    func svg(title: String) -> String {
        let size = "\(Self.number(width)) \(Self.number(height))"
        return
            (["<svg viewBox=\"0 0 \(size)\" role=\"img\">"]
            + ["<title>\(HTMLText.escape(title))</title>"] + elements + ["</svg>"]).joined(separator: "\n")
    }

    /// The width `text` takes at `fontSize`: an estimate (0.58 em a character, 0.62 in bold), since
    /// the page has no font metrics to ask; used to make room for labels, never to place them exactly.
    static func textWidth(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        Double(text.count) * fontSize * (bold ? 0.62 : 0.58)
    }

    /// `text` cut with `…` to fit `width` at `fontSize` (by the same estimate).
    static func fit(_ text: String, width: Double, fontSize: Double) -> String {
        let fits = Int(width / (fontSize * 0.58))
        guard text.count > fits, fits > 1 else { return text }
        return String(text.prefix(fits - 1)) + "…"
    }
}
