import CapplanDomain
import Foundation

/// Stage 2 of the pipeline: the method of docs/METHOD.md, from ingested tables to every figure the
/// reports need. Pure: values in, values out; no files, no printing, no clock.
///
/// 1. Population: one `PopulationSeries` per kecamatan (data points, scenario figures and rates).
/// 2. Workforce: one `WorkforceTally` of the roster (active, trained, missing modules).
/// 3. Per kecamatan and year B…H: `YearFigures` (caseload, required, active, trained, gaps, ratios).
/// 4. Priority: components, normalisation over the run, score and ranking with tie-breaks.
/// 5. Allocation of training seats year by year in rank order.
/// 6. Province and kabupaten totals.
/// 7. Data quality: per kecamatan and for the run.
package enum PlanAnalyzer {
    /// Runs the method.
    package static func analyze(config: PlanConfig, years: PlanYears, data: PlanData) -> PlanAnalysis {
        let span = years.base...years.horizon
        let explicit = Dictionary(grouping: data.scenario.populations, by: \.code)
        let book = GrowthScheduleBook(data.scenario.rates)
        let populations = data.population.kecamatan
        let codes = analysedCodes(data).sorted()
        let tally = WorkforceTally(roster: data.roster, modules: config.modules, years: span)
        let rejected = DataQualityAudit.rejectedRows(data)
        let terms = RoleTerms(config: config, years: years)
        let kecamatan = codes.map { code in
            let entry = populations[code]
            let given = explicit.isEmpty ? [] : explicit[code] ?? []
            let series = populationSeries(
                entry: entry, explicit: given, config: config, schedule: book.schedule(for: code))
            var analysis = analyse(
                code, entry: entry, series: series, explicit: given, tally: tally, terms: terms, years: years,
                regions: data.regions)
            analysis.dataQuality = DataQualityAudit.quality(entry, rejected: rejected.isEmpty ? nil : rejected[code])
            return analysis
        }
        let (ranking, order) = rank(kecamatan, years: years, weights: config.weights)
        let allocation = TrainingAllocation.plan(
            ranking: ranking, years: span, seatsPerYear: config.seatsPerYear, batchSize: config.batchSize,
            distinctCodes: true, seatsAt: seatsTable(kecamatan, order: order, years: span))
        let unranked = (data.regions?.regions ?? []).filter { position(of: $0.code, in: codes) == nil }
            .sorted { $0.code < $1.code }
            .map { UnrankedKecamatan(code: $0.code, name: $0.name, kabupaten: $0.kabupaten ?? "") }
        let totals = RegionTotaling.totals(kecamatan, years: span, provinceNames: data.provinceNames)
        return PlanAnalysis(
            years: years, config: config, kecamatan: kecamatan, ranking: ranking, unranked: unranked,
            allocation: allocation, trainingNeeds: tally.needs, provinces: totals.provinces,
            kabupaten: totals.kabupaten,
            dataQuality: DataQualityAudit.summary(data, rejected: rejected, kecamatan: kecamatan))
    }

    /// The index of `code` in `codes`, sorted and without repeats (binary search), or nil.
    static func position(of code: KecamatanCode, in codes: [KecamatanCode]) -> Int? {
        var low = 0
        var high = codes.count
        while low < high {
            let middle = (low + high) / 2
            if codes[middle] < code { low = middle + 1 } else { high = middle }
        }
        return low < codes.count && codes[low] == code ? low : nil
    }

    /// training_seats(k,t) of every ranked kecamatan and year, taken once, as a function of the position in
    /// the ranking and the year; `order` holds the index in `kecamatan` of each position.
    static func seatsTable(
        _ kecamatan: [KecamatanAnalysis], order: [Int], years: ClosedRange<Int>
    ) -> (Int, Int) -> Double {
        let yearCount = years.count
        var seats = [Double](repeating: 0, count: order.count * yearCount)
        for (rank, index) in order.enumerated() {
            let figures = kecamatan[index].years
            for offset in 0..<yearCount { seats[rank * yearCount + offset] = figures[offset].trainingSeats }
        }
        return { rank, year in seats[rank * yearCount + (year - years.lowerBound)] }
    }

    /// Stage 1 for one kecamatan: its series from its data figures (`entry`) and its scenario figures
    /// (`explicit`, in file and row order), following `schedule`.
    static func populationSeries(
        entry: KecamatanPopulation?, explicit: [ScenarioPopulation], config: PlanConfig, schedule: GrowthSchedule?
    ) -> PopulationSeries {
        PopulationSeries(
            data: (entry?.figures ?? []).map { (year: $0.year, population: $0.population) },
            explicit: explicit.map { (year: $0.year, population: $0.population) }, defaultGrowth: config.defaultGrowth,
            schedule: schedule)
    }

    /// The kecamatan the method analyses (docs/METHOD.md "Years": every kecamatan of the run):
    /// those with a data figure, and those a scenario gives explicit figures (docs/METHOD.md 22).
    package static func analysedCodes(_ data: PlanData) -> Set<KecamatanCode> {
        Set(data.population.kecamatan.keys).union(data.scenario.populations.map(\.code))
    }

    /// What every kecamatan's role figures share: per role the norm and the number of applicable modules, per
    /// year of the plan the retention (1 − a)^(t − B).
    struct RoleTerms {
        /// The norms of TKSK and PSM.
        let norms: PerRole<WorkforceNorm>
        /// The number of modules that apply to TKSK and to PSM.
        let modules: PerRole<Int>
        /// (1 − a)^(t − B) for t = B…H.
        let retention: [Double]

        /// The terms of `config` over the years of the plan.
        init(config: PlanConfig, years: PlanYears) {
            norms = config.norms
            modules = PerRole { TrainingStatus.applicable(config.modules, to: $0).count }
            retention = (years.base...years.horizon).map { pow(1 - config.attrition, Double($0 - years.base)) }
        }
    }

    /// Stage 3 for one kecamatan; `explicit` are its scenario figures.
    static func analyse(
        _ code: KecamatanCode, entry: KecamatanPopulation?, series: PopulationSeries, explicit: [ScenarioPopulation],
        tally: WorkforceTally, terms: RoleTerms, years: PlanYears, regions: RegionsTable?
    ) -> KecamatanAnalysis {
        // The regions file only fills in what the population files leave out.
        let region = entry?.desa == nil || entry?.kabupaten == nil ? regions?.region(code) : nil
        let villages = entry?.desa?.count ?? region?.villages ?? 0
        let caseload = entry?.caseload
        let caseloadBase = caseload.map { series.population(at: $0.year) } ?? 0
        let dense = tally.position(of: code)
        let figures = (years.base...years.horizon).map { year in
            let population = series.population(at: year)
            let cases = Caseload.projected(
                observed: caseload.map { Double($0.count) }, populationThen: caseloadBase, populationAt: population)
            let offset = year - years.base
            func role(_ role: Role) -> RoleYearFigures {
                roleFigures(
                    counts: tally.counts(position: dense, role: role, year: year),
                    required: WorkforceRequirement.required(
                        norm: terms.norms[role], villages: villages, population: population, caseload: cases),
                    retention: terms.retention[offset], modules: terms.modules[role])
            }
            return YearFigures(year: year, population: population, caseload: cases, tksk: role(.tksk), psm: role(.psm))
        }
        let base = figures.first!.population
        let horizon = figures.last!.population
        let growth =
            years.horizon > years.base && base > 0
            ? pow(horizon / base, 1 / Double(years.horizon - years.base)) - 1 : series.baseRate
        return KecamatanAnalysis(
            code: code, name: entry?.name ?? region?.name ?? code.description,
            kabupaten: entry?.kabupaten ?? region?.kabupaten ?? "", villages: villages, baseRate: series.baseRate,
            growth: growth, years: figures,
            observed: ObservedPopulation.figures(data: entry?.figures ?? [], scenario: explicit))
    }

    /// One role's figures: required from the norms; active, trained and module counts from the
    /// roster with attrition (1 − a)^(t − B).
    static func roleFigures(
        _ role: Role, code: KecamatanCode, year: Int, population: Double, caseload: Double, villages: Int,
        tally: WorkforceTally, config: PlanConfig, baseYear: Int
    ) -> RoleYearFigures {
        roleFigures(
            counts: tally.counts(code, role, year),
            required: WorkforceRequirement.required(
                norm: config.norms[role], villages: villages, population: population, caseload: caseload),
            retention: pow(1 - config.attrition, Double(year - baseYear)),
            modules: TrainingStatus.applicable(config.modules, to: role).count)
    }

    /// One role's figures from its roster counts, req, the retention (1 − a)^(t − B) and the number of
    /// applicable modules.
    @inline(__always)
    static func roleFigures(
        counts: WorkforceCounts, required: Double, retention: Double, modules: Int
    )
        -> RoleYearFigures
    {
        RoleYearFigures(
            required: required, active: Double(counts.workers) * retention,
            trained: Double(counts.fullyTrained) * retention,
            missingModules: Double(counts.missingModules) * retention,
            moduleSlots: Double(counts.workers * modules) * retention, applicableModules: modules)
    }

    /// Stage 4: components at Y (untrained share at B), normalised over the run, scored and ranked; with, for
    /// each rank, the index of its kecamatan in `kecamatan`.
    static func rank(
        _ kecamatan: [KecamatanAnalysis], years: PlanYears, weights: PriorityWeights
    ) -> (
        ranking: [RankedKecamatan], order: [Int]
    ) {
        let raw = kecamatan.indices.map { RawPriorityComponents(kecamatan[$0], years: years) }
        guard let normalisation = PriorityNormalisation(over: raw) else { return ([], []) }
        let candidates = kecamatan.indices.map { index in
            let components = normalisation.components(raw[index])
            let atY = kecamatan[index].figures(years.priority)
            return PriorityRanking.Candidate(
                code: kecamatan[index].code, score: PriorityRanking.score(components, weights: weights),
                trainingSeats: atY.trainingSeats, population: atY.population, components: components)
        }
        let order = PriorityRanking.order(candidates)
        let ranking = order.enumerated().map { rank, index in
            RankedKecamatan(
                rank: rank + 1, code: candidates[index].code, score: candidates[index].score,
                components: candidates[index].components)
        }
        return (ranking, order)
    }
}
