import Testing

@testable import Analysis
@testable import Ingestion

/// Module currency and applicability (docs/METHOD.md "Training status").
@Suite struct TrainingStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let completed: Int?
        let year: Int
        let validYears: Int
        let expected: Bool
        var testDescription: String { label }
    }

    @Test(arguments: [
        // valid_years = 0: current for ever once completed.
        Case(label: "never expires", completed: 2010, year: 2025, validYears: 0, expected: true),
        Case(label: "completed this year", completed: 2025, year: 2025, validYears: 1, expected: true),
        // 2025 − 2023 = 2 < 3: current; 2025 − 2022 = 3, not < 3: a refresher is due.
        Case(label: "within valid years", completed: 2023, year: 2025, validYears: 3, expected: true),
        Case(label: "expired", completed: 2022, year: 2025, validYears: 3, expected: false),
        // Completed in 2026 is not current at 2025.
        Case(label: "completed after t", completed: 2026, year: 2025, validYears: 0, expected: false),
        Case(label: "never completed", completed: nil, year: 2025, validYears: 0, expected: false),
    ])
    func isCurrent(_ c: Case) {
        #expect(TrainingStatus.isCurrent(completed: c.completed, at: c.year, validYears: c.validYears) == c.expected)
    }

    @Test func moduleForOneRoleOnlyAppliesToThatRole() {
        // penanganan_kasus is for TKSK only: TKSK has modules 0, 1, 2; PSM 0 and 1.
        let modules = threeModules()
        #expect(TrainingStatus.applicable(modules, to: .tksk) == [0, 1, 2])
        #expect(TrainingStatus.applicable(modules, to: .psm) == [0, 1])
    }

    @Test func oneRoleModuleCountsSlotsAndFullTraining() {
        // Year 2025, penanganan_kasus TKSK only. Two PSM in 65.01.01:
        // p1 holds kebijakan_sosial and komunikasi, never penanganan_kasus → 0 missing of 2: fully trained.
        // p2 holds kebijakan_sosial only → 1 missing of 2.
        // TKSK t1 holds the same two as p1 → 1 missing (penanganan_kasus) of 3: not fully trained.
        let modules = threeModules()
        let table = roster(
            modules.map(\.id),
            [
                RosterRow(id: "p1", code: "65.01.01", role: .psm, years: [2020, 2021, nil]),
                RosterRow(id: "p2", code: "65.01.01", role: .psm, years: [2020, nil, nil]),
                RosterRow(id: "t1", code: "65.01.01", role: .tksk, years: [2020, 2021, nil]),
            ])
        let tally = WorkforceTally(roster: table, modules: modules, years: 2025...2025)
        // PSM: 2 workers, 1 fully trained, 1 missing module; slots 2 × 2 = 4.
        #expect(
            tally.counts(kec("65.01.01"), .psm, 2025) == WorkforceCounts(workers: 2, fullyTrained: 1, missingModules: 1)
        )
        // TKSK: 1 worker, 0 fully trained, 1 missing; slots 1 × 3 = 3.
        #expect(
            tally.counts(kec("65.01.01"), .tksk, 2025)
                == WorkforceCounts(workers: 1, fullyTrained: 0, missingModules: 1))
        let config = PlanConfig(path: "plan.toml", population: [], roster: "", modules: modules)
        let psm = PlanAnalyzer.roleFigures(
            .psm, code: kec("65.01.01"), year: 2025, population: 1000, caseload: 0, villages: 2, tally: tally,
            config: config, baseYear: 2025)
        #expect(psm.applicableModules == 2)
        expectClose(psm.moduleSlots, 4)
        expectClose(psm.missingModules, 1)
        expectClose(psm.trained, 1)
        let tksk = PlanAnalyzer.roleFigures(
            .tksk, code: kec("65.01.01"), year: 2025, population: 1000, caseload: 0, villages: 2, tally: tally,
            config: config, baseYear: 2025)
        #expect(tksk.applicableModules == 3)
        expectClose(tksk.moduleSlots, 3)
        expectClose(tksk.missingModules, 1)
        expectClose(tksk.trained, 0)
    }
}
