import Analysis
import CapplanTestSupport
import Ingestion
import Testing

@testable import Reporting

@Suite("BriefMarkdown: brief.md")
struct BriefMarkdownTests {
    @Test("the Indonesian brief matches the golden file")
    func indonesian() {
        Golden.check(
            BriefMarkdown.render(ReportFixture.analysis(), ReportFixture.context()), matches: "brief_id.md")
    }

    @Test("the English brief matches the golden file")
    func english() {
        Golden.check(
            BriefMarkdown.render(ReportFixture.analysis(), ReportFixture.context(), language: .english),
            matches: "brief_en.md")
    }

    @Test("without a previous run there is no rank-change section at all")
    func noPreviousRun() {
        let brief = BriefMarkdown.render(ReportFixture.analysis(), ReportFixture.context(previousRanks: nil))
        Golden.check(brief, matches: "brief_id_no_previous.md")
        #expect(!brief.contains("Perubahan peringkat"))
    }

    @Test("the two languages have the same structure: same headings count, same table shapes")
    func sameStructure() {
        func shape(_ text: String) -> [String] {
            text.split(separator: "\n").compactMap { line in
                if line.hasPrefix("#") { return String(line.prefix(while: { $0 == "#" })) }
                if line.hasPrefix("|") { return "table \(line.filter { $0 == "|" }.count)" }
                if line.hasPrefix("- ") { return "item" }
                return nil
            }
        }
        let analysis = ReportFixture.analysis()
        #expect(
            shape(BriefMarkdown.render(analysis, ReportFixture.context()))
                == shape(BriefMarkdown.render(analysis, ReportFixture.context(), language: .english)))
    }

    @Test("when no rank moved, one sentence says so")
    func nothingMoved() {
        let analysis = ReportFixture.analysis()
        let same = Dictionary(uniqueKeysWithValues: analysis.ranking.map { ($0.code, $0.rank) })
        let brief = BriefMarkdown.render(analysis, ReportFixture.context(previousRanks: same), language: .english)
        #expect(
            brief.contains(
                "## Rank changes since the previous run\n\nNo kecamatan changed rank since the previous run.\n\n"))
    }

    @Test("movers: largest change first, equal changes by new rank, at most five")
    func moverOrder() {
        let seeds = (1...7).map { index in
            let model = ReportFixture.seeds[0]
            return ReportFixture.Seed(
                code: ReportFixture.code(3, index), name: "K\(index)", kabupaten: "Tana Tidung", villages: 10,
                population: 10_000, growth: 0.01 * Double(index), caseload: 0, tksk: model.tksk, psm: model.psm)
        }
        let analysis = ReportFixture.analysis(seeds: seeds)
        let reversed = Dictionary(uniqueKeysWithValues: analysis.ranking.map { ($0.code, 8 - $0.rank) })
        let lines = BriefMarkdown.render(analysis, ReportFixture.context(previousRanks: reversed), language: .english)
            .split(separator: "\n").filter { $0.contains(" → ") }
        #expect(
            lines == [
                "- K7 (65.03.07): 7 → 1 (up 6)", "- K1 (65.03.01): 1 → 7 (down 6)", "- K6 (65.03.06): 6 → 2 (up 4)",
                "- K2 (65.03.02): 2 → 6 (down 4)", "- K5 (65.03.05): 5 → 3 (up 2)",
            ])
    }

    @Test("without seats_per_year the plan section says so")
    func noPlan() {
        var config = ReportFixture.config
        config.seatsPerYear = 0
        let brief = BriefMarkdown.render(ReportFixture.analysis(config: config), ReportFixture.context())
        #expect(
            brief.contains(
                "## Rencana alokasi kursi pelatihan\n\nTidak ada rencana alokasi: `seats_per_year` tidak diatur"))
    }

    @Test("when every kecamatan has population data, one sentence says so")
    func allHaveData() {
        var analysis = ReportFixture.analysis()
        analysis.unranked = []
        #expect(
            BriefMarkdown.render(analysis, ReportFixture.context(), language: .english)
                .contains("Every kecamatan has population data and is ranked."))
    }

    @Test("a | in a name cannot split a table row")
    func escapedPipe() {
        var seeds = ReportFixture.seeds
        seeds[0].name = "Malinau | Kota*"
        let brief = BriefMarkdown.render(ReportFixture.analysis(seeds: seeds), ReportFixture.context())
        #expect(brief.contains("| 2 | Malinau \\| Kota\\* (65.01.01) † | Malinau |"))
        #expect(!brief.contains("Malinau | Kota"))
    }

    @Test("rendering twice, with previous ranks inserted in another order, gives the same text")
    func deterministic() {
        let other = Dictionary(uniqueKeysWithValues: ReportFixture.context().previousRanks!.sorted { $0.key > $1.key })
        #expect(
            BriefMarkdown.render(ReportFixture.analysis(), ReportFixture.context())
                == BriefMarkdown.render(ReportFixture.analysis(), ReportFixture.context(previousRanks: other)))
    }
}
