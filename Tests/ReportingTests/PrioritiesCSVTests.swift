import Analysis
import CapplanTestSupport
import Ingestion
import Testing

@testable import Reporting

@Suite("PrioritiesCSV: priorities.csv")
struct PrioritiesCSVTests {
    @Test("the fixture's ranking matches the golden file")
    func golden() {
        Golden.check(PrioritiesCSV.render(ReportFixture.analysis()), matches: "priorities.csv")
    }

    @Test("the header is that of docs/OUTPUTS.md, in its order")
    func header() {
        let expected =
            "rank,kode_kecamatan,kecamatan,kabupaten,population_base,population_year,growth_rate,required,"
            + "active,trained,staffing_gap,training_seats,readiness,pressure,active_per_10k,"
            + "untrained_share_base,score,data_note"
        let first = PrioritiesCSV.render(ReportFixture.analysis()).split(separator: "\n").first.map(String.init)
        #expect(first == expected)
    }

    @Test("a name a spreadsheet would run as a formula gets a leading quote mark; numbers never do")
    func formulaGuard() {
        var seeds = ReportFixture.seeds
        seeds[2].name = "=HYPERLINK(\"http://x\",\"Selor\")"
        seeds[2].kabupaten = "-Bulungan"
        let lines = PrioritiesCSV.render(ReportFixture.analysis(seeds: seeds)).split(separator: "\n")
        #expect(lines[1].hasPrefix("1,65.02.04,\"'=HYPERLINK(\"\"http://x\"\",\"\"Selor\"\")\",'-Bulungan,41875,"))
    }

    @Test("rendering twice gives the same text")
    func deterministic() {
        #expect(PrioritiesCSV.render(ReportFixture.analysis()) == PrioritiesCSV.render(ReportFixture.analysis()))
    }
}
