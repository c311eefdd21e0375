import Ingestion

extension ChoroplethMap {
    /// The radius of the numbered circles, in pixels.
    static let markerRadius = 7.5
    /// The width of the thin lines between kecamatan and of the kabupaten/kota borders, in pixels.
    static let kecamatanLineWidth = 0.4
    static let borderLineWidth = 1.4

    /// One `<path data-kode="…">` per kecamatan, in map order, filled by its class, with its tooltip.
    func drawKecamatan(on drawing: inout MapDrawing, projection: MapProjection, shading: Shading) {
        drawing.raw(
            "<g stroke=\"\(MapPalette.kecamatanLine)\" stroke-width=\"\(MapDrawing.number(Self.kecamatanLineWidth))\" "
                + "stroke-linejoin=\"round\" fill-rule=\"evenodd\">")
        for feature in boundaries.features {
            let rings = feature.polygons.flatMap(\.rings).map { $0.map(projection.point) }
            let fill = shading.fills[feature.code] ?? MapPalette.noData
            drawing.path(
                MapDrawing.pathData(rings), attributes: "data-kode=\"\(feature.code)\" fill=\"\(fill)\"",
                title: tooltip(feature.code, value: shading.shown[feature.code]))
        }
        drawing.raw("</g>")
    }

    /// The numbered circles of the key's kecamatan that are on the map, each at a point inside its largest part
    /// (moved aside with a leader line when it would cover another); returns how many were drawn.
    func drawMarkers(
        _ key: [KeyEntry], on drawing: inout MapDrawing, projection: MapProjection, shading: Shading
    ) -> Int {
        var anchors: [(entry: KeyEntry, point: MapPoint)] = []
        for entry in key {
            guard let feature = boundaries.feature(entry.code) else { continue }
            let parts = feature.polygons.map { $0.rings.map { $0.map(projection.point) } }
            if let point = LabelPoint.of(parts) { anchors.append((entry, point)) }
        }
        let placement = MarkerPlacement(radius: Self.markerRadius, width: projection.width, height: projection.height)
        let placed = placement.place(anchors.map(\.point))
        guard !placed.isEmpty else { return 0 }
        drawing.raw("<g class=\"top-markers\">")
        // Leader lines first, so that no line crosses a circle drawn after it.
        for spot in placed where spot.moved {
            drawing.line(from: spot.anchor, to: spot.centre, stroke: MapPalette.borderLine, width: 0.8)
            drawing.circle(at: spot.anchor, radius: 1.6, fill: MapPalette.borderLine, stroke: "none", width: 0)
        }
        for (anchor, spot) in zip(anchors, placed) {
            drawing.raw("<g><title>\(HTMLText.escape(markerTitle(anchor.entry, shading: shading)))</title>")
            drawing.circle(at: spot.centre, radius: Self.markerRadius, fill: "#ffffff", stroke: "#1a1a1a", width: 1)
            drawing.text(
                "\(anchor.entry.number)", x: spot.centre.x, y: spot.centre.y + MapDrawing.Size.marker * 0.35,
                size: MapDrawing.Size.marker, bold: true, anchor: "middle")
            drawing.raw("</g>")
        }
        drawing.raw("</g>")
        return placed.count
    }

    /// A numbered circle's tooltip: the kecamatan's own.
    func markerTitle(_ entry: KeyEntry, shading: Shading) -> String {
        tooltip(entry.code, value: shading.shown[entry.code])
    }
}
