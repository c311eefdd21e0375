import CapplanDomain

/// The result of the analysis stage: every figure the reports need, nothing they must recompute.
package struct PlanAnalysis: Sendable, Equatable {
    /// B, H and Y.
    package var years: PlanYears
    /// The config the method ran with (norms, modules, weights, training).
    package var config: PlanConfig
    /// Every kecamatan with population data, in code order.
    package let kecamatan: [KecamatanAnalysis]
    /// The ranking, rank 1 first; one entry per kecamatan of `kecamatan`.
    package var ranking: [RankedKecamatan]
    /// Master-list kecamatan without population data, in code order.
    package var unranked: [UnrankedKecamatan]
    /// The training allocation plan (empty when `seats_per_year` is 0).
    package var allocation: AllocationPlan
    /// Active workers missing a module at B, in roster order.
    package var trainingNeeds: [TrainingNeed]
    /// Province totals, in code order.
    package var provinces: [RegionTotals]
    /// Kabupaten/kota totals, in code order.
    package var kabupaten: [RegionTotals]
    /// The run's data quality: files with rejected or skipped rows, the kecamatan affected, second-hand figures.
    package var dataQuality: DataQualitySummary
    /// The class plan (docs/METHOD.md "Class plan"), or why there is none; nil until the command layer, which
    /// holds the map the distances come from, has made it.
    package var classPlan: Result<ClassPlan, ClassPlanAbsence>?
    private let indexByCode: [KecamatanCode: Int]

    /// Creates an analysis result.
    package init(
        years: PlanYears, config: PlanConfig, kecamatan: [KecamatanAnalysis], ranking: [RankedKecamatan],
        unranked: [UnrankedKecamatan], allocation: AllocationPlan, trainingNeeds: [TrainingNeed],
        provinces: [RegionTotals],
        kabupaten: [RegionTotals], dataQuality: DataQualitySummary = DataQualitySummary()
    ) {
        self.years = years
        self.config = config
        self.kecamatan = kecamatan
        self.ranking = ranking
        self.unranked = unranked
        self.allocation = allocation
        self.trainingNeeds = trainingNeeds
        self.provinces = provinces
        self.kabupaten = kabupaten
        self.dataQuality = dataQuality
        self.indexByCode = Dictionary(uniqueKeysWithValues: kecamatan.indices.map { (kecamatan[$0].code, $0) })
    }

    /// The analysis of a kecamatan by code.
    package func kecamatan(_ code: KecamatanCode) -> KecamatanAnalysis? {
        indexByCode[code].map { kecamatan[$0] }
    }

    /// The bounds pressure and growth were rescaled with (docs/METHOD.md "Normalisation"): over every
    /// kecamatan of `kecamatan`, as the ranking took them; nil when no kecamatan was ranked.
    package var normalisation: PriorityNormalisation? {
        PriorityNormalisation(over: kecamatan.map { RawPriorityComponents($0, years: years) })
    }
}
