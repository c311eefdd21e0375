/// Figures of a kabupaten or province in one year: sums over its kecamatan, with the ratios taken
/// from the sums (a surplus in one kecamatan never offsets a gap in another: gaps and seats are
/// summed per kecamatan).
public struct TotalFigures: Sendable, Equatable {
    /// The year.
    public var year: Int
    /// Number of kecamatan summed.
    public var kecamatan = 0
    /// Σ P.
    public var population = 0.0
    /// Σ C.
    public var caseload = 0.0
    /// Σ req, TKSK.
    public var requiredTKSK = 0.0
    /// Σ req, PSM.
    public var requiredPSM = 0.0
    /// Σ A, TKSK.
    public var activeTKSK = 0.0
    /// Σ A, PSM.
    public var activePSM = 0.0
    /// Σ F, TKSK.
    public var trainedTKSK = 0.0
    /// Σ F, PSM.
    public var trainedPSM = 0.0
    /// Σ over kecamatan of the staffing gap.
    public var staffingGap = 0.0
    /// Σ over kecamatan of the training seats.
    public var trainingSeats = 0.0
    /// Σ M.
    public var missingModules = 0.0
    /// Σ S_m.
    public var moduleSlots = 0.0
    /// Σ req · modules.
    public var requiredSlots = 0.0

    /// Zero figures for a year.
    public init(year: Int) { self.year = year }

    /// Adds one kecamatan's figures of the same year.
    public mutating func add(_ figures: YearFigures) {
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
    public var required: Double { requiredTKSK + requiredPSM }
    /// Σ A.
    public var active: Double { activeTKSK + activePSM }
    /// Σ F.
    public var trained: Double { trainedTKSK + trainedPSM }
    /// Readiness from the sums; 1 when nothing is required.
    public var readiness: Double { requiredSlots == 0 ? 1 : min(1, (moduleSlots - missingModules) / requiredSlots) }
    /// Residents per active worker.
    public var pressure: Double { population / max(active, 1) }
    /// Active workers per 10,000 residents; 0 without residents.
    public var activePer10k: Double { population == 0 ? 0 : active / population * 10_000 }
    /// Share of applicable module slots not current; 1 without slots.
    public var untrainedShare: Double { moduleSlots == 0 ? 1 : missingModules / moduleSlots }
}
