import Foundation
import Testing

@testable import Analysis
@testable import Ingestion

/// docs/METHOD.md "Data quality" on the repository's own data (`Data/plan.toml`, Data/README.md): how many of
/// Kalimantan Utara's 55 kecamatan rest on allocated or derived population figures. These counts change only
/// when `Data/build/population.py` or its sources do.
@Suite struct RealDataQualityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The plan of `Data/plan.toml`, with `population` replaced when given, ingested and analysed.
    private static func analyse(population: String? = nil) throws -> PlanAnalysis {
        var config = try PlanConfigLoader.load(path: root.appendingPathComponent("Data/plan.toml").path)
        if let population { config.population = [root.appendingPathComponent(population).path] }
        let data = Ingestor.ingest(config: config, options: IngestionOptions(currentYear: 2026))
        let years = try #require(try config.resolveYears(latestDataYear: data.population.latestYear))
        return PlanAnalyzer.analyze(config: config, years: years, data: data.planData)
    }

    @Test("the BPS series: 37 kecamatan rest on allocated figures, 36 on derived ones; 2 on neither")
    func bpsSeries() throws {
        let analysis = try Self.analyse()
        let quality = analysis.dataQuality
        #expect(quality.analysed == 55)
        #expect(quality.files.isEmpty && quality.affected.isEmpty)
        #expect(quality.allocated.count == 37)
        #expect(quality.derived.count == 36)
        #expect(quality.secondHand.count == 53)
        let clean = analysis.kecamatan.filter(\.dataQuality.isClean).map(\.name)
        #expect(clean == ["Tanjung Selor", "Bunyu"])
        #expect(analysis.provinces.map(\.name) == ["Kalimantan Utara"])
    }

    @Test("the Dukcapil alternative: 37 kecamatan rest on allocated figures, none on derived ones")
    func dukcapil() throws {
        let quality = try Self.analyse(population: "Data/raw/population_dukcapil_2024.csv").dataQuality
        #expect(quality.analysed == 55)
        #expect(quality.allocated.count == 37)
        #expect(quality.derived.isEmpty)
    }
}
