import Analysis
import Ingestion

extension ChoroplethMap {
    /// The map of a run: each ranked kecamatan's priority score, named and ranked as in the analysis, the first
    /// `top` of the ranking numbered. Kecamatan the run does not rank (no population figures) are grey.
    package static func priorities(
        _ analysis: PlanAnalysis, boundaries: BoundaryMap, language: ReportLanguage = .indonesian, top: Int = 10,
        width: Double = defaultWidth
    ) -> ChoroplethMap {
        var values: [KecamatanCode: Double] = [:]
        var labels: [KecamatanCode: Label] = [:]
        for ranked in analysis.ranking {
            values[ranked.code] = ranked.score
            labels[ranked.code] = Label(
                name: analysis.kecamatan(ranked.code)?.name ?? ranked.code.description, rank: ranked.rank)
        }
        for unranked in analysis.unranked { labels[unranked.code] = Label(name: unranked.name) }
        return ChoroplethMap(
            boundaries: boundaries, values: values, labels: labels,
            top: analysis.ranking.prefix(max(0, top)).map(\.code),
            mode: .priorityScore, language: language, width: width)
    }

    /// The map of a what-if: each kecamatan's rank change (scenario minus baseline; negative = climbed), named
    /// and ranked as in the scenario, the scenario's top `comparison.top` numbered. A kecamatan ranked on one
    /// side only has no change and is grey.
    package static func rankChanges(
        _ comparison: RunComparison, boundaries: BoundaryMap, language: ReportLanguage = .indonesian,
        width: Double = defaultWidth
    ) -> ChoroplethMap {
        var values: [KecamatanCode: Double] = [:]
        var labels: [KecamatanCode: Label] = [:]
        for row in comparison.rows {
            if let change = row.rankChange { values[row.code] = Double(change) }
            labels[row.code] = Label(name: row.name, rank: row.scenario?.rank)
        }
        let top = comparison.rows.filter { comparison.isTop($0.scenario) }.map(\.code)
        return ChoroplethMap(
            boundaries: boundaries, values: values, labels: labels, top: top, mode: .rankChange, language: language,
            width: width)
    }
}
