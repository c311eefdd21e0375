import Testing

@testable import Analysis
@testable import Ingestion

/// P(k,t) and r_k (docs/METHOD.md "Population"); every expected value is worked out by hand in the comments.
@Suite struct PopulationSeriesTests {
    private func series(
        _ data: [(year: Int, population: Int)], explicit: [(year: Int, population: Int)] = [],
        defaultGrowth: Double = 0, schedule: GrowthSchedule? = nil
    ) -> PopulationSeries {
        PopulationSeries(data: data, explicit: explicit, defaultGrowth: defaultGrowth, schedule: schedule)
    }

    /// Data 2020: 1,000 and 2023: 1,331, so r_k = (1331/1000)^(1/3) − 1 = 1.1 − 1 = 0.1.
    private var tenPercent: PopulationSeries { series([(2020, 1000), (2023, 1331)]) }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let year: Int
        let expected: Double
        var testDescription: String { "\(label) \(year)" }
    }

    @Test(arguments: [
        // A point year: the figure itself.
        Case(label: "point", year: 2020, expected: 1000),
        Case(label: "point", year: 2023, expected: 1331),
        // Between points: 1000 · (1331/1000)^((t − 2020)/3) = 1000 · 1.1^(t − 2020).
        Case(label: "geometric", year: 2021, expected: 1100),
        Case(label: "geometric", year: 2022, expected: 1210),
        // After the last point with the base rate: 1331 · 1.1 · 1.1 = 1610.51.
        Case(label: "extrapolated", year: 2025, expected: 1610.51),
        // Before the first point: 1000 · 1.1^(2018 − 2020) = 1000 / 1.21 = 826.446280991735…
        Case(label: "back-cast", year: 2018, expected: 1000 / 1.21),
    ])
    func tenPercentSeries(_ c: Case) {
        expectClose(tenPercent.population(at: c.year), c.expected, c.testDescription)
    }

    /// 1 resident in 2023 and 100,000,000 in 2024: r_k = 10^8 − 1, so 2100 would be 10^8 · 10^(8·76), beyond
    /// the finite numbers, and 1900 10^-992; P(k,t) stays within 10^-6 … 10^15 (docs/METHOD.md "Population").
    @Test("a projection beyond 10^15 counts as 10^15, one below 10^-6 as 0")
    func boundedProjection() {
        let exploding = series([(2023, 1), (2024, 100_000_000)])
        #expect(exploding.projected(at: 2100) == .infinity)
        #expect(exploding.population(at: 2100) == PopulationSeries.maximumPopulation)
        #expect(exploding.population(at: 2025) == PopulationSeries.maximumPopulation)
        #expect(exploding.population(at: 2024) == 100_000_000)
        #expect(exploding.population(at: 1900) == 0)
        #expect(series([(2024, 0)], defaultGrowth: 0.5).population(at: 2030) == 0)
    }

    @Test func baseRateIsGeometricOverFirstAndLastDataYears() {
        // (1331 / 1000)^(1/3) − 1 = 0.1
        expectClose(tenPercent.baseRate, 0.1)
    }

    @Test func twoYearGapInterpolatesGeometrically() {
        // 10000 · (12100/10000)^(1/2) = 10000 · 1.1 = 11000 (not the arithmetic mean 11050).
        expectClose(series([(2020, 10000), (2022, 12100)]).population(at: 2021), 11000)
    }

    @Test func zeroStartInterpolatesLinearly() {
        // P0 = 0 at 2020, P1 = 400 at 2024: 0 + 400 · (t − 2020)/4 → 100, 200, 300.
        let zeroStart = series([(2020, 0), (2024, 400)], defaultGrowth: 0.05)
        expectClose(zeroStart.population(at: 2021), 100)
        expectClose(zeroStart.population(at: 2022), 200)
        expectClose(zeroStart.population(at: 2023), 300)
    }

    @Test func zeroFirstFigureFallsBackToDefaultGrowth() {
        // P_first = 0 → r_k = default_growth = 0.05; after the last point 400 · 1.05 = 420.
        let zeroStart = series([(2020, 0), (2024, 400)], defaultGrowth: 0.05)
        expectClose(zeroStart.baseRate, 0.05)
        expectClose(zeroStart.population(at: 2025), 420)
    }

    @Test func singleDataYearUsesDefaultGrowth() {
        // One data year → r_k = default_growth = 0.03; 2026: 1000 · 1.03² = 1060.9; 2022: 1000 / 1.03² = 942.5959…
        let single = series([(2024, 1000)], defaultGrowth: 0.03)
        expectClose(single.baseRate, 0.03)
        expectClose(single.population(at: 2024), 1000)
        expectClose(single.population(at: 2026), 1060.9)
        expectClose(single.population(at: 2022), 1000 / 1.0609)
    }

    @Test func scenarioRateStartingLaterCompoundsYearByYear() {
        // 2024: 1000, default 0.02; schedule 12 % from 2026, 4 % from 2029.
        // 2025 before the first start → r_k: 1000 · 1.02 = 1020
        // 2026: 1020 · 1.12 = 1142.4;  2027: 1279.488;  2028: 1433.02656
        // 2029: 1433.02656 · 1.04 = 1490.3476224;  2030: 1549.961527296
        let schedule = GrowthSchedule(openingRate: nil, entries: [(2026, 0.12), (2029, 0.04)])
        let scenario = series([(2024, 1000)], defaultGrowth: 0.02, schedule: schedule)
        let expected: [Double] = [1020, 1142.4, 1279.488, 1433.02656, 1490.3476224, 1549.961527296]
        for (year, value) in zip(2025...2030, expected) {
            expectClose(scenario.population(at: year), value, "\(year)")
        }
    }

    @Test func scheduleDoesNotChangeBackCasting() {
        // Back-casting always uses r_k: schedule 12 % from 2026, r_k = 0.02 → 2023: 1000 / 1.02.
        let schedule = GrowthSchedule(openingRate: 0.5, entries: [(2026, 0.12)])
        let scenario = series([(2024, 1000)], defaultGrowth: 0.02, schedule: schedule)
        expectClose(scenario.population(at: 2023), 1000 / 1.02)
    }

    @Test func scenarioFiguresDoNotCountForTheBaseRate() {
        // Data 2020: 1000, 2022: 1210 → r_k = 0.1, whatever the scenario adds (2018: 500, 2024: 2000).
        let withScenario = series([(2020, 1000), (2022, 1210)], explicit: [(2024, 2000), (2018, 500)])
        expectClose(withScenario.baseRate, 0.1)
        // 2023 between 2022 and the scenario's 2024: 1210 · (2000/1210)^(1/2) = √2,420,000 = 1555.6349186104…
        expectClose(withScenario.population(at: 2023), 1555.6349186104046)
        // After the scenario's 2024 point with r_k: 2000 · 1.1 = 2200.
        expectClose(withScenario.population(at: 2025), 2200)
        // Before the scenario's 2018 point with r_k: 500 / 1.1 = 454.5454…
        expectClose(withScenario.population(at: 2017), 500 / 1.1)
    }

    @Test func scenarioFigureReplacesDataFigure() {
        // Data 2020: 10000, 2024: 14641 (r_k = 1.4641^(1/4) − 1 = 0.1); scenario 2024: 16000 replaces 14641.
        let replaced = series([(2020, 10000), (2024, 14641)], explicit: [(2024, 16000)])
        expectClose(replaced.population(at: 2024), 16000)
        // Interpolation uses the scenario figure: 10000 · 1.6^(1/2) = 12649.110640673518.
        expectClose(replaced.population(at: 2022), 12649.110640673518)
        // The base rate still comes from the data: 16000 · 1.1 = 17600.
        expectClose(replaced.baseRate, 0.1)
        expectClose(replaced.population(at: 2025), 17600)
    }

    @Test func scenarioFigureBetweenDataYearsBecomesAPoint() {
        // Data 2020: 10000, 2024: 14641; scenario 2022: 12000.
        let between = series([(2020, 10000), (2024, 14641)], explicit: [(2022, 12000)])
        expectClose(between.population(at: 2022), 12000)
        // 2021: 10000 · (12000/10000)^(1/2) = 10954.451150103322
        expectClose(between.population(at: 2021), 10954.451150103322)
        // 2023: 12000 · (14641/12000)^(1/2) = 13254.885891625021
        expectClose(between.population(at: 2023), 13254.885891625021)
        #expect(between.points.map(\.year) == [2020, 2022, 2024])
    }

    @Test func laterScenarioFigureForTheSameYearWins() {
        let twice = series([(2020, 10000)], explicit: [(2022, 12000), (2022, 13000)])
        expectClose(twice.population(at: 2022), 13000)
    }

    @Test func backCastWhenPopulationFellToZero() {
        // Data 2020: 100, 2024: 0 → r_k = (0/100)^(1/4) − 1 = −1. The back-cast of docs/METHOD.md "Population",
        // 100 · 0^(2019 − 2020), is undefined (a division by zero); the implementation documents keeping the first
        // figure, 100. This ambiguity is resolved as docs/METHOD.md "Interpretations" 23 and the doc comment of
        // `population(at:)` say.
        let vanished = series([(2020, 100), (2024, 0)])
        expectClose(vanished.baseRate, -1)
        expectClose(vanished.population(at: 2019), 100)
        // After the last point: 0 · (1 − 1) = 0.
        expectClose(vanished.population(at: 2025), 0)
    }
}
