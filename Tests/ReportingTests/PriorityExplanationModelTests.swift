import Analysis
import Ingestion
import Testing

@testable import Reporting

@Suite("PriorityExplanation: from a PlanAnalysis and a code to the figures behind the rank")
struct PriorityExplanationModelTests {
    static let analysis = ReportFixture.analysis()

    @Test("for every ranked kecamatan the contributions add up to the score and the components are the ranking's")
    func everyRanked() throws {
        for ranked in Self.analysis.ranking {
            let explanation = try #require(PriorityExplanation(analysis: Self.analysis, code: ranked.code))
            #expect(explanation.components.map(\.contribution).reduce(0, +) == ranked.score)
            #expect(explanation.score == ranked.score)
            #expect(explanation.rank == ranked.rank)
            #expect(explanation.rankedCount == 3)
            #expect(explanation.components.map(\.component) == PriorityComponent.allCases)
            #expect(
                explanation.components.map(\.value)
                    == PriorityComponent.allCases.map { $0.value(ranked.components) })
            for part in explanation.components {
                let rescaled = part.bounds.map { $0.rescaled(part.raw) } ?? part.raw
                #expect(rescaled == part.value, "\(ranked.code) \(part.component)")
            }
            for role in explanation.roles {
                #expect(role.terms.required == role.workforce.required, "\(ranked.code) \(role.role)")
            }
        }
    }

    @Test("Malinau Kota, rank 2 of the fixture, figure by figure")
    func malinauKota() throws {
        let explanation = try #require(PriorityExplanation(analysis: Self.analysis, code: ReportFixture.code(1, 1)))
        #expect(explanation.name == "Malinau Kota")
        #expect(explanation.kabupaten == "Malinau")
        #expect(NumberFormat.share(explanation.score) == "0.464088")
        #expect(explanation.population.projected.map(\.year) == [2025, 2026, 2027])
        #expect(
            explanation.population.projected.map { NumberFormat.integer($0.population) } == ["28450", "29019", "29599"])
        // PSM: max(1 × 10 desa, ⌈29,599 / 2,500⌉ = 12) = 12; TKSK: one per kecamatan.
        #expect(explanation.roles.map(\.role) == [.tksk, .psm])
        #expect(explanation.roles.map(\.terms.binding) == [[.perKecamatan], [.population]])
        #expect(explanation.roles[1].terms.value(.perDesa) == 10)
        #expect(explanation.roles[1].terms.value(.population) == 12)
        #expect(explanation.total.required == 13)
        // Pressure is rescaled between Tanjung Palas (1,615) and Tanjung Selor (9,922) at 2027.
        let pressure = explanation.components[1]
        #expect(
            pressure.bounds.map { [NumberFormat.integer($0.min), NumberFormat.integer($0.max)] } == ["1615", "9922"])
        #expect(NumberFormat.integer(pressure.raw) == "4685")
        #expect(explanation.components[0].bounds == nil)
        #expect(explanation.components[3].bounds == nil)
        #expect(explanation.components.map(\.weight) == [0.4, 0.3, 0.15, 0.15])
        #expect(explanation.above?.code == ReportFixture.code(2, 4))
        #expect(explanation.above?.rank == 1)
        #expect(explanation.below?.code == ReportFixture.code(2, 1))
        #expect(explanation.below?.rank == 3)
        #expect(explanation.above?.decidedBy == .score)
        #expect(explanation.below?.decidedBy == .score)
    }

    @Test("rank 1 has no kecamatan above, the last rank none below")
    func ends() throws {
        let first = try #require(PriorityExplanation(analysis: Self.analysis, code: ReportFixture.code(2, 4)))
        #expect(first.above == nil)
        #expect(first.below?.rank == 2)
        let last = try #require(PriorityExplanation(analysis: Self.analysis, code: ReportFixture.code(2, 1)))
        #expect(last.above?.rank == 2)
        #expect(last.below == nil)
    }

    @Test("a kecamatan of the master list without population data, or no kecamatan of the run, has none")
    func notRanked() {
        #expect(PriorityExplanation(analysis: Self.analysis, code: ReportFixture.code(2, 5)) == nil)
        #expect(PriorityExplanation(analysis: Self.analysis, code: ReportFixture.code(9, 9)) == nil)
    }
}
