import Analysis

/// `brief.html`: the policy brief of `brief.md` as one self-contained page that prints on A4,
/// with four charts drawn as inline SVG:
///
/// 1. population projections per kabupaten/kota (in the summary);
/// 2. the ranked kecamatan's scores split into their four weighted components (top 20 at most)
///    and 3. readiness at the priority year per kecamatan, grouped by kabupaten/kota (with the
///    priorities);
/// 4. the allocation plan's seats, unmet need and classes per year (with the plan), or a note
///    when there is none.
///
/// The text is `BriefMarkdown`'s: both render the same `BriefDocument`, so the two briefs never
/// say different things. The page has inline CSS only: no script, no font, image or link to
/// fetch (a Content-Security-Policy says so to the browser too). Deterministic like the Markdown
/// brief: same input, same bytes.
package enum BriefHTML {
    /// How many ranked kecamatan the score chart shows.
    package static let chartedCount = 20

    /// Renders the page, ending in a newline. `comparison` is a what-if run's comparison with its
    /// baseline (`ComparisonMarkdown.blocks`), placed right after the summary.
    /// With a boundary map in `context`, the priorities carry a choropleth of the score; a what-if
    /// (`rankChanges`) maps the rank change instead.
    package static func render(
        _ analysis: PlanAnalysis, _ context: RunContext, language: ReportLanguage = .indonesian,
        comparison: [Block] = [], rankChanges: RunComparison? = nil
    ) -> String {
        let brief = BriefSections(analysis: analysis, context: context, language: language)
        let document = BriefDocument(brief, comparison: comparison, figures: true, rankChanges: rankChanges)
        let heading = brief.heading
        var page = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"capplan \(HTMLText.escape(context.toolVersion))\">",
            "<title>\(HTMLText.escape(heading))</title>",
            "<style>",
            styleSheet,
            pageRules(title: heading, banner: brief.scenarioBanner, language: language),
            "</style>",
            "</head>",
            "<body>",
            "<main>",
            "<header>",
        ]
        if let banner = brief.scenarioBanner { page.append("<p class=\"banner\">\(HTMLText.escape(banner))</p>") }
        page += HTMLRenderer.lines(document.title)
        page.append("</header>")
        for section in document.sections.map(HTMLRenderer.section) where !section.isEmpty {
            page += ["<section>"] + section + ["</section>"]
        }
        page += ["</main>", "</body>", "</html>"]
        return page.joined(separator: "\n") + "\n"
    }

    /// The printed page's margin boxes (CSS paged media): the title at the foot on the left, "page N
    /// of M" on the right, and for a scenario its banner at the head of every page.
    static func pageRules(title: String, banner: String?, language: ReportLanguage) -> String {
        let box = "font: 8pt \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; color: #555;"
        var rules = [
            "@page {",
            "  @bottom-left { content: \(cssString(title)); \(box) }",
            "  @bottom-right { content: \(cssString(language.pick("halaman ", "page "))) counter(page) "
                + "\(cssString(language.pick(" dari ", " of "))) counter(pages); \(box) }",
        ]
        if let banner {
            rules.append(
                "  @top-center { content: \(cssString(banner)); font: bold 9pt \"DejaVu Sans\", Arial, sans-serif; "
                    + "color: #a50f15; }")
        }
        rules.append("}")
        return rules.joined(separator: "\n")
    }

    /// `text` as a CSS string: quoted, with `"`, `\` and line ends escaped, and `<` too, so it can
    /// never close the `<style>` element.
    static func cssString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "<": escaped += "\\3c "
            case "\n", "\r": escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    /// The page's style: an A4 column 180 mm wide (A4 less 15 mm margins), charts and tables kept
    /// whole on a page, a heading kept with what follows it, system fonts only.
    static let styleSheet = """
        @page { size: A4; margin: 15mm 15mm 18mm; }
        * { box-sizing: border-box; }
        html { background: #fff; color: #1a1a1a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; padding: 10mm 0; max-width: 180mm; font: 10pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
        @media print { body { padding: 0; } }
        h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 3mm; color: #0b3c5d; }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #0072b2; color: #0b3c5d; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
        p, ul { margin: 0 0 2.5mm; }
        ul { padding-left: 6mm; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 8.5pt; break-inside: avoid; page-break-inside: avoid; }
        th, td { padding: 1mm 1.5mm; border-bottom: 0.2mm solid #ccc; text-align: left; vertical-align: top; }
        th { background: #eef3f8; font-weight: bold; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9em; }
        figure { margin: 4mm 0 5mm; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: bold; margin-bottom: 1.5mm; }
        figure svg { display: block; width: 100%; height: auto; }
        figure p { margin: 1.5mm 0 0; }
        .note { color: #555; font-size: 8.5pt; }
        .keep { break-inside: avoid; page-break-inside: avoid; }
        .card { margin: 0 0 4mm; padding: 0.5mm 3mm 1mm; border-left: 1.2mm solid #0072b2; background: #f6f9fc; break-inside: avoid; page-break-inside: avoid; }
        .card h3 { margin-top: 2mm; }
        .card ul { margin-bottom: 1.5mm; }
        .banner { margin: 0 0 3mm; padding: 1.5mm 3mm; border: 0.4mm solid #a50f15; color: #a50f15; font-weight: bold; }
        svg text { font-size: 11px; fill: #1a1a1a; }
        svg .small { font-size: 10px; }
        svg .tick, svg .note { font-size: 10px; fill: #555; }
        svg .value { font-size: 10px; fill: #333; }
        svg .group { font-size: 11px; font-weight: bold; fill: #0b3c5d; paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
        svg .axis { stroke: #666; stroke-width: 1; }
        svg .grid { stroke: #e2e2e2; stroke-width: 1; }
        svg .rule { stroke: #c8c8c8; stroke-width: 0.5; }
        svg .series { fill: none; stroke-width: 2; }
        """
}
