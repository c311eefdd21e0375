import Testing

@testable import Analysis

/// C(k,t) = C_k · P(k,t) / P(k,y_c) (docs/METHOD.md "Caseload").
@Suite struct CaseloadTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let observed: Double?
        let populationThen: Double
        let populationAt: Double
        let expected: Double
        var testDescription: String { label }
    }

    @Test(arguments: [
        // 120 · 13200 / 12000 = 132: the caseload grows with the population.
        Case(label: "proportional", observed: 120, populationThen: 12000, populationAt: 13200, expected: 132),
        // 120 · 9000 / 12000 = 90.
        Case(label: "shrinking", observed: 120, populationThen: 12000, populationAt: 9000, expected: 90),
        // P(k,y_c) = 0 → C_k itself.
        Case(label: "zero population then", observed: 50, populationThen: 0, populationAt: 500, expected: 50),
        // No caseload → 0.
        Case(label: "none", observed: nil, populationThen: 12000, populationAt: 13200, expected: 0),
    ])
    func projected(_ c: Case) {
        expectClose(
            Caseload.projected(observed: c.observed, populationThen: c.populationThen, populationAt: c.populationAt),
            c.expected, c.label)
    }
}
