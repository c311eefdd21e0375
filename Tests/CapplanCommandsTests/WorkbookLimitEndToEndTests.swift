import CapplanTestSupport
import Foundation
import Testing

/// The workbook's limit of 20,000 data rows per sheet, on a run of several provinces.
@Suite("capplan run: the workbook's row limit, end to end")
struct WorkbookLimitEndToEndTests {
    @Test("a run with more than 20,000 training needs cuts that sheet there; the cover names the CSV")
    func trainingNeedsCut() throws {
        let folder = try ScratchFolder()
        let sample = try folder.run(
            ["sample", "--out", "data", "--kecamatan", "400", "--workers", "30000", "--seed", "7", "--quiet"])
        #expect(sample.exitCode == 0, "stderr: \(sample.stderr)")
        let result = try folder.run(["run", "--config", "data/plan.toml", "--out", "out", "--quiet"])
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let needs = try folder.lines("out/training_needs.csv") - 1
        #expect(needs > 20_000, "\(needs) training needs: the sample must exceed the limit")
        let workbook = folder.url.path + "/out/capplan.xlsx"
        let sheet = try WorkbookParts.cells(workbook, sheet: 8)
        #expect(sheet.count == 20_001)
        let total = "\(needs / 1000).\(String("00\(needs % 1000)".suffix(3)))"  // 2x.xxx, grouped as in Indonesian
        let cover = try WorkbookParts.cells(workbook, sheet: 1).map { $0.joined(separator: " ") }
        #expect(
            cover.contains(
                "s:Lembar Kebutuhan pelatihan memuat 20.000 baris pertama dari \(total) (batas baris per lembar "
                    + "buku kerja ini); daftar lengkap ada di training_needs.csv."))
        // The projection (400 kecamatan × 6 years) is whole: no line about it.
        #expect(!cover.contains { $0.contains("Lembar Proyeksi") })
    }
}
