/// Projected caseload (docs/METHOD.md "Caseload").
package enum Caseload {
    /// C(k,t) = C_k · P(k,t) / P(k,y_c), where C_k is the latest caseload, observed in year y_c:
    /// the caseload grows with the population. C_k itself when P(k,y_c) = 0; 0 when the data give
    /// no caseload. A count of cases (e.g. PMKS households), real-valued.
    package static func projected(observed: Double?, populationThen: Double, populationAt: Double) -> Double {
        guard let observed else { return 0 }
        return populationThen == 0 ? observed : observed * populationAt / populationThen
    }
}
