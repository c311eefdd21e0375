import CapplanTestSupport
import Foundation
import Testing

@testable import Reporting

@Suite("CapplanWorkbook: capplan.xlsx")
struct CapplanWorkbookTests {
    /// The test's scratch folder, removed when the test ends.
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("capplan-wb") }

    /// The fixture's workbook at a new path in the test's folder; its path.
    func written(language: ReportLanguage = .indonesian, created: Double = 1_764_460_800) throws -> String {
        let path = folder.file("capplan-\(UUID().uuidString).xlsx")
        try CapplanWorkbook.write(
            ReportFixture.analysis(), context: ReportFixture.context(), language: language,
            created: Date(timeIntervalSince1970: created), to: path)
        return path
    }

    @Test("every part of the fixture's workbook matches the golden file")
    func golden() throws {
        Golden.check(try WorkbookParts.dump(try written()), matches: "capplan.xlsx.txt")
    }

    @Test("the same run gives the same bytes; another day changes only the document properties")
    func deterministic() throws {
        let first = try Data(contentsOf: URL(fileURLWithPath: try written()))
        let second = try Data(contentsOf: URL(fileURLWithPath: try written()))
        #expect(first == second)
        let other = try WorkbookParts.dump(try written(created: 1_764_547_200))
        let parts = try WorkbookParts.dump(try written())
        let differing = zip(other.components(separatedBy: "\n== "), parts.components(separatedBy: "\n== "))
            .filter { $0 != $1 }.map { $0.0.prefix(while: { $0 != " " }) }
        #expect(differing == ["xl/worksheets/sheet1.xml", "docProps/core.xml"])
    }

    @Test("the Prioritas sheet holds priorities.csv figure by figure, numbers as numbers, labels in Indonesian")
    func priorities() throws {
        let rows = try WorkbookParts.cells(try written(), sheet: 2)
        let csv = PrioritiesCSV.render(ReportFixture.analysis()).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == csv.count)
        #expect(rows[0].prefix(3) == ["s:Peringkat", "s:Kode kecamatan", "s:Kecamatan"])
        for (sheetRow, csvRow) in zip(rows.dropFirst(), csv.dropFirst()) {
            for (index, text) in csvRow.enumerated() {
                let cell = sheetRow[index]
                if let number = Double(text) {
                    #expect(cell.hasPrefix("n:"), "\(cell) should be a number")
                    #expect(Double(cell.dropFirst(2)) == number, "\(cell) != \(text)")
                } else {
                    // An empty text cell (a clean kecamatan's data_note) is not written at all.
                    #expect(cell == (text.isEmpty ? "" : "s:" + text))
                }
            }
        }
    }

    @Test("sheet names follow the language")
    func names() {
        #expect(
            CapplanWorkbook.sheetNames(.indonesian) == [
                "Sampul", "Prioritas", "Penjelasan", "Proyeksi", "Ringkasan wilayah", "Alokasi", "Alokasi per tahun",
                "Kelas", "Kebutuhan pelatihan", "Data ditolak", "Sumber data",
            ])
        #expect(CapplanWorkbook.sheetNames(.english).first == "Cover")
    }

    @Test("text that looks like a formula stays text, and worker names never reach the workbook")
    func formulaAndNames() throws {
        var analysis = ReportFixture.analysis()
        analysis.trainingNeeds[0].id = "=HYPERLINK(\"x\")"
        analysis.trainingNeeds[0].name = "Siti Rahmawati"
        let path = folder.file("capplan.xlsx")
        try CapplanWorkbook.write(
            analysis, context: ReportFixture.context(), language: .english,
            created: Date(timeIntervalSince1970: 1_764_460_800), to: path)
        let dump = try WorkbookParts.dump(path)
        #expect(dump.contains("=HYPERLINK"))
        #expect(!dump.contains("<f>"))
        #expect(!dump.contains("Siti Rahmawati"))
    }

    @Test("a sheet longer than the row limit is cut there, and the cover says where the whole list is")
    func rowLimit() throws {
        let path = folder.file("capplan.xlsx")
        let analysis = ReportFixture.analysis()
        try CapplanWorkbook.write(
            analysis, context: ReportFixture.context(), language: .english,
            created: Date(timeIntervalSince1970: 1_764_460_800), to: path, rowLimit: 2)
        let needs = try WorkbookParts.cells(path, sheet: 8)
        #expect(needs.count == 3)
        #expect(needs[1].first == "s:" + analysis.trainingNeeds[0].id)
        let cover = try WorkbookParts.cells(path, sheet: 1).map { $0.joined(separator: " ") }
        #expect(
            cover.contains(
                "s:The Training needs sheet holds the first 2 of \(analysis.trainingNeeds.count) rows (this workbook's "
                    + "limit per sheet); the whole list is in training_needs.csv."))
        #expect(cover.contains { $0.contains("s:The Projection sheet holds the first 2 of ") })
    }
}
