import Analysis
import Foundation
import Ingestion
import Testing

@testable import Reporting

/// The repository's plan (Data/plan.toml, 55 kecamatan of Kalimantan Utara) analysed in-process: every
/// explanation adds up to the figures of `priorities.csv` and `summary.json` exactly.
@Suite("PriorityExplanation on the repository's Data/plan.toml")
struct RealDataExplanationTests {
    /// The repository's root, from this file's place in the source tree.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func analysis() throws -> PlanAnalysis {
        let config = try PlanConfigLoader.load(path: root.appendingPathComponent("Data/plan.toml").path)
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        #expect(data.fatalErrors.isEmpty)
        let years = try #require(try config.resolveYears(latestDataYear: data.population.latestYear))
        return PlanAnalyzer.analyze(config: config, years: years, data: data.planData)
    }

    @Test("for every ranked kecamatan the contributions, written with 6 decimals, sum to priorities.csv's score")
    func contributionsSumToTheScore() throws {
        let analysis = try Self.analysis()
        #expect(analysis.ranking.count == 55)
        let lines = PrioritiesCSV.render(analysis).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        // By header name: the file's columns may grow.
        let code = try #require(lines[0].firstIndex(of: "kode_kecamatan"))
        let score = try #require(lines[0].firstIndex(of: "score"))
        let scores = Dictionary(uniqueKeysWithValues: lines.dropFirst().map { (String($0[code]), String($0[score])) })
        for ranked in analysis.ranking {
            let explanation = try #require(PriorityExplanation(analysis: analysis, code: ranked.code))
            let sum = explanation.components.map(\.contribution).reduce(0, +)
            #expect(NumberFormat.share(sum) == scores[ranked.code.description], "\(ranked.code)")
        }
    }

    @Test("the rescaled components and the contributions are summary.json's, the bounds its min and max")
    func componentsAreSummaryJSONs() throws {
        let analysis = try Self.analysis()
        let context = RunContext(
            toolVersion: "0.1.0", startedAt: "", finishedAt: "", configPath: "Data/plan.toml", configSHA256: "",
            inputs: [], sources: [], rejects: [], warnings: [], previousRanks: nil)
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(SummaryJSON.render(analysis, context: context).utf8))
                as? [String: Any])
        let records = try #require(summary["kecamatan"] as? [[String: Any]])
        #expect(records.count == 55)
        var pressures: [Double] = []
        for record in records {
            let code = try #require(record["kode_kecamatan"] as? String)
            let ranked = try #require(analysis.ranking.first { $0.code.description == code })
            let explanation = try #require(PriorityExplanation(analysis: analysis, code: ranked.code))
            let components = try #require(record["components"] as? [String: Double])
            let contributions = try #require(record["contributions"] as? [String: Double])
            for part in explanation.components {
                let key = part.component.rawValue
                #expect(Double(NumberFormat.share(part.value)) == components[key], "\(code) \(key)")
                #expect(Double(NumberFormat.share(part.contribution)) == contributions[key], "\(code) \(key)")
            }
            let atY = try #require(analysis.kecamatan(ranked.code)).figures(analysis.years.priority)
            #expect(explanation.components[1].raw == atY.pressure)
            pressures.append(explanation.components[1].raw)
        }
        let bounds = try #require(PriorityExplanation(analysis: analysis, code: analysis.ranking[0].code))
            .components[1].bounds
        #expect(bounds == PriorityNormalisation.Bounds(min: pressures.min()!, max: pressures.max()!))
    }
}
