/// Figures of a kabupaten or province in one year: sums over its kecamatan, with the ratios taken
/// from the sums (a surplus in one kecamatan never offsets a gap in another: gaps and seats are
/// summed per kecamatan). The ratios are ``StaffingRatios``'.
package struct TotalFigures: Sendable, Equatable, StaffingRatios {
    /// The year.
    package var year: Int
    /// Number of kecamatan summed.
    package var kecamatan = 0
    /// Σ P.
    package var population = 0.0
    /// Σ C.
    package var caseload = 0.0
    /// Σ req, TKSK.
    package var requiredTKSK = 0.0
    /// Σ req, PSM.
    package var requiredPSM = 0.0
    /// Σ A, TKSK.
    package var activeTKSK = 0.0
    /// Σ A, PSM.
    package var activePSM = 0.0
    /// Σ F, TKSK.
    package var trainedTKSK = 0.0
    /// Σ F, PSM.
    package var trainedPSM = 0.0
    /// Σ over kecamatan of the staffing gap.
    package var staffingGap = 0.0
    /// Σ over kecamatan of the training seats.
    package var trainingSeats = 0.0
    /// Σ M.
    package var missingModules = 0.0
    /// Σ S_m.
    package var moduleSlots = 0.0
    /// Σ req · modules.
    package var requiredSlots = 0.0

    /// Zero figures for a year.
    package init(year: Int) { self.year = year }

    /// Adds one kecamatan's figures of the same year.
    package mutating func add(_ figures: YearFigures) {
        kecamatan += 1
        population += figures.population
        caseload += figures.caseload
        requiredTKSK += figures.tksk.required
        requiredPSM += figures.psm.required
        activeTKSK += figures.tksk.active
        activePSM += figures.psm.active
        trainedTKSK += figures.tksk.trained
        trainedPSM += figures.psm.trained
        staffingGap += figures.staffingGap
        trainingSeats += figures.trainingSeats
        missingModules += figures.missingModules
        moduleSlots += figures.moduleSlots
        requiredSlots += figures.tksk.requiredSlots + figures.psm.requiredSlots
    }

    /// Σ req.
    package var required: Double { requiredTKSK + requiredPSM }
    /// Σ A.
    package var active: Double { activeTKSK + activePSM }
    /// Σ F.
    package var trained: Double { trainedTKSK + trainedPSM }
}
