import CapplanTestSupport
import Testing

@testable import Reporting

@Suite("ProjectionCSV: projection.csv")
struct ProjectionCSVTests {
    @Test("every kecamatan and year matches the golden file")
    func golden() {
        Golden.check(ProjectionCSV.render(ReportFixture.analysis()), matches: "projection.csv")
    }

    @Test("one row per kecamatan and year, in code order then year order")
    func rows() {
        let lines = ProjectionCSV.render(ReportFixture.analysis()).split(separator: "\n").dropFirst()
        let keys = lines.map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(
            keys == [
                "65.01.01,2025", "65.01.01,2026", "65.01.01,2027", "65.02.01,2025", "65.02.01,2026", "65.02.01,2027",
                "65.02.04,2025", "65.02.04,2026", "65.02.04,2027",
            ])
    }

    @Test("rendering twice gives the same text")
    func deterministic() {
        #expect(ProjectionCSV.render(ReportFixture.analysis()) == ProjectionCSV.render(ReportFixture.analysis()))
    }
}
