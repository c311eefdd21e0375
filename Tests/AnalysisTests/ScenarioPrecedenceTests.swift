import Testing

@testable import Analysis
@testable import Ingestion

/// The precedence of docs/INPUTS.md "Scenario", worked by hand at the level of `PlanAnalyzer`'s populations, and the
/// assumptions a comparison lists. B = 2025, H = 2028, default_growth 0.
///
/// - Alpha 65.01.01: 10,000 in 2025. Own schedule: 10% from 2026 in `a.csv`, replaced by 8% from
///   2026 in `b.csv` (later file wins) → 10,800, 11,664, 12,597.12.
/// - Beta 65.01.02: 20,000 in 2025. Kabupaten 65.01: 5% from 2027; before 2027 r = 0 → 20,000,
///   21,000, 22,050. The province's 2% does not reach it (most specific code wins, whole schedule).
/// - Gamma 65.02.01: 3,000 in 2025. Province 2% (no start year) → 3,060, 3,121.2, 3,183.624.
/// - Delta 65.02.02: 5,000 in 2024 and 6,000 in 2028; explicit 7,000 in 2026 (between data years):
///   2025 = 5,000 · (7,000/5,000)^(1/2), 2027 = 7,000 · (6,000/7,000)^(1/2), 2028 = 6,000.
@Suite struct ScenarioPrecedenceTests {
    static let alpha = kec("65.01.01")
    static let beta = kec("65.01.02")
    static let gamma = kec("65.02.01")
    static let delta = kec("65.02.02")

    static let config = PlanConfig(
        path: "plan.toml", population: ["population.csv"], roster: "roster.csv", baseYear: 2025, horizon: 2028)
    static let years = PlanYears(base: 2025, horizon: 2028, priority: 2028)

    static var data: IngestedData {
        var data = IngestedData(moduleIDs: config.modules.map(\.id))
        let rows: [(KecamatanCode, String, String, Int, Int)] = [
            (alpha, "Alpha", "Kab Satu", 2025, 10000), (beta, "Beta", "Kab Satu", 2025, 20000),
            (gamma, "Gamma", "Kab Dua", 2025, 3000), (delta, "Delta", "Kab Dua", 2024, 5000),
            (delta, "Delta", "Kab Dua", 2028, 6000),
        ]
        for (index, row) in rows.enumerated() {
            data.population.add(
                PopulationFigure(year: row.3, population: row.4, file: "population.csv", line: index + 2), code: row.0,
                name: row.1, kabupaten: row.2, desa: 1, caseload: nil)
        }
        let kabupaten = RegionCode.kabupaten(KabupatenCode(province: 65, kabupaten: 1))
        data.scenario.rates = [
            ScenarioRate(code: .province(65), startYear: nil, rate: 0.02, file: "a.csv", line: 2),
            ScenarioRate(code: kabupaten, startYear: 2027, rate: 0.05, file: "a.csv", line: 3),
            ScenarioRate(code: .kecamatan(alpha), startYear: 2026, rate: 0.10, file: "a.csv", line: 4),
            ScenarioRate(code: .kecamatan(alpha), startYear: 2026, rate: 0.08, file: "b.csv", line: 2),
        ]
        data.scenario.populations = [
            ScenarioPopulation(code: delta, year: 2026, population: 7000, file: "b.csv", line: 3)
        ]
        return data
    }

    let analysis = PlanAnalyzer.analyze(config: Self.config, years: Self.years, data: Self.data.planData)

    @Test(
        "each kecamatan follows the most specific schedule; later files win; start years; explicit figures",
        arguments: [
            (alpha, [10000, 10800, 11664, 12597.12]),
            (beta, [20000, 20000, 21000, 22050]),
            (gamma, [3000, 3060, 3121.2, 3183.624]),
            (delta, [5000 * (1.4).squareRoot(), 7000, 7000 * (6.0 / 7.0).squareRoot(), 6000]),
        ] as [(KecamatanCode, [Double])])
    func populations(code: KecamatanCode, expected: [Double]) throws {
        let kecamatan = try #require(analysis.kecamatan(code))
        for (year, value) in zip(2025...2028, expected) {
            expectClose(kecamatan.figures(year).population, value, "\(code) \(year)")
        }
    }

    @Test func assumptions() {
        let assumptions = ScenarioAssumptions(Self.data.planData)
        let rates = assumptions.rates
        #expect(rates.map(\.level) == [.province, .kabupaten, .kecamatan, .kecamatan])
        // The province row: Gamma and Delta follow it; Beta follows 65.01, Alpha 65.01.01.
        #expect(rates[0].followers == [Self.gamma, Self.delta])
        #expect(
            rates[0].shadows == [
                .init(code: .kabupaten(KabupatenCode(province: 65, kabupaten: 1)), kecamatan: 1),
                .init(code: .kecamatan(Self.alpha), kecamatan: 1),
            ])
        #expect(rates[1].followers == [Self.beta])
        #expect(rates[1].shadows == [.init(code: .kecamatan(Self.alpha), kecamatan: 1)])
        // a.csv:4 lost to b.csv:2 (same code, same start year).
        #expect(rates[2].overriddenBy?.file == "b.csv" && rates[2].overriddenBy?.line == 2)
        #expect(rates[2].followers.isEmpty)
        #expect(rates[3].overriddenBy == nil && rates[3].followers == [Self.alpha])
        #expect(assumptions.figures.count == 1)
        #expect(assumptions.figures[0].replacesData == nil && assumptions.figures[0].overriddenBy == nil)
        #expect(assumptions.touched == [Self.alpha, Self.beta, Self.gamma, Self.delta])
    }

    @Test func explicitFigureReplacingADataYear() {
        var data = Self.data
        data.scenario.populations = [
            ScenarioPopulation(code: Self.gamma, year: 2025, population: 3500, file: "a.csv", line: 5),
            ScenarioPopulation(code: Self.gamma, year: 2025, population: 4000, file: "b.csv", line: 4),
        ]
        let figures = ScenarioAssumptions(data.planData).figures
        #expect(figures[0].overriddenBy?.population == 4000 && figures[0].replacesData == 3000)
        #expect(figures[1].overriddenBy == nil)
        let analysis = PlanAnalyzer.analyze(config: Self.config, years: Self.years, data: data.planData)
        // The later figure wins, then the province's 2%.
        expectClose(analysis.kecamatan(Self.gamma)!.figures(2026).population, 4080)
    }
}
