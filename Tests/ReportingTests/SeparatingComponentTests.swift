import Analysis
import Ingestion
import Testing

@testable import Reporting

/// docs/METHOD.md "Explaining a rank": the component whose weighted contribution differs most in
/// favour of the better ranked kecamatan, or the tie-break when the scores tie at 9 decimals.
@Suite("The component that separates two neighbours, or the tie-break that decided")
struct SeparatingComponentTests {
    static func components(
        _ gap: Double, _ pressure: Double, _ growth: Double, _ untrained: Double
    )
        -> PriorityComponents
    {
        PriorityComponents(readinessGap: gap, pressure: pressure, growth: growth, untrainedShare: untrained)
    }

    @Test("the largest difference in favour of the better ranked, even when another component pulls the other way")
    func largestInFavour() {
        // Contributions 0.4·c₁, 0.3·c₂, 0.15·c₃, 0.15·c₄ (Σw = 1): differences −0.04, +0.03, +0.105, 0.
        let result = PriorityExplanation.separating(
            higher: Self.components(0.5, 0.2, 0.9, 0.1), lower: Self.components(0.6, 0.1, 0.2, 0.1),
            weights: .defaults)
        #expect(result.component == .growth)
        #expect(result.differences.map(NumberFormat.share) == ["-0.040000", "0.030000", "0.105000", "0.000000"])
    }

    @Test("equal differences go to the earlier component of the score")
    func tieGoesToTheEarlier() {
        // Weights 1 and 1 (Σw = 2): 1 · 0.5 / 2 − 1 · 0.25 / 2 = 0.125 for both, exactly.
        let weights = PriorityWeights(readinessGap: 1, untrainedShare: 1)
        let tied = PriorityExplanation.separating(
            higher: Self.components(0.5, 0, 0, 0.5), lower: Self.components(0.25, 0, 0, 0.25), weights: weights)
        #expect(tied.differences == [0.125, 0, 0, 0.125])
        #expect(tied.component == .readinessGap)
        let untrained = PriorityExplanation.separating(
            higher: Self.components(0.5, 0, 0, 0.75), lower: Self.components(0.25, 0, 0, 0.25), weights: weights)
        #expect(untrained.component == .untrainedShare)
    }

    /// The fixture's kecamatan, each given the same components and score by hand and ranked by
    /// docs/METHOD.md "Ties".
    static func tiedAnalysis(_ seeds: [ReportFixture.Seed]) -> PlanAnalysis {
        let base = ReportFixture.analysis(seeds: seeds)
        let same = Self.components(0.5, 0.5, 0.5, 0.5)
        let score = PriorityRanking.score(same, weights: base.config.weights)
        let ranking = PriorityRanking.rank(
            base.kecamatan.map { PriorityRanking.Candidate($0, years: base.years, score: score, components: same) })
        return PlanAnalysis(
            years: base.years, config: base.config, kecamatan: base.kecamatan, ranking: ranking, unranked: [],
            allocation: .none, trainingNeeds: [], provinces: [], kabupaten: [])
    }

    @Test("equal scores: more training seats decided, and the text says so")
    func seatsDecide() throws {
        let analysis = Self.tiedAnalysis(ReportFixture.seeds)
        // Seats at 2027: Tanjung Selor 52.49, Malinau Kota 28.17, Tanjung Palas 9.22.
        #expect(
            analysis.ranking.map(\.code) == [
                ReportFixture.code(2, 4), ReportFixture.code(1, 1), ReportFixture.code(2, 1),
            ])
        let explanation = try #require(PriorityExplanation(analysis: analysis, code: ReportFixture.code(1, 1)))
        let above = try #require(explanation.above)
        #expect(above.decidedBy == .trainingSeats)
        #expect(above.separating == nil)
        #expect(above.differences == [0, 0, 0, 0])
        #expect(explanation.below?.decidedBy == .trainingSeats)
        let english = PriorityExplanationText.render(explanation, language: .english)
        #expect(
            english.contains(
                "  Above: rank 1, Tanjung Selor (65.02.04), the same score to 9 decimals (0.500000).\n"
                    + "    The tie-break decided: more training seats in 2027 (52.49 against 28.17).\n"))
        #expect(english.contains("    The tie-break decided: more training seats in 2027 (28.17 against 9.22).\n"))
        let indonesian = PriorityExplanationText.render(explanation, language: .indonesian)
        #expect(
            indonesian.contains(
                "  Di atas: peringkat 1, Tanjung Selor (65.02.04), skor sama sampai 9 desimal (0,500000).\n"
                    + "    Penentu: kursi pelatihan lebih banyak pada 2027 (52,49 dibanding 28,17).\n"))
    }

    @Test("equal scores and seats: the larger population decided, then the smaller code")
    func populationThenCode() throws {
        // Two kecamatan with 10 desa, the same roster and under 25,000 residents at 2027 (10 PSM each):
        // the same seats, different populations; a third identical to the second but for its code.
        var first = ReportFixture.seeds[0]
        first.population = 20_000
        var second = first
        second.code = ReportFixture.code(1, 2)
        second.population = 21_000
        var third = second
        third.code = ReportFixture.code(1, 3)
        let analysis = Self.tiedAnalysis([first, second, third])
        #expect(analysis.ranking.map(\.code) == [second.code, third.code, first.code])
        let explanation = try #require(PriorityExplanation(analysis: analysis, code: third.code))
        #expect(explanation.above?.decidedBy == .code)
        #expect(explanation.below?.decidedBy == .population)
        let english = PriorityExplanationText.render(explanation, language: .english)
        #expect(english.contains("    The tie-break decided: the smaller code (65.01.02 before 65.01.03).\n"))
        #expect(english.contains("    The tie-break decided: the larger population in 2027 (21,848 against 20,808).\n"))
    }
}
