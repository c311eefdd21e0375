import Testing

@testable import Analysis
@testable import Ingestion

/// Province and kabupaten totals: sums over kecamatan, gaps summed per kecamatan (docs/METHOD.md
/// "Interpretations" 24; docs/OUTPUTS.md, `summary.json`).
@Suite struct TotalFiguresTests {
    /// 65.01.01: TKSK req 3, A 1 (gap 2), 3 modules, 1 missing of 3 slots; P 10,000.
    private let short = YearFigures(
        year: 2025, population: 10000, caseload: 40,
        tksk: roleFigures(required: 3, active: 1, missing: 1, slots: 3, modules: 3),
        psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))
    /// 65.01.02: TKSK req 1, A 4 (surplus 3), all trained (12 slots); P 6,000.
    private let surplus = YearFigures(
        year: 2025, population: 6000, caseload: 10,
        tksk: roleFigures(required: 1, active: 4, trained: 4, missing: 0, slots: 12, modules: 3),
        psm: roleFigures(required: 0, active: 0, missing: 0, slots: 0, modules: 2))

    private var total: TotalFigures {
        var total = TotalFigures(year: 2025)
        total.add(short)
        total.add(surplus)
        return total
    }

    @Test("a total of one kecamatan has that kecamatan's ratios, bit for bit (one StaffingRatios)")
    func oneKecamatanTotalHasItsRatios() {
        for figures in [short, surplus] {
            var total = TotalFigures(year: 2025)
            total.add(figures)
            #expect(total.readiness == figures.readiness)
            #expect(total.pressure == figures.pressure)
            #expect(total.activePer10k == figures.activePer10k)
            #expect(total.untrainedShare == figures.untrainedShare)
        }
    }

    @Test func gapsAndSeatsSumPerKecamatan() {
        // Gap 2 + 0 = 2, not max(0, Σreq − ΣA) = max(0, 4 − 5) = 0: a surplus doesn't offset a gap elsewhere.
        expectClose(total.staffingGap, 2)
        // Seats (1 + 2 · 3) + 0 = 7.
        expectClose(total.trainingSeats, 7)
    }

    @Test func sums() {
        #expect(total.kecamatan == 2)
        expectClose(total.population, 16000)
        expectClose(total.caseload, 50)
        expectClose(total.required, 4)
        expectClose(total.active, 5)
        expectClose(total.trained, 4)
    }

    @Test func ratiosFromTheSums() {
        // Readiness (15 − 1) / (3 · 3 + 1 · 3) = 14 / 12 → capped at 1.
        expectClose(total.readiness, 1)
        // 16,000 / 5 = 3,200; 5 / 16,000 · 10,000 = 3.125; 1 / 15.
        expectClose(total.pressure, 3200)
        expectClose(total.activePer10k, 3.125)
        expectClose(total.untrainedShare, 1.0 / 15)
    }

    @Test func emptyTotals() {
        let none = TotalFigures(year: 2025)
        expectClose(none.readiness, 1)
        expectClose(none.untrainedShare, 1)
        expectClose(none.activePer10k, 0)
    }
}
