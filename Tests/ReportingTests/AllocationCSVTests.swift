import CapplanTestSupport
import Testing

@testable import Reporting

@Suite("AllocationCSV: allocation.csv")
struct AllocationCSVTests {
    @Test("the plan matches the golden file")
    func golden() {
        Golden.check(AllocationCSV.render(ReportFixture.analysis()), matches: "allocation.csv")
    }

    @Test("without seats_per_year the file is the header alone")
    func noPlan() {
        var config = ReportFixture.config
        config.seatsPerYear = 0
        #expect(AllocationCSV.render(ReportFixture.analysis(config: config)) == "tahun,rank,kode_kecamatan,seats\n")
    }
}
