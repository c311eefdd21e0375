import Testing

@testable import Analysis
@testable import Ingestion

/// rate_k(s) and the precedence of scenario schedules (docs/INPUTS.md "Scenario", docs/METHOD.md "Population").
@Suite struct GrowthScheduleTests {
    private let kab6501 = RegionCode.kabupaten(KabupatenCode(province: 65, kabupaten: 1))

    /// Province 65: 1 % from the first projected year; kabupaten 65.01: 2 % from 2026;
    /// kecamatan 65.01.01: 3 % from 2027.
    private var book: GrowthScheduleBook {
        GrowthScheduleBook([
            rate(.province(65), from: nil, 0.01, line: 2),
            rate(kab6501, from: 2026, 0.02, line: 3),
            rate(.kecamatan(kec("65.01.01")), from: 2027, 0.03, line: 4),
        ])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let code: String
        let year: Int
        let expected: Double
        var testDescription: String { "\(code) in \(year)" }
    }

    // r_k = 0.5 stands out: it shows where the base rate applies.
    @Test(arguments: [
        // Own schedule (3 % from 2027) as a whole: before 2027 the base rate, not the kabupaten's 2 %.
        Case(code: "65.01.01", year: 2026, expected: 0.5),
        Case(code: "65.01.01", year: 2027, expected: 0.03),
        Case(code: "65.01.01", year: 2030, expected: 0.03),
        // No own schedule → the kabupaten's, not the province's: base rate before 2026, then 2 %.
        Case(code: "65.01.02", year: 2025, expected: 0.5),
        Case(code: "65.01.02", year: 2026, expected: 0.02),
        // Other kabupaten → the province's opening entry, every year.
        Case(code: "65.02.01", year: 2025, expected: 0.01),
        Case(code: "65.02.01", year: 2040, expected: 0.01),
    ])
    func mostSpecificCodeWinsAsAWholeSchedule(_ c: Case) throws {
        let schedule = try #require(book.schedule(for: kec(c.code)))
        expectClose(schedule.rate(in: c.year, baseRate: 0.5), c.expected, c.testDescription)
    }

    @Test func noScheduleOutsideTheScenario() {
        #expect(book.schedule(for: kec("66.01.01")) == nil)
    }

    @Test func sameCodeAndStartYearLaterRowWins() throws {
        let later = GrowthScheduleBook([
            rate(.kecamatan(kec("65.01.01")), from: 2026, 0.02, line: 2),
            rate(.kecamatan(kec("65.01.01")), from: nil, 0.01, line: 3),
            rate(.kecamatan(kec("65.01.01")), from: 2026, 0.07, line: 4),
            rate(.kecamatan(kec("65.01.01")), from: nil, 0.04, line: 5),
        ])
        let schedule = try #require(later.schedule(for: kec("65.01.01")))
        expectClose(schedule.rate(in: 2026, baseRate: 0.5), 0.07)
        expectClose(schedule.rate(in: 2025, baseRate: 0.5), 0.04)
    }

    @Test func entryWithoutStartYearAppliesFromTheFirstProjectedYear() {
        // Opening 4 %, 6 % from 2028: 2025 → 4 %, 2028 → 6 %.
        let schedule = GrowthSchedule(openingRate: 0.04, entries: [(2028, 0.06)])
        expectClose(schedule.rate(in: 2025, baseRate: 0.5), 0.04)
        expectClose(schedule.rate(in: 2027, baseRate: 0.5), 0.04)
        expectClose(schedule.rate(in: 2028, baseRate: 0.5), 0.06)
        // In a series with one data year 2024: 1000 → 2025: 1000 · 1.04 = 1040, 2028: 1000 · 1.04³ · 1.06.
        let series = PopulationSeries(data: [(2024, 1000)], explicit: [], defaultGrowth: 0.5, schedule: schedule)
        expectClose(series.population(at: 2025), 1040)
        expectClose(series.population(at: 2028), 1000 * 1.04 * 1.04 * 1.04 * 1.06)
    }

    @Test func beforeTheFirstStartYearTheBaseRateApplies() {
        let schedule = GrowthSchedule(openingRate: nil, entries: [(2029, 0.04), (2026, 0.12)])
        expectClose(schedule.rate(in: 2025, baseRate: 0.02), 0.02)
        expectClose(schedule.rate(in: 2026, baseRate: 0.02), 0.12)
        expectClose(schedule.rate(in: 2028, baseRate: 0.02), 0.12)
        expectClose(schedule.rate(in: 2029, baseRate: 0.02), 0.04)
    }
}
