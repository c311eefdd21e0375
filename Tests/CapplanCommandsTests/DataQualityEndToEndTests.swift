import CapplanTestSupport
import Foundation
import Testing

/// A population file with bad cells: the run still ranks (exit 0), and the brief's summary opens
/// with what was rejected and which kecamatan it concerns; `data_note` marks them.
@Suite("Data quality up front, end to end")
struct DataQualityEndToEndTests {
    @Test("a bad population cell: the summary's first bullet names the file and the kecamatan; data_note marks it")
    func badCells() throws {
        let folder = try FixtureFolder("run")
        var population = try folder.read("population.csv")
        population = population.replacingOccurrences(of: "2024,52410,934", with: "2024,lima puluh,934")
        try folder.write(population, to: "population.csv")
        try folder.allowRejectedShare()  // 1 of the 7 population rows
        let result = try folder.run(RunEndToEndTests.run)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let brief = try folder.read("out/brief.md")
        let summary = try #require(brief.components(separatedBy: "## Ringkasan").last)
        let bullets = summary.split(separator: "\n").filter { $0.hasPrefix("- ") }.map(String.init)
        let expected =
            "- **Perhatian, data tidak lengkap:** baris input ditolak atau kosong di `population.csv` "
            + "(1 ditolak) dan `roster.csv` (1 ditolak); angka kecamatan berikut bisa tidak lengkap: Tanjung Selor "
            + "(65.01.05) dan Malinau Kota (65.02.02). Rinciannya di `rejects.csv`."
        #expect(bullets.first == expected)
        let csv = try folder.read("out/priorities.csv").split(separator: "\n")
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false)
        let note = try #require(header.firstIndex(of: "data_note"))
        let selor = try #require(csv.first { $0.contains(",65.01.05,") }).split(
            separator: ",", omittingEmptySubsequences: false)
        #expect(selor[note] == "rejected rows: population 1")
        #expect(brief.contains("| Tanjung Selor (65.01.05) † |"))
    }
}
