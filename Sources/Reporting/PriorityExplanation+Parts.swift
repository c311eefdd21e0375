import Analysis
import Ingestion

extension PriorityExplanation {
    /// Where the population figures come from and where they lead.
    package struct Population: Sendable, Equatable {
        /// The figures given, data (with `sumber`) and scenario, by year.
        package var observed: [ObservedPopulation]
        /// r_k: the base rate from the data years, or `default_growth`.
        package var baseRate: Double
        /// g_k: the growth rate between B and H.
        package var growth: Double
        /// P(k,t) and C(k,t) for every year B…H.
        package var projected: [Year]

        /// One projected year.
        package struct Year: Sendable, Equatable {
            /// The year t.
            package var year: Int
            /// P(k,t), residents, real.
            package var population: Double
            /// C(k,t), the projected caseload (0 without a `kasus` figure).
            package var caseload: Double
        }

        /// The population part of a kecamatan's analysis.
        init(_ kecamatan: KecamatanAnalysis) {
            observed = kecamatan.observed
            baseRate = kecamatan.baseRate
            growth = kecamatan.growth
            projected = kecamatan.years.map { Year(year: $0.year, population: $0.population, caseload: $0.caseload) }
        }
    }

    /// Workers at the priority year Y: one role's, or the sums over the roles.
    package struct Workforce: Sendable, Equatable {
        /// req: workers the norms require.
        package var required: Double
        /// A: active workers expected.
        package var active: Double
        /// F: fully trained active workers expected.
        package var trained: Double
        /// max(0, req − A), summed per role for the total.
        package var staffingGap: Double
        /// Training seats needed.
        package var trainingSeats: Double

        /// The sums over the roles of a year's figures.
        init(_ figures: YearFigures) {
            required = figures.required
            active = figures.active
            trained = figures.trained
            staffingGap = figures.staffingGap
            trainingSeats = figures.trainingSeats
        }

        /// One role's figures.
        init(_ figures: RoleYearFigures) {
            required = figures.required
            active = figures.active
            trained = figures.trained
            staffingGap = figures.staffingGap
            trainingSeats = figures.trainingSeats
        }
    }

    /// Module slots of the active workers (with attrition): what readiness and the untrained share are made of.
    package struct Modules: Sendable, Equatable {
        /// Σ M: applicable modules the active workers miss.
        package var missing: Double
        /// Σ S_m: applicable module slots of the active workers.
        package var slots: Double
        /// Σ (req · modules): the slots the required workforce needs.
        package var needed: Double

        /// The module counts of a year.
        init(_ figures: YearFigures) {
            missing = figures.missingModules
            slots = figures.moduleSlots
            needed = figures.requiredSlots
        }
    }

    /// One role at Y: its workers, and the terms of the norm behind `required`.
    package struct RoleFigures: Sendable, Equatable {
        /// TKSK or PSM.
        package var role: Role
        /// Required, active, trained, gap and seats.
        package var workforce: Workforce
        /// The four terms of req, and which binds (docs/METHOD.md "Required workers").
        package var terms: WorkforceRequirement.Terms

        /// A role's figures with the terms its requirement came from.
        init(role: Role, figures: RoleYearFigures, terms: WorkforceRequirement.Terms) {
            self.role = role
            self.workforce = Workforce(figures)
            self.terms = terms
        }
    }

    /// One component of the score, from its raw value to what it adds.
    package struct Component: Sendable, Equatable {
        /// Which component.
        package var component: PriorityComponent
        /// The value before rescaling: 1 − readiness at Y, residents per active worker at Y, g_k, or
        /// the untrained share at B.
        package var raw: Double
        /// The run's min and max it was rescaled with; nil for readiness gap and untrained share.
        package var bounds: PriorityNormalisation.Bounds?
        /// The value in [0, 1] the score takes.
        package var value: Double
        /// Its weight in `[priority] weights`.
        package var weight: Double
        /// weight · value / Σ weights: what it adds to the score.
        package var contribution: Double
    }

    /// A kecamatan ranked next to the one explained, and what separates the two.
    package struct Neighbour: Sendable, Equatable {
        /// Its rank.
        package var rank: Int
        /// Its code.
        package var code: KecamatanCode
        /// Its name.
        package var name: String
        /// Its score.
        package var score: Double
        /// Its training seats at Y (the first tie-break).
        package var trainingSeats: Double
        /// Its population at Y (the second tie-break).
        package var population: Double
        /// What put the better ranked of the two first: the score, or a tie-break of docs/METHOD.md "Ties".
        package var decidedBy: PriorityRanking.Criterion
        /// The component whose weighted contribution differs most in favour of the better ranked of
        /// the two; nil when their scores tie at 9 decimals and a tie-break decided.
        package var separating: PriorityComponent?
        /// Contribution of the better ranked minus that of the other, per component in the score's order.
        package var differences: [Double]

        /// `ranked` as the neighbour of `explained`, one of them placed above the other.
        init(_ ranked: RankedKecamatan, next explained: RankedKecamatan, isAbove: Bool, in analysis: PlanAnalysis) {
            let kecamatan = analysis.kecamatan(ranked.code)!
            let atY = kecamatan.figures(analysis.years.priority)
            let (higher, lower) = isAbove ? (ranked, explained) : (explained, ranked)
            func candidate(_ entry: RankedKecamatan) -> PriorityRanking.Candidate {
                PriorityRanking.Candidate(
                    analysis.kecamatan(entry.code)!, years: analysis.years, score: entry.score,
                    components: entry.components)
            }
            let separation = PriorityExplanation.separating(
                higher: higher.components, lower: lower.components, weights: analysis.config.weights)
            rank = ranked.rank
            code = ranked.code
            name = kecamatan.name
            score = ranked.score
            trainingSeats = atY.trainingSeats
            population = atY.population
            decidedBy = PriorityRanking.comparison(candidate(higher), candidate(lower)).criterion
            separating = decidedBy == .score ? separation.component : nil
            differences = separation.differences
        }
    }
}
