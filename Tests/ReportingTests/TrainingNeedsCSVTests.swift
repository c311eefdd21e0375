import Analysis
import CapplanTestSupport
import Testing

@testable import Reporting

@Suite("TrainingNeedsCSV: training_needs.csv")
struct TrainingNeedsCSVTests {
    @Test("the needs match the golden file")
    func golden() {
        Golden.check(TrainingNeedsCSV.render(ReportFixture.analysis()), matches: "training_needs.csv")
    }

    @Test("an id a spreadsheet would run as a formula gets a leading quote mark")
    func formulaGuard() {
        let need = TrainingNeed(
            id: "=1+2", code: ReportFixture.code(1, 1), role: .tksk, missingModules: ["komunikasi"])
        #expect(
            TrainingNeedsCSV.render(ReportFixture.analysis(trainingNeeds: [need]))
                == "id,kode_kecamatan,peran,missing_modules\n'=1+2,65.01.01,TKSK,komunikasi\n")
    }

    @Test("with names kept (--with-names) a nama column follows id")
    func withNames() {
        let needs = [
            TrainingNeed(
                id: "T1", code: ReportFixture.code(1, 1), role: .tksk, missingModules: ["komunikasi"],
                name: "Agus, Lawing"),
            TrainingNeed(id: "P1", code: ReportFixture.code(1, 1), role: .psm, missingModules: [], name: ""),
        ]
        #expect(
            TrainingNeedsCSV.render(ReportFixture.analysis(trainingNeeds: needs))
                == "id,nama,kode_kecamatan,peran,missing_modules\nT1,\"Agus, Lawing\",65.01.01,TKSK,komunikasi\n"
                + "P1,,65.01.01,PSM,\n")
    }
}
