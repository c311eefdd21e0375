extension ChoroplethMap {
    /// Rows of the panel, in pixels.
    enum Panel {
        static let padding = 12.0
        static let row = 18.0
        static let keyRow = 17.0
        static let gap = 14.0
        static let swatch = (width: 16.0, height: 11.0)
        static let minWidth = 140.0
        static let maxShare = 0.42
    }

    /// The panel's width: room for its longest line, at least 140 px, at most 42 % of the drawing.
    func panelWidth(shading: Shading, key: [KeyEntry]) -> Double {
        let size = MapDrawing.Size.text
        var widest = MapDrawing.textWidth(legendTitle, size: size, bold: true)
        for entry in legendEntries(shading) {
            widest = max(widest, Panel.swatch.width + 6 + MapDrawing.textWidth(entry.text, size: size))
        }
        if !key.isEmpty { widest = max(widest, MapDrawing.textWidth(keyTitle(key.count), size: size, bold: true)) }
        for entry in key {
            widest = max(widest, 2 * Self.markerRadius + 6 + MapDrawing.textWidth(keyName(entry), size: size))
        }
        let wanted = (widest + 2 * Panel.padding).rounded(.up)
        return min(max(wanted, Panel.minWidth), (width * Panel.maxShare).rounded(.down))
    }

    /// The legend's rows: a swatch colour (nil for the border line) and its text.
    func legendEntries(_ shading: Shading) -> [(colour: String?, text: String)] {
        var entries: [(colour: String?, text: String)] = shading.classes.classes.map { ($0.colour, classLabel($0)) }
        if shading.hasNoData { entries.append((MapPalette.noData, pick("tanpa data", "no data"))) }
        entries.append((nil, pick("batas kabupaten/kota", "kabupaten/kota border")))
        return entries
    }

    /// The legend, the key and the scale bar, top to bottom from `left`; returns the height they take.
    func drawPanel(
        on drawing: inout MapDrawing, left: Double, width: Double, shading: Shading, key: [KeyEntry],
        pixelsPerKilometre: Double
    ) -> Double {
        let x = left + Panel.padding
        let textWidth = width - 2 * Panel.padding
        var y = Self.margin + 12
        drawing.text(legendTitle, x: x, y: y, bold: true)
        y += 8
        for entry in legendEntries(shading) {
            if let colour = entry.colour {
                drawing.rect(
                    x: x, y: y + 3, width: Panel.swatch.width, height: Panel.swatch.height, fill: colour,
                    stroke: "#7a7a7a")
            } else {
                drawing.line(
                    from: MapPoint(x: x, y: y + 8.5), to: MapPoint(x: x + Panel.swatch.width, y: y + 8.5),
                    stroke: MapPalette.borderLine, width: Self.borderLineWidth)
            }
            drawing.text(entry.text, x: x + Panel.swatch.width + 6, y: y + 12.5)
            y += Panel.row
        }
        if !key.isEmpty {
            y += Panel.gap + 4
            drawing.text(keyTitle(key.count), x: x, y: y, bold: true)
            y += 6
            for entry in key {
                let centre = MapPoint(x: x + Self.markerRadius, y: y + Panel.keyRow / 2)
                drawing.circle(at: centre, radius: Self.markerRadius - 1, fill: "#ffffff", stroke: "#1a1a1a", width: 1)
                drawing.text(
                    "\(entry.number)", x: centre.x, y: centre.y + MapDrawing.Size.marker * 0.35,
                    size: MapDrawing.Size.marker - 0.5, bold: true, anchor: "middle")
                let nameLeft = 2 * Self.markerRadius + 6
                drawing.text(
                    fit(keyName(entry), width: textWidth - nameLeft), x: x + nameLeft,
                    y: centre.y + MapDrawing.Size.text * 0.35)
                y += Panel.keyRow
            }
        }
        y += Panel.gap
        drawNorthArrow(on: &drawing, x: x, y: y)
        y += 32
        // Room on the right for half of the last label ("100 km").
        if let bar = ScaleBar(pixelsPerKilometre: pixelsPerKilometre, maxPixels: min(150, textWidth - 20)) {
            drawing.scaleBar(bar, x: x, y: y, language: language)
            y += 20
        }
        return y + Self.margin
    }

    /// A north arrow: a black triangle pointing up over `U` (utara) or `N`, 22 px tall from `y`.
    func drawNorthArrow(on drawing: inout MapDrawing, x: Double, y: Double) {
        let centre = x + 6
        let n = MapDrawing.number
        drawing.raw(
            "<path d=\"M\(n(centre)) \(n(y))L\(n(centre + 5)) \(n(y + 12))L\(n(centre)) \(n(y + 9))"
                + "L\(n(centre - 5)) \(n(y + 12))Z\" fill=\"#1a1a1a\"/>")
        drawing.text(pick("U", "N"), x: centre, y: y + 23, size: MapDrawing.Size.small, bold: true, anchor: "middle")
    }

    /// `text` cut with `…` to fit `width` at the text size (by the usual estimate).
    func fit(_ text: String, width: Double) -> String {
        SVGCanvas.fit(text, width: width, fontSize: MapDrawing.Size.text)
    }
}
