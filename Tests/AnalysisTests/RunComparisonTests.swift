import Testing

@testable import Analysis
@testable import Ingestion

@Suite struct RunComparisonTests {
    static func figures(_ code: String, _ rank: Int, population: Double = 1000, seats: Double = 3) -> RankedFigures {
        RankedFigures(
            code: kec(code), name: "K\(code.suffix(2))", rank: rank, score: 1 / Double(rank), population: population,
            required: 4, trainingSeats: seats, allocatedSeats: 12 - rank)
    }

    @Test func aRunComparedWithItselfHasNoChange() {
        let run = (1...12).map { Self.figures("65.01.\($0 < 10 ? "0" : "")\($0)", $0) }
        let comparison = RunComparison(baseline: run, scenario: run)
        #expect(comparison.isIdentical)
        #expect(comparison.enteringTop.isEmpty && comparison.leavingTop.isEmpty)
        for row in comparison.rows {
            #expect(row.rankChange == 0 && row.scoreChange == 0 && row.populationChange == 0)
            #expect(row.requiredChange == 0 && row.trainingSeatsChange == 0 && row.allocatedSeatsChange == 0)
        }
    }

    @Test func movesTopAndOneSidedKecamatan() {
        let baseline = [Self.figures("65.01.01", 1), Self.figures("65.01.02", 2), Self.figures("65.01.03", 3)]
        let scenario = [
            Self.figures("65.01.02", 1, population: 1500, seats: 5), Self.figures("65.01.01", 2),
            Self.figures("65.01.04", 3),
        ]
        let comparison = RunComparison(baseline: baseline, scenario: scenario, top: 2)
        #expect(comparison.rows.map(\.code) == ["65.01.02", "65.01.01", "65.01.04", "65.01.03"].map(kec))
        let climber = comparison.rows[0]
        #expect(climber.rankChange == -1 && climber.populationChange == 500 && climber.trainingSeatsChange == 2)
        #expect(comparison.rows[2].baseline == nil && comparison.rows[2].rankChange == nil)
        #expect(comparison.rows[3].scenario == nil)
        #expect(comparison.enteringTop.isEmpty && comparison.leavingTop.isEmpty)
        let top1 = RunComparison(baseline: baseline, scenario: scenario, top: 1)
        #expect(top1.enteringTop.map(\.code) == [kec("65.01.02")])
        #expect(top1.leavingTop.map(\.code) == [kec("65.01.01")])
    }

    @Test func robustnessMedianIsTheLowerMiddle() {
        let variants = [
            RobustnessSummary.Variant(name: "a", ranking: [Self.figures("65.01.01", 1), Self.figures("65.01.02", 2)]),
            RobustnessSummary.Variant(name: "b", ranking: [Self.figures("65.01.02", 1), Self.figures("65.01.01", 2)]),
            RobustnessSummary.Variant(name: "c", ranking: [Self.figures("65.01.01", 1), Self.figures("65.01.02", 4)]),
            RobustnessSummary.Variant(name: "d", ranking: [Self.figures("65.01.01", 3)]),
        ]
        let summary = RobustnessSummary(variants, top: 2)
        #expect(summary.variants == ["a", "b", "c", "d"])
        let first = summary.rows[0]
        // 65.01.01: ranks 1, 2, 1, 3 → sorted 1 1 2 3, lower middle 1.
        #expect(first.code == kec("65.01.01") && first.ranks == [1, 2, 1, 3])
        #expect(first.best == 1 && first.median == 1 && first.worst == 3 && !first.topAll)
        // 65.01.02: 2, 1, 4 and unranked under d → median of 1 2 4 is 2; not in every top.
        let second = summary.rows[1]
        #expect(second.ranks == [2, 1, 4, nil] && second.median == 2 && !second.topAll)
        let robust = RobustnessSummary(Array(variants.prefix(2)), top: 2)
        #expect(robust.robust.map(\.code) == ["65.01.01", "65.01.02"].map(kec))
    }
}
