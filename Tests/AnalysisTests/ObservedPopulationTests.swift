import Testing

@testable import Analysis
@testable import Ingestion

/// The figures behind a projection, with their sources (docs/METHOD.md "Population").
@Suite("ObservedPopulation: data and scenario figures, the used ones and their sources")
struct ObservedPopulationTests {
    @Test("by year; a scenario figure replaces the data figure of its year, a later row an earlier one")
    func figures() {
        let data = [
            PopulationFigure(year: 2020, population: 45123, file: "population.csv", line: 4, source: "BPS SP2020"),
            PopulationFigure(year: 2024, population: 52410, file: "population.csv", line: 5, source: nil),
        ]
        let scenario = [
            ScenarioPopulation(code: kec("65.01.05"), year: 2024, population: 53000, file: "a.csv", line: 2),
            ScenarioPopulation(code: kec("65.01.05"), year: 2027, population: 60000, file: "a.csv", line: 3),
            ScenarioPopulation(code: kec("65.01.05"), year: 2027, population: 61000, file: "b.csv", line: 2),
        ]
        let figures = ObservedPopulation.figures(data: data, scenario: scenario)
        #expect(figures.map(\.year) == [2020, 2024, 2024, 2027, 2027])
        #expect(figures.map(\.origin) == [.data, .data, .scenario, .scenario, .scenario])
        #expect(figures.map(\.used) == [true, false, true, false, true])
        #expect(figures.map(\.source) == ["BPS SP2020", nil, nil, nil, nil])
        #expect(figures.map(\.line) == [4, 5, 2, 3, 2])
        #expect(figures[4].file == "b.csv")
        #expect(figures[4].population == 61000)
    }

    @Test("the analysis keeps each kecamatan's figures with their sumber")
    func analysisKeepsThem() {
        var data = IngestedData(moduleIDs: [])
        data.population.add(
            PopulationFigure(year: 2020, population: 9486, file: "population.csv", line: 2, source: "BPS SP2020"),
            code: kec("65.01.04"), name: "Tanjung Palas Timur", kabupaten: nil, desa: 8, caseload: nil)
        data.population.add(
            PopulationFigure(year: 2024, population: 9415, file: "population.csv", line: 3, source: "BPS 2024"),
            code: kec("65.01.04"), name: "Tanjung Palas Timur", kabupaten: nil, desa: 8, caseload: nil)
        let analysis = PlanAnalyzer.analyze(
            config: PlanConfig(path: "plan.toml", population: ["population.csv"], roster: "roster.csv"),
            years: PlanYears(base: 2025, horizon: 2030, priority: 2030), data: data.planData)
        let observed = analysis.kecamatan(kec("65.01.04"))!.observed
        #expect(observed.map(\.population) == [9486, 9415])
        #expect(observed.map(\.source) == ["BPS SP2020", "BPS 2024"])
        #expect(observed.allSatisfy { $0.used && $0.origin == .data })
    }
}
