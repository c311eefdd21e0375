import Testing

@testable import Analysis
@testable import Ingestion

/// The terms of req and the norm that binds (docs/METHOD.md "Required workers").
@Suite("WorkforceRequirement.terms: each term once, the max and the binding norm")
struct WorkforceRequirementTermsTests {
    @Test("every term with its value; the population term binds")
    func allTerms() {
        // max(1, 0.5 · 4 = 2, ⌈25,001 / 10,000⌉ = 3, ⌈60 / 40⌉ = 2) = 3
        let norm = WorkforceNorm(perKecamatan: 1, perDesa: 0.5, populationPerWorker: 10000, casesPerWorker: 40)
        let terms = WorkforceRequirement.terms(norm: norm, villages: 4, population: 25001, caseload: 60)
        #expect(terms.value(.perKecamatan) == 1)
        #expect(terms.value(.perDesa) == 2)
        #expect(terms.value(.population) == 3)
        #expect(terms.value(.caseload) == 2)
        #expect(terms.required == 3)
        #expect(terms.binding == [.population])
        #expect(terms.normValue(.perDesa) == 0.5)
        #expect(terms.normValue(.caseload) == 40)
    }

    @Test("a norm of 0 switches its term off; equal terms bind together")
    func offAndTied() {
        // PSM of the real plan: per_desa 1 × 8 = 8, ⌈9,309 / 5,000⌉ = 2; per_kecamatan and caseload off.
        let psm = WorkforceNorm(perDesa: 1, populationPerWorker: 5000)
        let terms = WorkforceRequirement.terms(norm: psm, villages: 8, population: 9309, caseload: 0)
        #expect(terms.value(.perKecamatan) == nil)
        #expect(terms.value(.caseload) == nil)
        #expect(terms.binding == [.perDesa])
        #expect(terms.required == 8)
        // 5 desa and ⌈25,000 / 5,000⌉ = 5: both bind.
        let tied = WorkforceRequirement.terms(norm: psm, villages: 5, population: 25000, caseload: 0)
        #expect(tied.binding == [.perDesa, .population])
        // Every norm 0: nothing is required and no term binds.
        let none = WorkforceRequirement.terms(norm: WorkforceNorm(), villages: 12, population: 50000, caseload: 300)
        #expect(none.required == 0)
        #expect(none.binding == [])
        #expect(
            WorkforceRequirement.Term.allCases.map(\.rawValue)
                == ["per_kecamatan", "per_desa", "population_per_worker", "cases_per_worker"])
    }

    @Test("required(…) is the max of terms(…), bit for bit", arguments: [0.0, 1, 4_999.999_999_9, 5000, 60_874.2])
    func requiredIsTheMaxOfTheTerms(population: Double) {
        let norm = WorkforceNorm(perKecamatan: 1, perDesa: 0.5, populationPerWorker: 5000, casesPerWorker: 150)
        let terms = WorkforceRequirement.terms(norm: norm, villages: 9, population: population, caseload: 1084.8)
        let required = WorkforceRequirement.required(norm: norm, villages: 9, population: population, caseload: 1084.8)
        #expect(required.bitPattern == terms.required.bitPattern)
        #expect(required == [1, 4.5, terms.population!, terms.caseload!].max()!)
    }
}
