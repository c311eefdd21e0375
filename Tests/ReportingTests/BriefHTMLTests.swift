import Analysis
import CapplanTestSupport
import Foundation
import Ingestion
import Testing

@testable import Reporting

@Suite("BriefHTML: brief.html")
struct BriefHTMLTests {
    @Test("the Indonesian page matches the golden file")
    func indonesian() {
        Golden.check(BriefHTML.render(ReportFixture.analysis(), ReportFixture.context()), matches: "brief_id.html")
    }

    @Test("the English page matches the golden file")
    func english() {
        Golden.check(
            BriefHTML.render(ReportFixture.analysis(), ReportFixture.context(), language: .english),
            matches: "brief_en.html")
    }

    @Test(
        "self-contained: no script, no URL, no external resource; four inline SVG charts",
        arguments: ReportLanguage.allCases)
    func selfContained(language: ReportLanguage) {
        let page = BriefHTML.render(ReportFixture.analysis(), ReportFixture.context(), language: language)
        let lower = page.lowercased()
        for banned in ["<script", "javascript:", "http://", "https://", "<link", "<img", "@import", "url(", " src="] {
            #expect(!lower.contains(banned), "the page contains \(banned)")
        }
        #expect(page.components(separatedBy: "<svg ").count - 1 == 4)
        #expect(page.components(separatedBy: "</svg>").count - 1 == 4)
        #expect(page.contains("@page { size: A4; margin: 15mm 15mm 18mm; }"))
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test("the text is the Markdown brief's: every heading and every reason is on the page")
    func sameText() {
        let analysis = ReportFixture.analysis()
        let page = BriefHTML.render(analysis, ReportFixture.context(), language: .english)
        let markdown = BriefMarkdown.render(analysis, ReportFixture.context(), language: .english)
        for line in markdown.split(separator: "\n") where line.hasPrefix("#") {
            let text = line.drop { $0 == "#" || $0 == " " }
            #expect(page.contains(">\(text)</h"), "heading \(text) is missing")
        }
        #expect(
            page.contains(
                "<li><strong>1. Tanjung Selor</strong>: ranks here mainly because few of the required workers hold "
                    + "the current modules (readiness 7.9% in 2027)"))
        #expect(page.contains("<td class=\"num\">0.852</td>"))
        #expect(page.contains("<p class=\"note\"><em>Made with capplan 0.1.0; every figure is in "))
    }

    @Test("numbers on the charts follow the language: 86.345 and 50% in Indonesian, 86,345 in English")
    func chartNumbers() {
        let analysis = ReportFixture.analysis()
        let indonesian = BriefHTML.render(analysis, ReportFixture.context())
        let english = BriefHTML.render(analysis, ReportFixture.context(), language: .english)
        #expect(indonesian.contains(">Malinau: 28.450 → 29.599</text>"))
        #expect(english.contains(">Malinau: 28,450 → 29,599</text>"))
        #expect(indonesian.contains(">7,9%</text>"))
        #expect(indonesian.contains(">0,852</text>"))
        #expect(indonesian.contains(">2 kelas</text>"))
        #expect(english.contains(">2 classes</text>"))
    }

    @Test("names with &, < and quotes are escaped everywhere: text, tables, SVG and tooltips")
    func escaping() {
        var seeds = ReportFixture.seeds
        seeds[0].name = "Malinau <Kota> & \"Hulu\" | *x*"
        seeds[0].kabupaten = "A&B"
        var analysis = ReportFixture.analysis(seeds: seeds)
        analysis.kabupaten[0].name = "A&B <i>"
        let page = BriefHTML.render(analysis, ReportFixture.context())
        #expect(!page.contains("<Kota>"))
        #expect(!page.contains("<i>"))
        #expect(page.contains("Malinau &lt;Kota&gt; &amp; &quot;Hulu&quot; | *x*"))
        #expect(page.contains("A&amp;B &lt;i&gt;"))
        #expect(!page.contains("A&B"))
    }

    @Test("without an allocation plan: three charts and a note where the fourth would be")
    func noPlan() {
        var config = ReportFixture.config
        config.seatsPerYear = 0
        let page = BriefHTML.render(ReportFixture.analysis(config: config), ReportFixture.context())
        #expect(page.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(page.contains("<p class=\"note\">Tanpa rencana alokasi tidak ada grafik kursi per tahun.</p>"))
    }

    @Test("the score chart shows at most 20 kecamatan, in rank order")
    func topTwenty() {
        let model = ReportFixture.seeds[0]
        let seeds = (1...25).map { index in
            ReportFixture.Seed(
                code: ReportFixture.code(3, index), name: "K\(index)", kabupaten: "Tana Tidung", villages: 10,
                population: 10_000, growth: 0.002 * Double(index), caseload: 0, tksk: model.tksk, psm: model.psm)
        }
        let analysis = ReportFixture.analysis(seeds: seeds)
        let page = BriefHTML.render(analysis, ReportFixture.context(previousRanks: nil), language: .english)
        let scoreChart = page.components(separatedBy: "<svg ")[2]
        let labels = analysis.ranking.prefix(21).map { ">\($0.rank). K\(26 - $0.rank)</text>" }
        #expect(labels.dropLast().allSatisfy { scoreChart.contains($0) })
        #expect(!scoreChart.contains(labels[20]))
        #expect(page.contains("Priority score of the top 20 of 25 kecamatan, by component"))
    }

    @Test("rendering twice gives the same bytes")
    func deterministic() {
        let other = Dictionary(uniqueKeysWithValues: ReportFixture.context().previousRanks!.sorted { $0.key > $1.key })
        #expect(
            BriefHTML.render(ReportFixture.analysis(), ReportFixture.context())
                == BriefHTML.render(ReportFixture.analysis(), ReportFixture.context(previousRanks: other)))
    }

    @Test("a what-if comparison comes right after the summary")
    func comparison() {
        let page = BriefHTML.render(
            ReportFixture.analysis(), ReportFixture.context(),
            comparison: [.heading(2, "Perbandingan"), .paragraph("Satu & dua <tiga>.")])
        #expect(
            page.contains(
                "<section>\n<div class=\"keep\">\n<h2>Perbandingan</h2>\n<p>Satu &amp; dua &lt;tiga&gt;.</p>\n</div>\n"
                    + "</section>\n<section>\n<div class=\"keep\">\n<h2>Prioritas pelatihan</h2>"))
        #expect(BriefHTML.render(ReportFixture.analysis(), ReportFixture.context()).contains("Perbandingan") == false)
    }

    @Test("printed pages: the title and page N of M in the footer; a scenario's banner on every page")
    func pageRules() {
        #expect(
            BriefHTML.pageRules(title: "Rencana \"A\" </style>", banner: nil, language: .indonesian)
                == "@page {\n  @bottom-left { content: \"Rencana \\\"A\\\" \\3c /style>\"; "
                + "font: 8pt \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; color: #555; }\n"
                + "  @bottom-right { content: \"halaman \" counter(page) \" dari \" counter(pages); "
                + "font: 8pt \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; color: #555; }\n}")
        #expect(
            BriefHTML.pageRules(title: "T", banner: "SCENARIO — not the official plan", language: .english)
                .contains("@top-center { content: \"SCENARIO — not the official plan\";"))
    }

    @Test("a heading is kept with its introduction and the table it introduces")
    func keepHeadings() {
        let blocks: [Block] = [
            .heading(2, "A"), .paragraph("intro"), .table(header: ["x"], alignments: [.left], rows: []),
            .paragraph("after"), .heading(3, "B"),
        ]
        #expect(
            HTMLRenderer.section(blocks) == [
                "<div class=\"keep\">", "<h2>A</h2>", "<p>intro</p>", "<table>", "<thead><tr><th>x</th></tr></thead>",
                "<tbody>", "</tbody>", "</table>", "</div>", "<p>after</p>", "<h3>B</h3>",
            ])
    }
}
