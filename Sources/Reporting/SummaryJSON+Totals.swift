import Analysis
import Ingestion

extension SummaryJSON {
    /// The allocation plan: seats per kecamatan and year, and per year the seats, classes, unmet
    /// need and kecamatan served. Both lists are empty when `seats_per_year` is 0.
    struct AllocationSummary: Encodable {
        var entries: [Entry]
        var years: [Year]

        struct Entry: Encodable {
            var tahun: Int
            var rank: Int
            var kodeKecamatan: String
            var seats: Int
        }

        struct Year: Encodable {
            var tahun: Int
            var seats: Int
            var classes: Int
            var unmetNeed: Int
            var kecamatan: Int
        }

        init(_ plan: AllocationPlan) {
            entries = plan.entries.map {
                Entry(tahun: $0.year, rank: $0.rank, kodeKecamatan: $0.code.description, seats: $0.seats)
            }
            years = plan.years.map {
                Year(
                    tahun: $0.year, seats: $0.seats, classes: $0.classes, unmetNeed: $0.unmetNeed,
                    kecamatan: $0.kecamatan)
            }
        }
    }

    /// A province's or kabupaten's totals, B to H.
    struct RegionSummary: Encodable {
        var kode: String
        var nama: String
        var years: [TotalYear]

        init(_ totals: RegionTotals) {
            kode = totals.code
            nama = totals.name
            years = totals.years.map(TotalYear.init)
        }
    }

    /// One year of a region's totals; ratios are taken from the sums (see `TotalFigures`).
    struct TotalYear: Encodable {
        var tahun: Int
        var kecamatan: Int
        var population: ReportNumber
        var caseload: ReportNumber
        var required: Required
        var active: ReportNumber
        var trained: ReportNumber
        var staffingGap: ReportNumber
        var trainingSeats: ReportNumber
        var readiness: ReportNumber
        var pressure: ReportNumber
        var activePer10k: ReportNumber
        var untrainedShare: ReportNumber

        /// Required workers by role and together.
        struct Required: Encodable {
            var tksk: ReportNumber
            var psm: ReportNumber
            var total: ReportNumber
        }

        enum CodingKeys: String, CodingKey {
            case tahun, kecamatan, population, caseload, required, active, trained, staffingGap, trainingSeats
            case readiness, pressure, untrainedShare
            case activePer10k = "active_per_10k"
        }

        init(_ figures: TotalFigures) {
            tahun = figures.year
            kecamatan = figures.kecamatan
            population = .integer(figures.population)
            caseload = .count(figures.caseload)
            required = Required(
                tksk: .required(figures.requiredTKSK), psm: .required(figures.requiredPSM),
                total: .required(figures.required))
            active = .count(figures.active)
            trained = .count(figures.trained)
            staffingGap = .count(figures.staffingGap)
            trainingSeats = .count(figures.trainingSeats)
            readiness = .share(figures.readiness)
            pressure = .integer(figures.pressure)
            activePer10k = .count(figures.activePer10k)
            untrainedShare = .share(figures.untrainedShare)
        }
    }

    /// The config the method ran with: norms per role, modules, weights and the training settings.
    struct ConfigSummary: Encodable {
        var norms: Norms
        var modules: [Module]
        var weights: Weights
        var seatsPerYear: Int
        var batchSize: Int
        var attrition: ReportNumber
        var defaultGrowth: ReportNumber

        struct Norms: Encodable {
            var tksk: Norm
            var psm: Norm
        }

        struct Norm: Encodable {
            var perKecamatan: ReportNumber
            var perDesa: ReportNumber
            var populationPerWorker: ReportNumber
            var casesPerWorker: ReportNumber

            init(_ norm: WorkforceNorm?) {
                let norm = norm ?? WorkforceNorm()
                perKecamatan = .share(norm.perKecamatan)
                perDesa = .share(norm.perDesa)
                populationPerWorker = .share(norm.populationPerWorker)
                casesPerWorker = .share(norm.casesPerWorker)
            }
        }

        struct Module: Encodable {
            var id: String
            var name: String
            var roles: [String]
            var validYears: Int
        }

        struct Weights: Encodable {
            var readinessGap: ReportNumber
            var pressure: ReportNumber
            var growth: ReportNumber
            var untrainedShare: ReportNumber
        }

        init(_ config: PlanConfig) {
            norms = Norms(tksk: Norm(config.norms[.tksk]), psm: Norm(config.norms[.psm]))
            modules = config.modules.map {
                Module(id: $0.id, name: $0.name, roles: $0.roles.sorted().map(\.rawValue), validYears: $0.validYears)
            }
            let weights = config.weights
            self.weights = Weights(
                readinessGap: .share(weights.readinessGap), pressure: .share(weights.pressure),
                growth: .share(weights.growth), untrainedShare: .share(weights.untrainedShare))
            seatsPerYear = config.seatsPerYear
            batchSize = config.batchSize
            attrition = .share(config.attrition)
            defaultGrowth = .share(config.defaultGrowth)
        }
    }
}
