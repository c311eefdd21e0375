import Analysis
import Ingestion

/// Why one ranked kecamatan ranks where it does: the path from its inputs to its rank
/// (docs/METHOD.md "Explaining a rank"). Every figure is taken from the analysis or computed by the
/// analysis' own functions (the norm terms, the raw components, the bounds, the order of "Ties"),
/// so the explanation adds up to what `priorities.csv` and `summary.json` hold.
///
/// A model for `capplan explain` (text by ``PriorityExplanationText``, JSON by ``ReportJSON``), and
/// for any report that wants a card per kecamatan.
package struct PriorityExplanation: Sendable, Equatable {
    /// Kemendagri code.
    package var code: KecamatanCode
    /// Name of the kecamatan.
    package var name: String
    /// Name of its kabupaten/kota, or "" when unknown.
    package var kabupaten: String
    /// B, H and Y of the run.
    package var years: PlanYears
    /// D_k: the desa and kelurahan the norms count.
    package var villages: Int
    /// The population figures given, r_k, g_k and the projection B…H.
    package var population: Population
    /// Per role (TKSK, then PSM), at Y: required workers with their norm terms, active, trained, gap, seats.
    package var roles: [RoleFigures]
    /// The sums over the roles at Y.
    package var total: Workforce
    /// Module slots at Y, behind readiness.
    package var priorityYearModules: Modules
    /// Module slots at B, behind the untrained share.
    package var baseYearModules: Modules
    /// The four components in the score's order.
    package var components: [Component]
    /// The score: the sum of the four contributions.
    package var score: Double
    /// 1 = train here first.
    package var rank: Int
    /// How many kecamatan the run ranked.
    package var rankedCount: Int
    /// The kecamatan ranked just above (rank − 1); nil at rank 1.
    package var above: Neighbour?
    /// The kecamatan ranked just below (rank + 1); nil at the last rank.
    package var below: Neighbour?

    /// The explanation of `code` in `analysis`; nil when the kecamatan is not ranked (not in the
    /// data, or without population figures).
    package init?(analysis: PlanAnalysis, code: KecamatanCode) {
        guard let index = analysis.ranking.firstIndex(where: { $0.code == code }),
            let normalisation = analysis.normalisation
        else { return nil }
        self.init(analysis: analysis, index: index, normalisation: normalisation)
    }

    /// The explanation of every ranked kecamatan, or of the first `limit`, in rank order (the
    /// normalisation worked out once, not once per kecamatan).
    package static func all(in analysis: PlanAnalysis, limit: Int = .max) -> [PriorityExplanation] {
        guard let normalisation = analysis.normalisation else { return [] }
        return analysis.ranking.indices.prefix(limit).compactMap {
            PriorityExplanation(analysis: analysis, index: $0, normalisation: normalisation)
        }
    }

    /// The explanation of the kecamatan at `index` of the ranking.
    init?(analysis: PlanAnalysis, index: Int, normalisation: PriorityNormalisation) {
        let ranked = analysis.ranking[index]
        let code = ranked.code
        guard let kecamatan = analysis.kecamatan(code) else { return nil }
        let years = analysis.years
        let atY = kecamatan.figures(years.priority)
        self.code = code
        self.name = kecamatan.name
        self.kabupaten = kecamatan.kabupaten
        self.years = years
        self.villages = kecamatan.villages
        self.population = Population(kecamatan)
        self.roles = Role.allCases.map { role in
            RoleFigures(
                role: role, figures: atY.role(role),
                terms: WorkforceRequirement.terms(
                    norm: analysis.config.norms[role], villages: kecamatan.villages,
                    population: atY.population, caseload: atY.caseload))
        }
        self.total = Workforce(atY)
        self.priorityYearModules = Modules(atY)
        self.baseYearModules = Modules(kecamatan.figures(years.base))
        let raw = RawPriorityComponents(kecamatan, years: years)
        let weights = analysis.config.weights
        let contributions = ranked.components.contributions(weights)
        self.components = zip(PriorityComponent.allCases, contributions).map { component, contribution in
            Component(
                component: component, raw: component.value(raw), bounds: component.bounds(normalisation),
                value: component.value(ranked.components), weight: component.weight(weights),
                contribution: contribution)
        }
        self.score = ranked.score
        self.rank = ranked.rank
        self.rankedCount = analysis.ranking.count
        let ranking = analysis.ranking
        self.above = index > 0 ? Neighbour(ranking[index - 1], next: ranked, isAbove: true, in: analysis) : nil
        self.below =
            index + 1 < ranking.count
            ? Neighbour(ranking[index + 1], next: ranked, isAbove: false, in: analysis) : nil
    }

    /// The component whose weighted contribution differs most in favour of `higher` (the better
    /// ranked of two kecamatan), with the four differences higher − lower in the score's order.
    /// Ties go to the earlier component (readiness gap, pressure, growth, untrained share).
    package static func separating(
        higher: PriorityComponents, lower: PriorityComponents, weights: PriorityWeights
    ) -> (component: PriorityComponent, differences: [Double]) {
        let differences = zip(higher.contributions(weights), lower.contributions(weights)).map { $0 - $1 }
        var best = 0
        for index in differences.indices where differences[index] > differences[best] { best = index }
        return (PriorityComponent.allCases[best], differences)
    }
}
