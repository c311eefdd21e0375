import Analysis
import Ingestion

/// The class plan on the map (docs/METHOD.md "Class plan"): every kecamatan in grey under its kabupaten borders, a
/// line from each kecamatan's centroid to each venue its trainees travel to over the plan's years, as wide as the
/// trainees it carries (by area: the square root), and each venue as a circle with its name and classes.
package struct ClassFlowMap: Sendable {
    /// The boundaries drawn.
    package var boundaries: BoundaryMap
    /// The plan drawn.
    package var plan: ClassPlan
    /// Kecamatan names, for the tooltips.
    package var names: [KecamatanCode: String]
    /// The language of every word and number.
    package var language: ReportLanguage
    /// The drawing's width in pixels.
    package var width: Double

    /// The widest line, in pixels; the thinnest is ``thinnest``.
    static let widest = 9.0
    static let thinnest = 0.8
    /// The flows' colour and the venues' fill.
    static let flowColour = "#2166ac"
    static let venueColour = "#b2182b"
    /// Grey of the land.
    static let land = "#e6e6e6"

    /// Creates a map; nothing is drawn until ``render()``.
    package init(
        boundaries: BoundaryMap, plan: ClassPlan, names: [KecamatanCode: String],
        language: ReportLanguage = .indonesian, width: Double = ChoroplethMap.defaultWidth
    ) {
        self.boundaries = boundaries
        self.plan = plan
        self.names = names
        self.language = language
        self.width = width
    }

    /// One kecamatan's trainees to one venue over every year of the plan.
    struct Flow: Equatable {
        var from: KecamatanCode
        var venue: Int
        var trainees: Int
        var travel: Double
    }

    /// The flows between different kecamatan, by kecamatan then venue; trainees of a venue's own kecamatan stay.
    var flows: [Flow] {
        var trainees: [Int: [KecamatanCode: (Int, Double)]] = [:]
        for (_, planned) in plan.allClasses {
            for member in planned.members where member.code != plan.venues[planned.venue].code {
                let (count, _) = trainees[planned.venue]?[member.code] ?? (0, 0)
                trainees[planned.venue, default: [:]][member.code] = (count + member.seats, member.travel)
            }
        }
        return trainees.flatMap { venue, byCode in
            byCode.map { Flow(from: $0.key, venue: venue, trainees: $0.value.0, travel: $0.value.1) }
        }.sorted { ($0.from, $0.venue) < ($1.from, $1.venue) }
    }

    /// Draws the map: the SVG and its caption.
    package func render() -> ChoroplethMap.Figure {
        let bounds = boundaries.bounds ?? BoundaryMap.Bounds(west: 0, east: 0, south: 0, north: 0)
        let mapWidth = max(1, width - Self.panelWidth)
        let projection = MapProjection(bounds: bounds, width: mapWidth, margin: ChoroplethMap.margin)
        var drawing = MapDrawing()
        drawLand(on: &drawing, projection: projection)
        let flows = flows
        let most = flows.map(\.trainees).max() ?? 1
        let centres = Dictionary(
            boundaries.features.map { ($0.code, projection.point($0.centroid)) }, uniquingKeysWith: { a, _ in a })
        drawing.raw("<g class=\"class-flows\" stroke-linecap=\"round\">")
        // The widest first, so a thin line stays visible on top of a wide one.
        for flow in flows.sorted(by: { ($1.trainees, $0.from, $0.venue) < ($0.trainees, $1.from, $1.venue) }) {
            guard let from = centres[flow.from], let to = centres[plan.venues[flow.venue].code] else { continue }
            let share = (Double(flow.trainees) / Double(most)).squareRoot()
            let width = Self.thinnest + (Self.widest - Self.thinnest) * share
            drawing.raw("<g><title>\(HTMLText.escape(flowTitle(flow)))</title>")
            drawing.raw(
                "<line x1=\"\(MapDrawing.number(from.x))\" y1=\"\(MapDrawing.number(from.y))\" "
                    + "x2=\"\(MapDrawing.number(to.x))\" y2=\"\(MapDrawing.number(to.y))\" "
                    + "stroke=\"\(Self.flowColour)\" stroke-opacity=\"0.55\" "
                    + "stroke-width=\"\(MapDrawing.number(width))\"/>")
            drawing.circle(at: from, radius: 1.6, fill: Self.flowColour, stroke: "none", width: 0)
            drawing.raw("</g>")
        }
        drawing.raw("</g>")
        let classes = classesByVenue
        drawVenues(on: &drawing, centres: centres, classes: classes)
        let panelHeight = drawPanel(
            on: &drawing, left: mapWidth, classes: classes, most: flows.isEmpty ? nil : most,
            pixelsPerKilometre: projection.pixelsPerKilometre)
        let caption = caption(most: most, drawn: !flows.isEmpty)
        let height = max(projection.height, panelHeight).rounded(.up)
        return ChoroplethMap.Figure(
            svg: drawing.svg(width: width, height: height, title: caption), caption: caption, warnings: [])
    }

    /// The kecamatan in grey and the kabupaten borders.
    func drawLand(on drawing: inout MapDrawing, projection: MapProjection) {
        drawing.raw(
            "<g stroke=\"\(MapPalette.kecamatanLine)\" stroke-width=\"\(MapDrawing.number(ChoroplethMap.kecamatanLineWidth))\" "
                + "stroke-linejoin=\"round\" fill-rule=\"evenodd\">")
        for feature in boundaries.features {
            let rings = feature.polygons.flatMap(\.rings).map { $0.map(projection.point) }
            drawing.path(
                MapDrawing.pathData(rings), attributes: "fill=\"\(Self.land)\"",
                title: names[feature.code].map { "\($0) (\(feature.code))" } ?? feature.code.description)
        }
        drawing.raw("</g>")
        drawing.kabupatenBorders(KabupatenBorders(boundaries), projection: projection)
    }

    /// The key panel's width, in pixels.
    static let panelWidth = 200.0
    /// The venues' numbered circles' radius, in pixels.
    static let venueRadius = 7.5

    /// Classes and trainees per venue over every year.
    var classesByVenue: [(classes: Int, trainees: Int)] {
        var totals = [(classes: Int, trainees: Int)](repeating: (0, 0), count: plan.venues.count)
        for (_, planned) in plan.allClasses {
            totals[planned.venue].classes += 1
            totals[planned.venue].trainees += planned.trainees
        }
        return totals
    }

    /// Each venue as a numbered circle at its kecamatan's centre; the key names it.
    func drawVenues(
        on drawing: inout MapDrawing, centres: [KecamatanCode: MapPoint], classes: [(classes: Int, trainees: Int)]
    ) {
        drawing.raw("<g class=\"venues\">")
        for (index, venue) in plan.venues.enumerated() {
            guard let centre = centres[venue.code] else { continue }
            drawing.raw("<g><title>\(HTMLText.escape(venueText(venue, classes[index])))</title>")
            venueMarker(index, at: centre, on: &drawing)
            drawing.raw("</g>")
        }
        drawing.raw("</g>")
    }

    /// A venue's name with its classes and trainees over the plan, for its tooltip.
    func venueText(_ venue: ClassPlan.Venue, _ totals: (classes: Int, trainees: Int)) -> String {
        "\(venue.name): \(venueFigures(totals))"
    }

    /// A venue's classes and trainees over the plan: "7 kelas, 147 peserta".
    func venueFigures(_ totals: (classes: Int, trainees: Int)) -> String {
        let trainees = NumberFormat.prose(Double(totals.trainees), language)
        return pick(
            "\(totals.classes) kelas, \(trainees) peserta",
            "\(totals.classes) \(totals.classes == 1 ? "class" : "classes"), \(trainees) trainees")
    }

    /// Venue `index`'s numbered circle at `centre`.
    func venueMarker(_ index: Int, at centre: MapPoint, on drawing: inout MapDrawing) {
        drawing.circle(at: centre, radius: Self.venueRadius, fill: Self.venueColour, stroke: "#ffffff", width: 1.2)
        drawing.text(
            "\(index + 1)", x: centre.x, y: centre.y + 3.4, size: MapDrawing.Size.marker, bold: true,
            anchor: "middle", colour: "#ffffff")
    }

    /// The key at the right: the numbered venues, three line widths and a scale bar; returns its height.
    func drawPanel(
        on drawing: inout MapDrawing, left: Double, classes: [(classes: Int, trainees: Int)], most: Int?,
        pixelsPerKilometre: Double
    ) -> Double {
        let x = left + 10
        let textWidth = Self.panelWidth - 20
        var y = 20.0
        drawing.text(pick("Tempat kelas", "Venues"), x: x, y: y, bold: true)
        for (index, venue) in plan.venues.enumerated() {
            y += 22
            venueMarker(index, at: MapPoint(x: x + Self.venueRadius, y: y - 4), on: &drawing)
            let left = 2 * Self.venueRadius + 6
            drawing.text(
                SVGCanvas.fit(venue.name, width: textWidth - left, fontSize: MapDrawing.Size.text), x: x + left, y: y)
            y += 13
            drawing.text(venueFigures(classes[index]), x: x + left, y: y, size: MapDrawing.Size.small)
        }
        if let most {
            y += 28
            drawing.text(pick("Peserta per garis", "Trainees per line"), x: x, y: y, bold: true)
            for count in Self.legendCounts(most) {
                y += 18
                let share = (Double(count) / Double(most)).squareRoot()
                let lineWidth = Self.thinnest + (Self.widest - Self.thinnest) * share
                drawing.raw(
                    "<line x1=\"\(MapDrawing.number(x))\" y1=\"\(MapDrawing.number(y - 4))\" "
                        + "x2=\"\(MapDrawing.number(x + 36))\" y2=\"\(MapDrawing.number(y - 4))\" "
                        + "stroke=\"\(Self.flowColour)\" stroke-opacity=\"0.55\" stroke-linecap=\"round\" "
                        + "stroke-width=\"\(MapDrawing.number(lineWidth))\"/>")
                drawing.text(NumberFormat.prose(Double(count), language), x: x + 46, y: y, size: MapDrawing.Size.small)
            }
        }
        if let bar = ScaleBar(pixelsPerKilometre: pixelsPerKilometre, maxPixels: min(150, textWidth - 20)) {
            y += 30
            drawing.scaleBar(bar, x: x, y: y, language: language)
            y += 20
        }
        return y + 10
    }

    /// The trainee counts the line key shows: the most, about half and about a tenth of it, each once, at least 1.
    static func legendCounts(_ most: Int) -> [Int] {
        var counts: [Int] = []
        for count in [most, (most + 1) / 2, max(1, (most + 5) / 10)] where !counts.contains(count) {
            counts.append(count)
        }
        return counts
    }

    /// A flow's tooltip: where from, where to, trainees over the plan, and travel per trainee.
    func flowTitle(_ flow: Flow) -> String {
        let name = names[flow.from] ?? flow.from.description
        let venue = plan.venues[flow.venue].name
        let travel = plan.unit.prose(flow.travel, language)
        let unit = plan.unit.word(language)
        return pick(
            "\(name) → \(venue): \(flow.trainees) peserta, \(travel) \(unit) per peserta",
            "\(name) → \(venue): \(flow.trainees) trainees, \(travel) \(unit) per trainee")
    }

    /// The caption: what the lines and circles show, over which years.
    func caption(most: Int, drawn: Bool) -> String {
        let years = plan.years.map(\.year)
        let span =
            years.first.map { first in years.last.map { $0 == first ? "\(first)" : "\(first)–\($0)" } ?? "" } ?? ""
        let lines =
            drawn
            ? pick(
                "setiap garis menghubungkan titik tengah kecamatan dengan tempat kelas pesertanya, makin tebal makin "
                    + "banyak peserta (paling tebal: \(most) peserta)",
                "each line joins a kecamatan's centre to the venue its trainees go to, wider for more trainees "
                    + "(widest: \(most) trainees)")
            : pick("semua peserta belajar di kecamatannya sendiri", "every trainee is taught in their own kecamatan")
        return pick(
            "Asal peserta dan tempat kelas, \(span): \(lines); lingkaran merah bernomor = tempat kelas (lihat keterangan). "
                + "Garis lurus, bukan rute perjalanan.",
            "Where trainees come from and where classes are held, \(span): \(lines); numbered red circles = "
                + "venues (see the key). Straight lines, not travel routes.")
    }

    /// Picks the Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }
}
