import Analysis
import Testing

@testable import Reporting

@Suite("RegionLabel: a region by its name with its code, or its code labelled as a code")
struct RegionLabelTests {
    @Test(
        "a province in both languages",
        arguments: [
            ("Kalimantan Utara", ReportLanguage.indonesian, "Provinsi Kalimantan Utara (65)"),
            ("Kalimantan Utara", .english, "Kalimantan Utara Province (65)"),
            ("", .indonesian, "Provinsi dengan kode 65"),
            ("", .english, "Province with code 65"),
            ("Provinsi Kalimantan Utara", .indonesian, "Provinsi Kalimantan Utara (65)"),
            ("PROVINSI KALIMANTAN UTARA", .english, "PROVINSI KALIMANTAN UTARA (65)"),
        ])
    func province(name: String, language: ReportLanguage, label: String) {
        #expect(RegionLabel.province(name: name, code: "65", language: language) == label)
    }

    @Test("a province's totals: their name and code")
    func totals() {
        let region = RegionTotals(level: .province, code: "65", name: "Kalimantan Utara", years: [])
        #expect(RegionLabel.province(region, language: .indonesian) == "Provinsi Kalimantan Utara (65)")
    }
}
