import Testing

@testable import Analysis
@testable import Ingestion
@testable import Reporting

@Suite struct ComparisonCSVTests {
    static func figures(_ code: String, _ rank: Int, population: Double, seats: Double) -> RankedFigures {
        let parts = code.split(separator: ".").map { Int($0)! }
        return RankedFigures(
            code: KecamatanCode(province: parts[0], kabupaten: parts[1], kecamatan: parts[2]), name: "=K\(rank)",
            rank: rank, score: 0.5 / Double(rank), population: population, required: 9, trainingSeats: seats)
    }

    @Test func changesAreScenarioMinusBaselineAndOneSidedRowsSaySo() {
        let comparison = RunComparison(
            baseline: [
                Self.figures("65.01.01", 1, population: 1000, seats: 3),
                Self.figures("65.01.02", 2, population: 500, seats: 1),
            ],
            scenario: [Self.figures("65.01.02", 1, population: 800, seats: 2.5)], top: 1)
        #expect(
            ComparisonCSV.render(comparison) == """
                kode_kecamatan,kecamatan,rank_baseline,rank_scenario,rank_change,score_baseline,score_scenario,\
                score_change,population_baseline,population_scenario,population_change,required_baseline,\
                required_scenario,required_change,training_seats_baseline,training_seats_scenario,\
                training_seats_change,allocated_seats_baseline,allocated_seats_scenario,allocated_seats_change,\
                top_baseline,top_scenario,presence
                65.01.02,'=K1,2,1,-1,0.250000,0.500000,0.250000,500,800,300,9,9,0,1.00,2.50,1.50,,,,false,true,both
                65.01.01,'=K1,1,,,0.500000,,,1000,,,9,,,3.00,,,,,,true,false,baseline_only

                """)
    }

    @Test func robustnessColumnsPerVariant() {
        let summary = RobustnessSummary(
            [
                .init(name: "baseline", ranking: [Self.figures("65.01.01", 1, population: 1, seats: 1)]),
                .init(name: "bps_tinggi", ranking: [Self.figures("65.01.01", 2, population: 1, seats: 1)]),
            ], top: 1)
        #expect(
            RobustnessCSV.render(summary).split(whereSeparator: \.isNewline) == [
                "kode_kecamatan,kecamatan,rank_baseline,rank_bps_tinggi,best_rank,median_rank,worst_rank,top_all",
                "65.01.01,'=K1,1,2,1,1,2,false",
            ])
    }
}
