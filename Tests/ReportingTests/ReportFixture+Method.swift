import Analysis
import Foundation
import Ingestion

extension ReportFixture {
    /// Figures of every year from the seed: geometric growth, caseload in step with population,
    /// attrition on every worker count, three modules for both roles.
    static func kecamatanAnalysis(_ seed: Seed) -> KecamatanAnalysis {
        let modules = config.modules.count
        let norm = config.norms[.psm]
        let figures = (years.base...years.horizon).map { year in
            let elapsed = Double(year - years.base)
            let kept = pow(1 - config.attrition, elapsed)
            let population = seed.population * pow(1 + seed.growth, elapsed)
            let psmRequired = max(
                norm.perDesa * Double(seed.villages), (population / norm.populationPerWorker - 1e-9).rounded(.up))
            func role(_ roster: Roster, required: Double) -> RoleYearFigures {
                RoleYearFigures(
                    required: required, active: roster.active * kept, trained: roster.trained * kept,
                    missingModules: roster.missing * kept, moduleSlots: roster.active * Double(modules) * kept,
                    applicableModules: modules)
            }
            return YearFigures(
                year: year, population: population, caseload: seed.caseload * population / seed.population,
                tksk: role(seed.tksk, required: 1), psm: role(seed.psm, required: psmRequired))
        }
        return KecamatanAnalysis(
            code: seed.code, name: seed.name, kabupaten: seed.kabupaten, villages: seed.villages,
            baseRate: seed.growth, growth: seed.growth, years: figures, dataQuality: seed.quality)
    }

    /// docs/METHOD.md "Priority score": components, score, rank.
    static func rank(_ kecamatan: [KecamatanAnalysis], weights: PriorityWeights) -> [RankedKecamatan] {
        func normalised(_ values: [Double]) -> [Double] {
            let low = values.min()!
            let high = values.max()!
            return values.map { high == low ? 0 : ($0 - low) / (high - low) }
        }
        let pressure = normalised(kecamatan.map { $0.figures(years.priority).pressure })
        let growth = normalised(kecamatan.map(\.growth))
        let unsorted = kecamatan.enumerated().map { index, analysis in
            let components = PriorityComponents(
                readinessGap: 1 - min(1, analysis.figures(years.priority).readiness), pressure: pressure[index],
                growth: growth[index], untrainedShare: analysis.figures(years.base).untrainedShare)
            let score = components.contributions(weights).reduce(0, +)
            return RankedKecamatan(rank: 0, code: analysis.code, score: score, components: components)
        }
        return unsorted.sorted { $0.score > $1.score }.enumerated().map { index, ranked in
            var ranked = ranked
            ranked.rank = index + 1
            return ranked
        }
    }

    /// docs/METHOD.md "Training allocation".
    static func allocate(
        _ kecamatan: [KecamatanAnalysis], ranking: [RankedKecamatan], config: PlanConfig
    ) -> AllocationPlan {
        guard config.seatsPerYear > 0 else { return .none }
        var given: [KecamatanCode: Int] = [:]
        var entries: [AllocationEntry] = []
        var planYears: [AllocationYear] = []
        let byCode = Dictionary(uniqueKeysWithValues: kecamatan.map { ($0.code, $0) })
        for year in years.base...years.horizon {
            var left = config.seatsPerYear
            var served = 0
            var unmet = 0
            for ranked in ranking {
                let needed = Int((byCode[ranked.code]!.figures(year).trainingSeats - 1e-9).rounded(.up))
                let remaining = max(0, needed - given[ranked.code, default: 0])
                let seats = min(remaining, left)
                if seats > 0 {
                    entries.append(AllocationEntry(year: year, rank: ranked.rank, code: ranked.code, seats: seats))
                    given[ranked.code, default: 0] += seats
                    left -= seats
                    served += 1
                }
                unmet += remaining - seats
            }
            let seats = config.seatsPerYear - left
            planYears.append(
                AllocationYear(
                    year: year, seats: seats, classes: (seats + config.batchSize - 1) / config.batchSize,
                    unmetNeed: unmet, kecamatan: served))
        }
        return AllocationPlan(entries: entries, years: planYears)
    }

    /// Sums of the kecamatan, every year.
    static func totals(
        _ kecamatan: [KecamatanAnalysis], level: RegionTotals.Level, code: String, name: String
    ) -> RegionTotals {
        let figures = (years.base...years.horizon).map { year in
            var total = TotalFigures(year: year)
            for analysis in kecamatan { total.add(analysis.figures(year)) }
            return total
        }
        return RegionTotals(level: level, code: code, name: name, years: figures)
    }
}
