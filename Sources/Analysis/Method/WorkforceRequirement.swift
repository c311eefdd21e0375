import Foundation
import Ingestion

/// Required workers of one role (docs/METHOD.md "Required workers").
public enum WorkforceRequirement {
    /// Tolerance subtracted before rounding up, so 12.000000000001 workers stay 12.
    static let epsilon = 1e-9

    /// req(ρ,k,t) = max(per_kecamatan, per_desa · D_k, ⌈P / population_per_worker − 1e-9⌉,
    /// ⌈C / cases_per_worker − 1e-9⌉), a population or caseload term counting only when its norm
    /// is above 0. Workers; whole when the norms are whole (per_desa = 0.5 gives half a worker per desa).
    public static func required(norm: WorkforceNorm, villages: Int, population: Double, caseload: Double) -> Double {
        var required = max(norm.perKecamatan, norm.perDesa * Double(villages))
        if norm.populationPerWorker > 0 {
            required = max(required, (population / norm.populationPerWorker - epsilon).rounded(.up))
        }
        if norm.casesPerWorker > 0 {
            required = max(required, (caseload / norm.casesPerWorker - epsilon).rounded(.up))
        }
        return required
    }
}
