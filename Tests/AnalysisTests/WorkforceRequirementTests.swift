import Testing

@testable import Analysis
@testable import Ingestion

/// Every norm in play: 1 per kecamatan, 0.5 per desa, 10,000 residents and 40 cases per worker.
private let all = WorkforceNorm(perKecamatan: 1, perDesa: 0.5, populationPerWorker: 10000, casesPerWorker: 40)

/// req = max(per_kecamatan, per_desa · D, ⌈P/ppw − 1e-9⌉, ⌈C/cpw − 1e-9⌉) (docs/METHOD.md "Required workers").
@Suite struct WorkforceRequirementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let norm: WorkforceNorm
        let villages: Int
        let population: Double
        let caseload: Double
        let expected: Double
        var testDescription: String { label }
    }

    @Test(arguments: [
        // max(3, 0.5·3 = 1.5, ⌈15000/10000⌉ = 2, ⌈60/40⌉ = 2) = 3
        Case(
            label: "per kecamatan",
            norm: WorkforceNorm(perKecamatan: 3, perDesa: 0.5, populationPerWorker: 10000, casesPerWorker: 40),
            villages: 3, population: 15000, caseload: 60, expected: 3),
        // max(1, 1·5 = 5, 2, 2) = 5
        Case(
            label: "per desa",
            norm: WorkforceNorm(perKecamatan: 1, perDesa: 1, populationPerWorker: 10000, casesPerWorker: 40),
            villages: 5, population: 15000, caseload: 60, expected: 5),
        // max(1, 0.5·4 = 2, ⌈2.5001⌉ = 3, ⌈1.5⌉ = 2) = 3
        Case(label: "population", norm: all, villages: 4, population: 25001, caseload: 60, expected: 3),
        // max(1, 2, 2, ⌈161/40 = 4.025⌉ = 5) = 5
        Case(label: "caseload", norm: all, villages: 4, population: 15000, caseload: 161, expected: 5),
        // 20000 / 10000 = 2 exactly → ⌈2 − 1e-9⌉ = 2, not 3
        Case(
            label: "exactly twice the norm", norm: WorkforceNorm(populationPerWorker: 10000), villages: 0,
            population: 20000, caseload: 0, expected: 2),
        // 1000 · 1.1² = 1210.0000000000002 (a projected real) / 605 = 2.0000000000000004 → 2, not 3
        Case(
            label: "floating noise above 2", norm: WorkforceNorm(populationPerWorker: 605), villages: 0,
            population: 1000 * 1.1 * 1.1, caseload: 0, expected: 2),
        // 20001 / 10000 = 2.0001 → 3
        Case(
            label: "just above twice", norm: WorkforceNorm(populationPerWorker: 10000), villages: 0,
            population: 20001, caseload: 0, expected: 3),
        // ⌈0 − 1e-9⌉ = 0 for both norms; only per_kecamatan = 1 counts
        Case(label: "zero population", norm: all, villages: 0, population: 0, caseload: 0, expected: 1),
        Case(
            label: "zero population, no fixed norm",
            norm: WorkforceNorm(populationPerWorker: 10000, casesPerWorker: 40), villages: 0, population: 0,
            caseload: 0, expected: 0),
        // Every norm 0 → 0
        Case(label: "all norms 0", norm: WorkforceNorm(), villages: 12, population: 50000, caseload: 300, expected: 0),
        // 0.5 · 3 = 1.5: half a worker per desa stays fractional
        Case(
            label: "fractional per desa", norm: WorkforceNorm(perDesa: 0.5), villages: 3, population: 0, caseload: 0,
            expected: 1.5),
    ])
    func required(_ c: Case) {
        let required = WorkforceRequirement.required(
            norm: c.norm, villages: c.villages, population: c.population, caseload: c.caseload)
        expectClose(required, c.expected, c.label)
    }
}
