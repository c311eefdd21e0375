/// The sums a kecamatan-year (``YearFigures``) and a region-year (``TotalFigures``) both have, and the four ratios
/// taken from them (docs/METHOD.md "Per kecamatan and year"), each written once here.
package protocol StaffingRatios {
    /// P: residents.
    var population: Double { get }
    /// Σ A: active workers expected.
    var active: Double { get }
    /// Σ M: missing applicable modules.
    var missingModules: Double { get }
    /// Σ S_m: applicable module slots.
    var moduleSlots: Double { get }
    /// Σ (req · modules): the module slots the required workforce needs.
    var requiredSlots: Double { get }
}

extension StaffingRatios {
    /// min(1, (Σ S_m − Σ M) / Σ (req · modules)): the share of the needed training held; 1 when nothing is
    /// required.
    package var readiness: Double {
        let needed = requiredSlots
        return needed == 0 ? 1 : min(1, (moduleSlots - missingModules) / needed)
    }

    /// P / max(Σ A, 1): residents per active worker.
    package var pressure: Double { population / max(active, 1) }

    /// Σ A / P · 10,000: active workers per 10,000 residents; 0 without residents.
    package var activePer10k: Double { population == 0 ? 0 : active / population * 10_000 }

    /// Σ M / Σ S_m: the share of applicable module slots not current; 1 without slots.
    package var untrainedShare: Double { moduleSlots == 0 ? 1 : missingModules / moduleSlots }
}
