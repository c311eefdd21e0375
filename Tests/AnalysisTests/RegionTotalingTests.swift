import Testing

@testable import Analysis
@testable import Ingestion

/// Province and kabupaten totals in code order (docs/OUTPUTS.md, `summary.json`).
@Suite struct RegionTotalingTests {
    private func kecamatan(
        _ code: String, kabupaten: String, population: Double, required: Double, active: Double
    )
        -> KecamatanAnalysis
    {
        let figures = YearFigures(
            year: 2025, population: population, caseload: 0,
            tksk: roleFigures(required: required, active: active, missing: 0, slots: 3 * active, modules: 3),
            psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
        return KecamatanAnalysis(
            code: kec(code), name: code, kabupaten: kabupaten, villages: 1, baseRate: 0, growth: 0, years: [figures])
    }

    @Test func totalsPerProvinceAndKabupaten() {
        let totals = RegionTotaling.totals(
            [
                kecamatan("65.02.01", kabupaten: "Kab Dua", population: 3000, required: 1, active: 0),
                kecamatan("65.01.01", kabupaten: "Kab Satu", population: 10000, required: 3, active: 1),
                kecamatan("65.01.02", kabupaten: "", population: 6000, required: 1, active: 4),
            ], years: 2025...2025)
        #expect(totals.provinces.map(\.code) == ["65"])
        // No name given for the province: "".
        #expect(totals.provinces.map(\.name) == [""])
        #expect(totals.kabupaten.map(\.code) == ["65.01", "65.02"])
        // Kabupaten name from its first kecamatan that has one.
        #expect(totals.kabupaten.map(\.name) == ["Kab Satu", "Kab Dua"])
        // 65.01: gap (3 − 1) + 0 = 2 (the 3-worker surplus of 65.01.02 offsets nothing); P 16,000.
        let kab6501 = totals.kabupaten[0].figures(2025)
        expectClose(kab6501.staffingGap, 2)
        expectClose(kab6501.population, 16000)
        // Province: gaps 2 + 0 + 1 = 3, P 19,000, 3 kecamatan.
        let province = totals.provinces[0].figures(2025)
        expectClose(province.staffingGap, 3)
        expectClose(province.population, 19000)
        #expect(province.kecamatan == 3)
    }

    @Test("a province takes its name from the names given; a province without one stays nameless")
    func provinceNames() {
        let totals = RegionTotaling.totals(
            [
                kecamatan("65.01.01", kabupaten: "Kab Satu", population: 100, required: 1, active: 1),
                kecamatan("64.01.01", kabupaten: "Kab Paser", population: 100, required: 1, active: 1),
            ], years: 2025...2025, provinceNames: [65: "Kalimantan Utara", 63: "Kalimantan Selatan"])
        #expect(totals.provinces.map(\.code) == ["64", "65"])
        #expect(totals.provinces.map(\.name) == ["", "Kalimantan Utara"])
    }
}
