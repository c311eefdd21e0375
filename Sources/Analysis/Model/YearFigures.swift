import CapplanDomain

/// One kecamatan's (or one region's summed) figures in one year (docs/METHOD.md "Per kecamatan and year"); the
/// ratios are ``StaffingRatios``'.
package struct YearFigures: Sendable, Equatable, StaffingRatios {
    /// The year t.
    package var year: Int
    /// P(k,t), residents, kept real.
    package var population: Double
    /// C(k,t), projected caseload.
    package var caseload: Double
    /// TKSK figures.
    package var tksk: RoleYearFigures
    /// PSM figures.
    package var psm: RoleYearFigures

    /// Creates the figures of a year.
    package init(year: Int, population: Double, caseload: Double, tksk: RoleYearFigures, psm: RoleYearFigures) {
        self.year = year
        self.population = population
        self.caseload = caseload
        self.tksk = tksk
        self.psm = psm
    }

    /// The figures of one role.
    package func role(_ role: Role) -> RoleYearFigures {
        switch role {
        case .tksk: tksk
        case .psm: psm
        }
    }

    // The sums below are (0 + TKSK) + PSM, in that order, as a reduce from 0 over [tksk, psm] would add them
    // (0 + x is not x for x = −0), without building the array.

    /// Σ req.
    package var required: Double { 0 + tksk.required + psm.required }
    /// Σ A.
    package var active: Double { 0 + tksk.active + psm.active }
    /// Σ F.
    package var trained: Double { 0 + tksk.trained + psm.trained }
    /// Σ max(0, req − A).
    package var staffingGap: Double { 0 + tksk.staffingGap + psm.staffingGap }
    /// Σ M + Σ max(0, req − A) · modules.
    package var trainingSeats: Double { 0 + tksk.trainingSeats + psm.trainingSeats }
    /// Σ M.
    package var missingModules: Double { 0 + tksk.missingModules + psm.missingModules }
    /// Σ S_m.
    package var moduleSlots: Double { 0 + tksk.moduleSlots + psm.moduleSlots }

    /// Σ (req · modules): the module slots the required workforce needs.
    package var requiredSlots: Double { 0 + tksk.requiredSlots + psm.requiredSlots }
}
