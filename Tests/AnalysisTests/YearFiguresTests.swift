import Testing

@testable import Analysis
@testable import Ingestion

/// The per-kecamatan figures of a year, summed over roles (docs/METHOD.md "Per kecamatan and year").
@Suite struct YearFiguresTests {
    private func year(
        population: Double, tksk: RoleYearFigures, psm: RoleYearFigures
    ) -> YearFigures {
        YearFigures(year: 2025, population: population, caseload: 0, tksk: tksk, psm: psm)
    }

    /// TKSK short (req 2, A 0.5, 3 modules, 1 missing of 1.5 slots); PSM in surplus (req 3, A 4, 2 modules,
    /// 2 missing of 8 slots, 2 fully trained); P = 900.
    private var mixed: YearFigures {
        year(
            population: 900,
            tksk: roleFigures(required: 2, active: 0.5, missing: 1, slots: 1.5, modules: 3),
            psm: roleFigures(required: 3, active: 4, trained: 2, missing: 2, slots: 8, modules: 2))
    }

    @Test func sums() {
        expectClose(mixed.required, 5)  // 2 + 3
        expectClose(mixed.active, 4.5)  // 0.5 + 4
        expectClose(mixed.trained, 2)  // 0 + 2
    }

    @Test func staffingGapSumsPerRole() {
        // max(0, 2 − 0.5) + max(0, 3 − 4) = 1.5 + 0; the PSM surplus does not offset the TKSK gap.
        expectClose(mixed.staffingGap, 1.5)
    }

    @Test func trainingSeats() {
        // Σ M + Σ gap · modules = (1 + 2) + 1.5 · 3 + 0 · 2 = 7.5
        expectClose(mixed.trainingSeats, 7.5)
    }

    @Test func readiness() {
        // (Σ S_m − Σ M) / Σ req · modules = (9.5 − 3) / (2 · 3 + 3 · 2) = 6.5 / 12 = 0.5416666…
        expectClose(mixed.readiness, 6.5 / 12)
    }

    @Test func pressureAndActivePer10k() {
        // 900 / max(4.5, 1) = 200; 4.5 / 900 · 10,000 = 50
        expectClose(mixed.pressure, 200)
        expectClose(mixed.activePer10k, 50)
    }

    @Test func untrainedShare() {
        // Σ M / Σ S_m = 3 / 9.5 = 0.3157894…
        expectClose(mixed.untrainedShare, 3 / 9.5)
    }

    @Test func readinessAboveOneIsCapped() {
        // 3 fully trained TKSK where 1 is required: (9 − 0) / (1 · 3) = 3 → 1. Nothing to train or recruit.
        let overstaffed = year(
            population: 5000,
            tksk: roleFigures(required: 1, active: 3, trained: 3, missing: 0, slots: 9, modules: 3),
            psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
        expectClose(overstaffed.readiness, 1)
        expectClose(overstaffed.staffingGap, 0)
        expectClose(overstaffed.trainingSeats, 0)
    }

    @Test func nothingRequiredNobodyActive() {
        // Σ req · modules = 0 → readiness 1; Σ S_m = 0 → untrained share 1; pressure 700 / max(0, 1) = 700.
        let empty = year(
            population: 700,
            tksk: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 3),
            psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
        expectClose(empty.readiness, 1)
        expectClose(empty.untrainedShare, 1)
        expectClose(empty.pressure, 700)
        expectClose(empty.activePer10k, 0)
    }

    @Test func pressureWithLessThanOneActive() {
        // active = 0.5 + 0 < 1 → 900 / 1 = 900, not 1800.
        let thin = year(
            population: 900,
            tksk: roleFigures(required: 1, active: 0.5, missing: 0, slots: 1.5, modules: 3),
            psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
        expectClose(thin.pressure, 900)
        // 0.5 / 900 · 10,000 = 5.5555…
        expectClose(thin.activePer10k, 50 / 9)
    }

    @Test func zeroPopulation() {
        // P = 0 → active_per_10k 0 (not a division by zero), pressure 0 / 2 = 0.
        let nobody = year(
            population: 0,
            tksk: roleFigures(required: 1, active: 2, trained: 2, missing: 0, slots: 6, modules: 3),
            psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
        expectClose(nobody.activePer10k, 0)
        expectClose(nobody.pressure, 0)
    }

    @Test func roleAccessor() {
        #expect(mixed.role(.tksk) == mixed.tksk)
        #expect(mixed.role(.psm) == mixed.psm)
    }
}
