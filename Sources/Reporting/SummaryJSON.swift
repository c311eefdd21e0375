import Analysis
import Ingestion

/// `summary.json` (SPEC §4): every figure of the CSVs in one document for notebooks and briefs,
/// plus the config the method ran with, the priority components and their weighted contributions,
/// the allocation's classes and unmet need, province and kabupaten totals, the kecamatan left
/// unranked, rejected rows per input and the population sources.
///
/// Keys are snake_case and sorted; numbers are rounded exactly as in the CSVs; no timestamps (the
/// manifest has them), so the same input gives the same bytes.
public enum SummaryJSON {
    /// Renders the document, ending in a newline.
    public static func render(_ analysis: PlanAnalysis, context: RunContext) -> String {
        ReportJSON.text(document(analysis, context: context))
    }

    /// The document as values.
    static func document(_ analysis: PlanAnalysis, context: RunContext) -> Document {
        let years = analysis.years
        return Document(
            years: .init(base: years.base, horizon: years.horizon, priority: years.priority),
            config: ConfigSummary(analysis.config),
            kecamatan: analysis.ranking.compactMap { ranked in
                analysis.kecamatan(ranked.code).map {
                    RankedRow(ranked, $0, years: years, weights: analysis.config.weights)
                }
            },
            projection: analysis.kecamatan.map(ProjectionSeries.init),
            allocation: AllocationSummary(analysis.allocation),
            provinces: analysis.provinces.map(RegionSummary.init),
            kabupaten: analysis.kabupaten.map(RegionSummary.init),
            noPopulationData: analysis.unranked.map {
                UnrankedRow(kodeKecamatan: $0.code.description, kecamatan: $0.name, kabupaten: $0.kabupaten)
            },
            rejectedRows: context.inputs.map {
                RejectedRows(role: $0.role.rawValue, path: $0.path, rejected: $0.rows.rejected)
            },
            sources: context.sources.map { SourceRow(source: $0.source, figures: $0.figures) })
    }

    /// The whole document.
    struct Document: Encodable {
        var years: Years
        var config: ConfigSummary
        /// Ranked kecamatan, rank 1 first: the priorities.csv row with components and contributions.
        var kecamatan: [RankedRow]
        /// Every kecamatan with population data in code order, every year: the projection.csv figures.
        var projection: [ProjectionSeries]
        var allocation: AllocationSummary
        var provinces: [RegionSummary]
        var kabupaten: [RegionSummary]
        var noPopulationData: [UnrankedRow]
        var rejectedRows: [RejectedRows]
        var sources: [SourceRow]
    }

    /// B, H and Y.
    struct Years: Encodable {
        var base: Int
        var horizon: Int
        var priority: Int
    }

    /// A kecamatan without population data (SPEC §2.1a).
    struct UnrankedRow: Encodable {
        var kodeKecamatan: String
        var kecamatan: String
        var kabupaten: String
    }

    /// Rows rejected from one input file (details in `rejects.csv`).
    struct RejectedRows: Encodable {
        var role: String
        var path: String
        var rejected: Int
    }

    /// One `sumber` of the population data and the number of figures it gave.
    struct SourceRow: Encodable {
        var source: String
        var figures: Int
    }
}
