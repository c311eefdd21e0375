import Analysis
import Ingestion

extension SummaryJSON {
    /// A ranked kecamatan: every figure of its priorities.csv row, plus the four score components
    /// and the weighted share each contributes to the score.
    struct RankedRow: Encodable {
        var rank: Int
        var kodeKecamatan: String
        var kecamatan: String
        var kabupaten: String
        var populationBase: ReportNumber
        var populationYear: ReportNumber
        var growthRate: ReportNumber
        var required: ReportNumber
        var active: ReportNumber
        var trained: ReportNumber
        var staffingGap: ReportNumber
        var trainingSeats: ReportNumber
        var readiness: ReportNumber
        var pressure: ReportNumber
        var activePer10k: ReportNumber
        var untrainedShareBase: ReportNumber
        var score: ReportNumber
        var components: Components
        var contributions: Components

        enum CodingKeys: String, CodingKey {
            case rank, kodeKecamatan, kecamatan, kabupaten, populationBase, populationYear, growthRate, required
            case active, trained, staffingGap, trainingSeats, readiness, pressure, untrainedShareBase, score
            case components, contributions
            case activePer10k = "active_per_10k"
        }

        init(_ ranked: RankedKecamatan, _ kecamatan: KecamatanAnalysis, years: PlanYears, weights: PriorityWeights) {
            let base = kecamatan.figures(years.base)
            let year = kecamatan.figures(years.priority)
            rank = ranked.rank
            kodeKecamatan = ranked.code.description
            self.kecamatan = kecamatan.name
            kabupaten = kecamatan.kabupaten
            populationBase = .integer(base.population)
            populationYear = .integer(year.population)
            growthRate = .share(kecamatan.growth)
            required = .required(year.required)
            active = .count(year.active)
            trained = .count(year.trained)
            staffingGap = .count(year.staffingGap)
            trainingSeats = .count(year.trainingSeats)
            readiness = .share(year.readiness)
            pressure = .integer(year.pressure)
            activePer10k = .count(year.activePer10k)
            untrainedShareBase = .share(base.untrainedShare)
            score = .share(ranked.score)
            components = Components(
                readinessGap: ranked.components.readinessGap, pressure: ranked.components.pressure,
                growth: ranked.components.growth, untrainedShare: ranked.components.untrainedShare)
            let parts = ranked.components.contributions(weights)
            contributions = Components(
                readinessGap: parts[0], pressure: parts[1], growth: parts[2], untrainedShare: parts[3])
        }
    }

    /// The four parts of the score (SPEC §3 "Priority"), 6 decimals.
    struct Components: Encodable {
        var readinessGap: ReportNumber
        var pressure: ReportNumber
        var growth: ReportNumber
        var untrainedShare: ReportNumber

        init(readinessGap: Double, pressure: Double, growth: Double, untrainedShare: Double) {
            self.readinessGap = .share(readinessGap)
            self.pressure = .share(pressure)
            self.growth = .share(growth)
            self.untrainedShare = .share(untrainedShare)
        }
    }

    /// One kecamatan's projection, B to H.
    struct ProjectionSeries: Encodable {
        var kodeKecamatan: String
        var kecamatan: String
        var years: [ProjectionYear]

        init(_ kecamatan: KecamatanAnalysis) {
            kodeKecamatan = kecamatan.code.description
            self.kecamatan = kecamatan.name
            years = kecamatan.years.map(ProjectionYear.init)
        }
    }

    /// The figures of one projection.csv row.
    struct ProjectionYear: Encodable {
        var tahun: Int
        var population: ReportNumber
        var caseload: ReportNumber
        var required: ReportNumber
        var active: ReportNumber
        var trained: ReportNumber
        var staffingGap: ReportNumber
        var trainingSeats: ReportNumber
        var readiness: ReportNumber
        var pressure: ReportNumber
        var activePer10k: ReportNumber
        var requiredTksk: ReportNumber
        var requiredPsm: ReportNumber
        var activeTksk: ReportNumber
        var activePsm: ReportNumber
        var trainedTksk: ReportNumber
        var trainedPsm: ReportNumber

        enum CodingKeys: String, CodingKey {
            case tahun, population, caseload, required, active, trained, staffingGap, trainingSeats, readiness
            case pressure, requiredTksk, requiredPsm, activeTksk, activePsm, trainedTksk, trainedPsm
            case activePer10k = "active_per_10k"
        }

        init(_ year: YearFigures) {
            tahun = year.year
            population = .integer(year.population)
            caseload = .count(year.caseload)
            required = .required(year.required)
            active = .count(year.active)
            trained = .count(year.trained)
            staffingGap = .count(year.staffingGap)
            trainingSeats = .count(year.trainingSeats)
            readiness = .share(year.readiness)
            pressure = .integer(year.pressure)
            activePer10k = .count(year.activePer10k)
            requiredTksk = .required(year.tksk.required)
            requiredPsm = .required(year.psm.required)
            activeTksk = .count(year.tksk.active)
            activePsm = .count(year.psm.active)
            trainedTksk = .count(year.tksk.trained)
            trainedPsm = .count(year.psm.trained)
        }
    }
}
