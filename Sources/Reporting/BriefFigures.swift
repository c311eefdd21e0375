import Analysis
import Ingestion

/// The four charts of `brief.html`, each a `<figure>` with a numbered caption, in the brief's
/// language and number style; built from the analysis only, like the brief's text.
struct BriefFigures {
    let brief: BriefSections
    /// The number the next figure gets.
    private var next = 1

    init(brief: BriefSections) { self.brief = brief }

    var analysis: PlanAnalysis { brief.analysis }
    var language: ReportLanguage { brief.language }
    func pick(_ indonesian: String, _ english: String) -> String { brief.pick(indonesian, english) }

    /// Colour-blind-safe colours (Okabe and Ito), one per score component.
    static let componentColours = ["#d55e00", "#0072b2", "#009e73", "#e69f00"]
    /// Line colours for the kabupaten/kota, reused in turn when there are more.
    static let seriesColours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#882255", "#555555"]
    /// Readiness bars.
    static let readinessColour = "#56b4e9"
    /// Seats allocated, and the need left unmet.
    static let allocationColours = ["#009e73", "#b8b8b8"]

    /// (a) The ranked kecamatan's scores, top `BriefHTML.chartedCount`, split into the weighted
    /// components that add up to them.
    mutating func scores() -> [String] {
        let weights = analysis.config.weights
        let shown = analysis.ranking.prefix(BriefHTML.chartedCount)
        guard !shown.isEmpty, weights.sum > 0 else { return [] }
        let names = [
            pick("Kesenjangan kesiapan", "Readiness gap"),
            pick("Tekanan (penduduk per pekerja aktif)", "Pressure (residents per active worker)"),
            pick("Pertumbuhan penduduk", "Population growth"),
            pick("Porsi slot modul belum terlatih", "Untrained share of module slots"),
        ]
        let weightValues = [weights.readinessGap, weights.pressure, weights.growth, weights.untrainedShare]
        let series = zip(names, zip(weightValues, Self.componentColours)).map { name, weighted in
            (name: "\(name), \(pick("bobot", "weight")) \(brief.number(weighted.0))", colour: weighted.1)
        }
        let rows = shown.map { ranked in
            StackedBarChart.Row(
                label: "\(ranked.rank). \(analysis.kecamatan(ranked.code)?.name ?? ranked.code.description)",
                segments: ranked.components.contributions(weights).map { max(0, $0) },
                total: score(ranked.score))
        }
        let language = language
        let chart = StackedBarChart(
            series: series, rows: rows, tickLabel: { NumberFormat.prose($0, upTo: 2, language) },
            valueLabel: { NumberFormat.prose($0, places: 3, language) })
        let total = analysis.ranking.count
        let caption =
            shown.count < total
            ? pick(
                "Skor prioritas \(shown.count) kecamatan teratas dari \(total), menurut komponennya",
                "Priority score of the top \(shown.count) of \(total) kecamatan, by component")
            : pick(
                "Skor prioritas \(total) kecamatan, menurut komponennya",
                "Priority score of the \(total) kecamatan, by component")
        return figure(
            caption, chart.svg(title: caption),
            note: pick(
                "Panjang batang adalah skor, pada sumbu dari 0 sampai \(score(chart.scale.high)); tiap warna adalah "
                    + "bagian skor dari satu komponen: bobot × nilai komponen ÷ jumlah bobot.",
                "Bar length is the score, on an axis from 0 to \(score(chart.scale.high)); each colour is one "
                    + "component's part of it: weight × component value ÷ sum of the weights."))
    }

    /// The map: the priority score per kecamatan in five classes with the top 10 numbered, or for a
    /// what-if the rank change; nothing without a boundary map. Its caption is the map's own, which
    /// it derives from what it draws.
    mutating func map(_ boundaries: RunContext.Boundaries?, rankChanges: RunComparison?) -> [String] {
        guard let boundaries, !analysis.ranking.isEmpty else { return [] }
        let map =
            rankChanges.map { ChoroplethMap.rankChanges($0, boundaries: boundaries.map, language: language) }
            ?? ChoroplethMap.priorities(analysis, boundaries: boundaries.map, language: language)
        let drawn = map.render()
        let note =
            mapSource(boundaries)
            + pick(
                "Arahkan tetikus ke kecamatan untuk nama, peringkat dan skornya.",
                "Hover over a kecamatan for its name, rank and score.")
        return figure(drawn.caption, drawn.svg, note: note)
    }

    /// Where a map's boundaries come from, for its note: the source's own attribution, else the file; ends ". ".
    func mapSource(_ boundaries: RunContext.Boundaries) -> String {
        (boundaries.attribution ?? pick("Batas wilayah: ", "Boundaries: ") + boundaries.path) + ". "
    }

    /// The class plan on the map: flows of trainees to venues over the plan's years; nothing without a map or a
    /// class plan.
    mutating func classMap(_ boundaries: RunContext.Boundaries?) -> [String] {
        guard let boundaries, case .success(let plan) = analysis.classPlan, !plan.years.isEmpty else { return [] }
        let names = Dictionary(analysis.kecamatan.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let drawn = ClassFlowMap(boundaries: boundaries.map, plan: plan, names: names, language: language).render()
        let note =
            mapSource(boundaries)
            + pick(
                "Arahkan tetikus ke garis untuk jumlah peserta dan jarak per peserta.",
                "Hover over a line for its trainees and travel per trainee.")
        return figure(drawn.caption, drawn.svg, note: note)
    }

    /// (b) Readiness at the priority year per kecamatan, grouped by kabupaten/kota in code order,
    /// each group headed by its name and its own readiness (from its sums).
    mutating func readiness() -> [String] {
        let y = brief.years.priority
        let byCode = Dictionary(uniqueKeysWithValues: analysis.kabupaten.map { ($0.code, $0) })
        var groups: [GroupedBarChart.Group] = []
        for kecamatan in analysis.kecamatan {
            let code = kecamatan.code.kabupatenCode.description
            let figures = kecamatan.figures(y)
            let bar = GroupedBarChart.Bar(
                label: kecamatan.name, value: figures.readiness, valueText: brief.percent(figures.readiness))
            let heading: String
            if let totals = byCode[code] {
                let name = totals.name.isEmpty ? kecamatan.kabupaten : totals.name
                heading = "\(name) (\(code)): \(brief.percent(totals.figures(y).readiness))"
            } else {
                heading = kecamatan.kabupaten.isEmpty ? code : "\(kecamatan.kabupaten) (\(code))"
            }
            // The kecamatan come in code order, so a kabupaten's are consecutive.
            if groups.last?.label == heading {
                groups[groups.count - 1].bars.append(bar)
            } else {
                groups.append(GroupedBarChart.Group(label: heading, bars: [bar]))
            }
        }
        guard !groups.isEmpty else { return [] }
        let language = language
        let chart = GroupedBarChart(
            groups: groups, scale: ChartScale(covering: 0, 1), colour: Self.readinessColour,
            tickLabel: { NumberFormat.percent($0, places: 0, language) })
        let caption = pick(
            "Kesiapan pelatihan per kecamatan pada \(y), menurut kabupaten/kota",
            "Training readiness per kecamatan in \(y), by kabupaten/kota")
        return figure(
            caption, chart.svg(title: caption),
            note: pick(
                "Kesiapan: bagian modul yang dibutuhkan tenaga kerja yang sudah dimiliki pekerja aktif. Angka di "
                    + "samping nama kabupaten/kota dihitung dari jumlah semua kecamatannya.",
                "Readiness: the share of the modules the required workforce needs that active workers hold. The "
                    + "figure by each kabupaten/kota's name is worked out from the sums over its kecamatan."))
    }

    /// (c) Projected population per kabupaten/kota, B to H, as an index with the base year = 100, so
    /// that a kabupaten of 30,000 and one of 250,000 share a scale on which growth shows; the legend
    /// gives the populations themselves. The caption and note say what the axis does, read from it.
    mutating func population() -> [String] {
        guard !analysis.kabupaten.isEmpty else { return [] }
        let years = Array(brief.years.base...brief.years.horizon)
        let series = analysis.kabupaten.enumerated().map { index, region in
            let first = region.figures(years[0]).population
            let last = region.figures(years[years.count - 1]).population
            let name = region.name.isEmpty ? region.code : region.name
            let values = years.count > 1 ? "\(brief.whole(first)) → \(brief.whole(last))" : brief.whole(first)
            return LineChart.Series(
                name: name, legend: "\(name): \(values)", colour: Self.seriesColours[index % Self.seriesColours.count],
                values: years.map { first > 0 ? region.figures($0).population / first * 100 : 100 })
        }
        let language = language
        let index: (Double) -> String = { NumberFormat.prose($0, upTo: 1, language) }
        let chart = LineChart(
            categories: years.map(String.init), series: series, tickLabel: index, valueLabel: index)
        let base = brief.years.base
        let caption = pick(
            "Pertumbuhan penduduk per kabupaten/kota, \(brief.span): indeks, \(base) = 100",
            "Population growth by kabupaten/kota, \(brief.span): index, \(base) = 100")
        return figure(
            caption, chart.svg(title: caption),
            note: axisNote(chart.scale, tick: index)
                + pick(
                    " Setiap garis adalah penduduk tahun itu dibagi penduduk \(base), kali 100; angka di keterangan "
                        + "adalah penduduk tahun pertama dan terakhir.",
                    " Each line is the year's population divided by the \(base) population, times 100; the legend "
                        + "gives the first and last year's population."))
    }

    /// Where the value axis starts, in words read from the chart's own scale.
    func axisNote(_ scale: ChartScale, tick: (Double) -> String) -> String {
        scale.low == 0
            ? pick("Sumbu tegak dimulai dari nol.", "The vertical axis starts at zero.")
            : pick(
                "Sumbu tegak dimulai dari \(tick(scale.low)), bukan dari nol, agar perbedaan pertumbuhan terlihat.",
                "The vertical axis starts at \(tick(scale.low)), not at zero, so that differences in growth show.")
    }

    /// (d) The allocation plan: seats handed out and need left unmet each year, classes noted;
    /// a note instead when there is no plan.
    mutating func allocation() -> [String] {
        let plan = analysis.allocation.years
        guard analysis.config.seatsPerYear > 0, !plan.isEmpty else {
            return [
                "<p class=\"note\">"
                    + HTMLText.escape(
                        pick(
                            "Tanpa rencana alokasi tidak ada grafik kursi per tahun.",
                            "Without an allocation plan there is no chart of seats per year."))
                    + "</p>"
            ]
        }
        let series = [
            (name: pick("Kursi dialokasikan", "Seats allocated"), colour: Self.allocationColours[0]),
            (
                name: pick("Kebutuhan belum terpenuhi pada akhir tahun", "Need still unmet at the end of the year"),
                colour: Self.allocationColours[1]
            ),
        ]
        let categories = plan.map { year in
            ColumnChart.Category(
                label: "\(year.year)", note: classes(year.classes),
                values: [Double(year.seats), Double(year.unmetNeed)])
        }
        let chart = ColumnChart(
            series: series, categories: categories, tickLabel: brief.whole, valueLabel: brief.whole)
        let caption = pick(
            "Rencana alokasi kursi pelatihan per tahun, \(brief.span)",
            "Training seats allocated per year, \(brief.span)")
        return figure(
            caption, chart.svg(title: caption),
            note: axisNote(chart.scale, tick: brief.whole) + " "
                + pick(
                    "Satu kelas berisi \(brief.whole(Double(analysis.config.batchSize))) peserta.",
                    "A class holds \(brief.whole(Double(analysis.config.batchSize))) trainees."))
    }

    /// `2 kelas` / `2 classes`, `1 class`.
    func classes(_ count: Int) -> String {
        let number = brief.whole(Double(count))
        return pick("\(number) kelas", count == 1 ? "\(number) class" : "\(number) classes")
    }

    /// A score for a chart: 3 decimals, as in the priorities table.
    func score(_ value: Double) -> String { NumberFormat.prose(value, places: 3, language) }

    /// A numbered `<figure>` around an SVG, with a note under it.
    mutating func figure(_ caption: String, _ svg: String, note: String) -> [String] {
        let number = next
        next += 1
        return [
            "<figure>",
            "<figcaption>\(pick("Gambar", "Figure")) \(number). \(HTMLText.escape(caption))</figcaption>",
            svg,
            "<p class=\"note\">\(HTMLText.escape(note))</p>",
            "</figure>",
        ]
    }
}
