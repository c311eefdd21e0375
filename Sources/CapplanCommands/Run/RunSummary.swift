import Analysis
import Ingestion

/// What `capplan run` prints on stdout: where the outputs went and the top of the ranking.
struct RunSummary: Codable, Equatable {
    /// One ranked kecamatan.
    struct Ranked: Codable, Equatable {
        var rank: Int
        var code: String
        var kecamatan: String
        var score: Double
    }

    var out: String
    var files: [String]
    var base: Int
    var horizon: Int
    var priorityYear: Int
    var ranked: Int
    var unranked: Int
    var rejectedRows: Int
    var top: [Ranked]

    /// Kecamatan shown in the summary.
    static let topCount = 10

    init(analysis: PlanAnalysis, data: IngestedData, out: String, files: [String]) {
        self.out = out
        self.files = files
        base = analysis.years.base
        horizon = analysis.years.horizon
        priorityYear = analysis.years.priority
        ranked = analysis.ranking.count
        unranked = analysis.unranked.count
        rejectedRows = data.rejectedRows
        top = analysis.ranking.prefix(Self.topCount).map { entry in
            Ranked(
                rank: entry.rank, code: entry.code.description, kecamatan: analysis.kecamatan(entry.code)?.name ?? "",
                score: (entry.score * 1e6).rounded(.toNearestOrAwayFromZero) / 1e6)
        }
    }

    /// The text form.
    var text: String {
        var lines = [
            "capplan run: \(ranked) kecamatan ranked (\(unranked) without population data), years \(base)–\(horizon),"
                + " priority year \(priorityYear); \(Wording.count(rejectedRows, "row")) rejected",
            "wrote \(files.joined(separator: ", ")) to \(out)",
            "",
        ]
        let width = top.map(\.kecamatan.count).max() ?? 0
        for entry in top {
            let name = entry.kecamatan.padding(toLength: width, withPad: " ", startingAt: 0)
            let rank = String(entry.rank).leftPadded(to: 3)
            lines.append("\(rank)  \(entry.code)  \(name)  \(String(format: "%.6f", entry.score))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
