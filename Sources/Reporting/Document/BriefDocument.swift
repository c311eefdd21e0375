import Analysis

/// The policy brief as one model that `brief.md` and `brief.html` are both rendered from: the
/// title block, then the sections in order (summary, a what-if's comparison, priorities,
/// allocation, the class plan, rank changes, unranked kecamatan, method and provenance, and in HTML the cards).
/// A section with no blocks is left out.
struct BriefDocument: Sendable, Equatable {
    /// The title, the brief's purpose and dates (in `brief.html`, the page header).
    var title: [Block]
    /// The sections, in order.
    var sections: [[Block]]
}

extension BriefDocument {
    /// The brief of `brief`'s run. `comparison` is a what-if run's comparison with its baseline,
    /// placed right after the summary. With `figures`, the HTML-only parts are drawn too: the
    /// charts, the map (of the rank change in a what-if, `rankChanges`) and the top 10's cards;
    /// without, they are left out, as the Markdown brief has no place for them.
    init(_ brief: BriefSections, comparison: [Block] = [], figures: Bool, rankChanges: RunComparison? = nil) {
        var drawing = BriefFigures(brief: brief)
        // A figure that draws nothing (no map to draw on) adds no block.
        func draw(_ figure: (inout BriefFigures) -> [String]) -> [Block] {
            guard figures else { return [] }
            let lines = figure(&drawing)
            return lines.isEmpty ? [] : [.html(lines)]
        }
        title = brief.title()
        let headline = brief.headline() + draw { $0.population() }
        let priorities =
            brief.priorities() + draw { $0.map(brief.context.boundaries, rankChanges: rankChanges) }
            + draw { $0.scores() } + draw { $0.readiness() }
        let allocation = brief.allocation() + draw { $0.allocation() }
        let classes = brief.classPlan(map: draw { $0.classMap(brief.context.boundaries) })
        sections = [
            headline, comparison, priorities, allocation, classes, brief.movers(), brief.unranked(),
            brief.method() + brief.provenance(), figures ? BriefCards(brief: brief).blocks() : [],
        ]
    }
}
