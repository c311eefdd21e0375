import Ingestion

/// The map of the brief: a choropleth of kecamatan as one inline SVG, with a legend, the top kecamatan numbered,
/// kabupaten/kota borders drawn heavier and a scale bar; ``render()`` gives the SVG, its caption and warnings.
///
/// Two modes (``Mode``): the priority score in up to five quantile classes on ColorBrewer YlOrRd, or a what-if's rank
/// change in five classes symmetric around 0 on ColorBrewer RdBu (``MapClasses``, ``MapPalette``). The drawing
/// is an equirectangular projection fitted to the width less a key panel on the right (``MapProjection``). A
/// kecamatan of the map without a value is drawn grey ("tanpa data"); a value without a boundary is not drawn.
/// Both are reported as ``Warning``s, never a failure. Pure: the same input gives the same bytes.
package struct ChoroplethMap: Sendable {
    /// What the map colours.
    package enum Mode: Sendable, Equatable {
        /// The priority score: quantile classes on the sequential palette.
        case priorityScore
        /// A what-if's rank change, scenario minus baseline (negative = climbed towards rank 1): symmetric
        /// classes on the diverging palette. Values are rounded to whole places.
        case rankChange
    }

    /// How a kecamatan is named on the map: in its tooltip and, when numbered, in the key.
    package struct Label: Equatable, Sendable {
        /// The kecamatan's name.
        package var name: String
        /// Its rank (in a what-if, the scenario's), when it has one.
        package var rank: Int?

        /// Creates a label.
        package init(name: String, rank: Int? = nil) {
            self.name = name
            self.rank = rank
        }
    }

    /// A drawn choropleth: the inline SVG, the caption that describes it, and what could not be shown.
    package struct Figure: Equatable, Sendable {
        /// One `<svg>` element, for inline HTML: no external resources, no script, no `xmlns` (inline SVG needs none).
        package var svg: String
        /// The figure's caption, in the map's language, built from what was drawn.
        package var caption: String
        /// Kecamatan that could not be shown as asked, sorted by code.
        package var warnings: [Warning]

        /// Creates a figure.
        package init(svg: String, caption: String, warnings: [Warning]) {
            self.svg = svg
            self.caption = caption
            self.warnings = warnings
        }
    }

    /// Something a choropleth could not show as asked: the figure is still drawn, and the warning says what is
    /// missing from it. Sorted by code in ``Figure/warnings``.
    package enum Warning: Equatable, Sendable, CustomStringConvertible {
        /// A kecamatan with a value (or in the top list) that the map has no boundary for: not drawn, not numbered.
        case noBoundary(KecamatanCode)
        /// A kecamatan of the map without a value: drawn grey, as no data.
        case noValue(KecamatanCode)
        /// A kecamatan whose value is not a finite number: drawn grey, as no data.
        case notFinite(KecamatanCode)

        /// The kecamatan the warning is about.
        package var code: KecamatanCode {
            switch self {
            case .noBoundary(let code), .noValue(let code), .notFinite(let code): code
            }
        }

        /// `CODE: what is missing — what the map does about it`.
        package var description: String {
            switch self {
            case .noBoundary(let code):
                "\(code): no boundary in the map file — not drawn; check the map's codes against the regions file"
            case .noValue(let code):
                "\(code): in the map file but without a value — drawn grey as no data"
            case .notFinite(let code):
                "\(code): the value is not a finite number — drawn grey as no data"
            }
        }
    }

    /// The default width of the drawing, in pixels: the brief's column (180 mm) at 96 px per inch, rounded.
    package static let defaultWidth = 680.0

    /// The kecamatan boundaries.
    package var boundaries: BoundaryMap
    /// The value per kecamatan: the priority score, or the rank change.
    package var values: [KecamatanCode: Double]
    /// Names and ranks for tooltips and the key; a kecamatan without one takes the map file's `nama`, or its code.
    package var labels: [KecamatanCode: Label]
    /// The kecamatan to number, in rank order (1, 2, …); repeats are numbered once.
    package var top: [KecamatanCode]
    /// What the values are.
    package var mode: Mode
    /// The language of every word and number.
    package var language: ReportLanguage
    /// The drawing's width in pixels, key panel included.
    package var width: Double

    /// Creates a map; nothing is drawn until ``render()``.
    package init(
        boundaries: BoundaryMap, values: [KecamatanCode: Double], labels: [KecamatanCode: Label] = [:],
        top: [KecamatanCode] = [], mode: Mode = .priorityScore, language: ReportLanguage = .indonesian,
        width: Double = ChoroplethMap.defaultWidth
    ) {
        self.boundaries = boundaries
        self.values = values
        self.labels = labels
        self.top = top
        self.mode = mode
        self.language = language
        self.width = width
    }

    /// Draws the map.
    package func render() -> Figure {
        let shading = shade()
        let key = keyEntries()
        let panel = panelWidth(shading: shading, key: key)
        let mapWidth = max(1, width - panel)
        let bounds = boundaries.bounds ?? BoundaryMap.Bounds(west: 0, east: 0, south: 0, north: 0)
        let projection = MapProjection(bounds: bounds, width: mapWidth, margin: Self.margin)
        let borders = KabupatenBorders(boundaries)
        var drawing = MapDrawing()
        drawKecamatan(on: &drawing, projection: projection, shading: shading)
        drawing.kabupatenBorders(borders, projection: projection)
        let numbered = drawMarkers(key, on: &drawing, projection: projection, shading: shading)
        let panelHeight = drawPanel(
            on: &drawing, left: mapWidth, width: panel, shading: shading, key: key,
            pixelsPerKilometre: projection.pixelsPerKilometre)
        let caption = caption(
            classes: shading.classes.classes.count, borders: borders.segmentCount > 0,
            numbered: numbered > 0 ? key.count : 0,
            noData: shading.hasNoData)
        let height = max(projection.height, panelHeight).rounded(.up)
        return Figure(
            svg: drawing.svg(width: width, height: height, title: caption), caption: caption,
            warnings: shading.warnings)
    }

    /// The space around the map inside its part of the drawing, in pixels.
    static let margin = 10.0

    /// Picks the Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }
}
