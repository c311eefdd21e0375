import CapplanDomain
import Foundation

/// Required workers of one role (docs/METHOD.md "Required workers").
package enum WorkforceRequirement {
    /// Tolerance subtracted before rounding up, so 12.000000000001 workers stay 12.
    static let epsilon = 1e-9

    /// req(ρ,k,t) = max(per_kecamatan, per_desa · D_k, ⌈P / population_per_worker − 1e-9⌉,
    /// ⌈C / cases_per_worker − 1e-9⌉), a population or caseload term counting only when its norm
    /// is above 0. Workers; whole when the norms are whole (per_desa = 0.5 gives half a worker per desa).
    package static func required(norm: WorkforceNorm, villages: Int, population: Double, caseload: Double) -> Double {
        terms(norm: norm, villages: villages, population: population, caseload: caseload).required
    }

    /// The four terms of req(ρ,k,t), each computed once: ``Terms/required`` is their maximum.
    package static func terms(norm: WorkforceNorm, villages: Int, population: Double, caseload: Double) -> Terms {
        Terms(
            norm: norm, perKecamatan: norm.perKecamatan, perDesa: norm.perDesa * Double(villages),
            population: norm.populationPerWorker > 0
                ? (population / norm.populationPerWorker - epsilon).rounded(.up) : nil,
            caseload: norm.casesPerWorker > 0 ? (caseload / norm.casesPerWorker - epsilon).rounded(.up) : nil)
    }

    /// One term of the formula, named by the norm key of `[norms.ROLE]` that sets it.
    package enum Term: String, Sendable, CaseIterable, Equatable {
        /// `per_kecamatan`: that many workers whatever the kecamatan's size.
        case perKecamatan = "per_kecamatan"
        /// `per_desa` × D_k.
        case perDesa = "per_desa"
        /// ⌈P / `population_per_worker` − 1e-9⌉.
        case population = "population_per_worker"
        /// ⌈C / `cases_per_worker` − 1e-9⌉.
        case caseload = "cases_per_worker"
    }

    /// The terms of req(ρ,k,t) for one role, kecamatan and year.
    package struct Terms: Sendable, Equatable {
        /// The norm the terms come from.
        package var norm: WorkforceNorm
        /// `per_kecamatan` (0 when that norm is 0).
        package var perKecamatan: Double
        /// `per_desa` · D_k (0 when that norm is 0).
        package var perDesa: Double
        /// ⌈P / `population_per_worker` − 1e-9⌉, or nil when that norm is 0 (the term is off).
        package var population: Double?
        /// ⌈C / `cases_per_worker` − 1e-9⌉, or nil when that norm is 0 (the term is off).
        package var caseload: Double?

        /// Creates terms from their values.
        package init(
            norm: WorkforceNorm, perKecamatan: Double, perDesa: Double, population: Double?, caseload: Double?
        ) {
            self.norm = norm
            self.perKecamatan = perKecamatan
            self.perDesa = perDesa
            self.population = population
            self.caseload = caseload
        }

        /// req: the largest term, taken in the formula's order.
        package var required: Double {
            var required = max(perKecamatan, perDesa)
            if let population { required = max(required, population) }
            if let caseload { required = max(required, caseload) }
            return required
        }

        /// A term's value, or nil when its norm is 0 (a norm of 0 switches its term off).
        package func value(_ term: Term) -> Double? {
            switch term {
            case .perKecamatan: norm.perKecamatan > 0 ? perKecamatan : nil
            case .perDesa: norm.perDesa > 0 ? perDesa : nil
            case .population: population
            case .caseload: caseload
            }
        }

        /// The norm value behind a term: `per_kecamatan`, `per_desa`, `population_per_worker` or `cases_per_worker`.
        package func normValue(_ term: Term) -> Double {
            switch term {
            case .perKecamatan: norm.perKecamatan
            case .perDesa: norm.perDesa
            case .population: norm.populationPerWorker
            case .caseload: norm.casesPerWorker
            }
        }

        /// The terms that are on and equal to req, in the formula's order: the norm that binds (more
        /// than one when terms tie). Empty when req is 0.
        package var binding: [Term] {
            let required = self.required
            guard required > 0 else { return [] }
            return Term.allCases.filter { value($0) == required }
        }
    }
}
