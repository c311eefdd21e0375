import Testing

@testable import Analysis
@testable import Ingestion

/// n(ρ,k,t), fully trained and missing modules per kecamatan, role and year, and the training needs
/// at B (docs/METHOD.md "Active workers", "Training status"; docs/OUTPUTS.md,
/// `training_needs.csv`).
@Suite struct WorkforceTallyTests {
    /// Config order: kebijakan_sosial, komunikasi (valid 3 years), penanganan_kasus (TKSK only). The
    /// roster's columns are in the reverse order, so the tally must match modules by id.
    private let modules = threeModules(komunikasiValid: 3)
    private let columns = ["penanganan_kasus", "komunikasi", "kebijakan_sosial"]

    private var tally: WorkforceTally {
        WorkforceTally(
            roster: roster(
                columns,
                [
                    // TKSK: kebijakan_sosial only → komunikasi and penanganan_kasus missing every year.
                    RosterRow(id: "a1", code: "65.01.01", role: .tksk, years: [nil, nil, 2020]),
                    // Inactive: never counted, whatever it holds.
                    RosterRow(id: "a2", code: "65.01.01", role: .tksk, active: false, years: [2020, 2020, 2020]),
                    // PSM from 2026 on, nothing completed: 2 missing from 2026.
                    RosterRow(id: "a3", code: "65.01.01", role: .psm, start: 2026, years: [nil, nil, nil]),
                    // PSM from 2025 (= B, counts at B): komunikasi 2024 current until 2026, kebijakan_sosial never.
                    RosterRow(id: "a4", code: "65.01.01", role: .psm, start: 2025, years: [nil, 2024, nil]),
                    // TKSK with everything; komunikasi 2023 expires in 2026 (2026 − 2023 = 3).
                    RosterRow(id: "a5", code: "65.01.02", role: .tksk, years: [2021, 2023, 2021]),
                    // PSM with both PSM modules in 2025: fully trained, penanganan_kasus does not apply.
                    RosterRow(id: "a6", code: "65.01.02", role: .psm, years: [nil, 2025, 2025]),
                ]),
            modules: modules, years: 2025...2027)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let code: String
        let role: Role
        let year: Int
        let expected: WorkforceCounts
        var testDescription: String { "\(code) \(role.rawValue) \(year)" }
    }

    @Test(arguments: [
        // a1 only (a2 inactive): 1 worker, 2 missing.
        Case(code: "65.01.01", role: .tksk, year: 2025, expected: WorkforceCounts(workers: 1, missingModules: 2)),
        Case(code: "65.01.01", role: .tksk, year: 2027, expected: WorkforceCounts(workers: 1, missingModules: 2)),
        // 2025: a4 only (a3 starts 2026), missing kebijakan_sosial.
        Case(code: "65.01.01", role: .psm, year: 2025, expected: WorkforceCounts(workers: 1, missingModules: 1)),
        // 2026: a3 (2 missing) + a4 (1 missing) = 3.
        Case(code: "65.01.01", role: .psm, year: 2026, expected: WorkforceCounts(workers: 2, missingModules: 3)),
        // 2027: a4's komunikasi (2024) has expired: 2 + 2 = 4.
        Case(code: "65.01.01", role: .psm, year: 2027, expected: WorkforceCounts(workers: 2, missingModules: 4)),
        // a5 fully trained in 2025, komunikasi expired from 2026.
        Case(
            code: "65.01.02", role: .tksk, year: 2025,
            expected: WorkforceCounts(workers: 1, fullyTrained: 1, missingModules: 0)),
        Case(code: "65.01.02", role: .tksk, year: 2026, expected: WorkforceCounts(workers: 1, missingModules: 1)),
        // a6: komunikasi 2025 still current in 2027 (2027 − 2025 = 2 < 3).
        Case(
            code: "65.01.02", role: .psm, year: 2027,
            expected: WorkforceCounts(workers: 1, fullyTrained: 1, missingModules: 0)),
        // Nobody works there.
        Case(code: "65.09.09", role: .tksk, year: 2025, expected: WorkforceCounts()),
    ])
    func counts(_ c: Case) {
        #expect(tally.counts(kec(c.code), c.role, c.year) == c.expected)
    }

    @Test func trainingNeedsAtBaseYearInConfigOrder() {
        // Active at B with a module missing: a1 (komunikasi, penanganan_kasus — config order, not column
        // order) and a4 (kebijakan_sosial). a3 starts after B; a5 and a6 hold everything at B; a2 is inactive.
        #expect(
            tally.needs == [
                TrainingNeed(
                    id: "a1", code: kec("65.01.01"), role: .tksk, missingModules: ["komunikasi", "penanganan_kasus"]),
                TrainingNeed(id: "a4", code: kec("65.01.01"), role: .psm, missingModules: ["kebijakan_sosial"]),
            ])
    }
}
