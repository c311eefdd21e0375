import Analysis
import Ingestion

extension RankedFigures {
    /// The comparison figures of every ranked kecamatan of `analysis`, in rank order, taken through
    /// the same text `priorities.csv` holds (``NumberFormat``), so a run compared in memory gives
    /// exactly what the same run compared from its folder gives.
    public static func ranking(of analysis: PlanAnalysis) -> [RankedFigures] {
        var allocated: [KecamatanCode: Int] = [:]
        for entry in analysis.allocation.entries { allocated[entry.code, default: 0] += entry.seats }
        let planned = analysis.config.seatsPerYear > 0
        return analysis.ranking.compactMap { ranked in
            guard let kecamatan = analysis.kecamatan(ranked.code) else { return nil }
            let year = kecamatan.figures(analysis.years.priority)
            return RankedFigures(
                code: ranked.code, name: kecamatan.name, rank: ranked.rank,
                score: written(NumberFormat.share(ranked.score)),
                population: written(NumberFormat.integer(year.population)),
                required: written(NumberFormat.required(year.required)),
                trainingSeats: written(NumberFormat.count(year.trainingSeats)),
                allocatedSeats: planned ? allocated[ranked.code, default: 0] : nil)
        }
    }

    /// A number as read back from its written form.
    private static func written(_ text: String) -> Double { Double(text) ?? .nan }
}
