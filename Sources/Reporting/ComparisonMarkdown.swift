import Analysis
import Ingestion

/// The comparison section `capplan whatif` appends to the scenario run's `brief.md`:
///
/// 1. what is compared with what, and the one-line outcome;
/// 2. only the assumptions that differ: each scenario row, the level it applied at, how many
///    kecamatan follow it, and the rows that lost to a later or more specific one;
/// 3. kecamatan entering and leaving the top 10;
/// 4. the kecamatan the scenario touches, with rank, population, required workers and seats;
/// 5. the kecamatan it does not touch that still moved, and why (normalisation over the run).
///
/// Deterministic, in the brief's language.
package enum ComparisonMarkdown {
    /// Where the baseline came from.
    package enum Baseline: Sendable, Equatable {
        /// Computed in the same invocation from the same config, without scenarios (`baseline/`).
        case computed
        /// Read from a run folder.
        case folder(String)
    }

    /// The section's blocks, for `BriefMarkdown.render` and `BriefHTML.render`.
    /// `assumptions` is nil when they are not known (two run folders compared).
    /// `names` gives the name of each region code the assumptions name (kecamatan, kabupaten,
    /// province), so no code stands alone.
    package static func blocks(
        _ comparison: RunComparison, assumptions: ScenarioAssumptions?, baseline: Baseline,
        language: ReportLanguage = .indonesian, names: [String: String] = [:]
    ) -> [Block] {
        let section = ComparisonSections(
            comparison: comparison, assumptions: assumptions, language: language, names: names)
        return section.opening(baseline: baseline) + section.assumptionRows() + section.topMoves()
            + section.touched() + section.untouched()
    }

    /// The section as Markdown, ending in a newline.
    package static func render(
        _ comparison: RunComparison, assumptions: ScenarioAssumptions?, baseline: Baseline,
        language: ReportLanguage = .indonesian
    ) -> String {
        let blocks = blocks(comparison, assumptions: assumptions, baseline: baseline, language: language)
        return MarkdownRenderer.lines(blocks).joined(separator: "\n") + "\n"
    }
}

/// The comparison's parts, each a list of blocks (empty when left out).
struct ComparisonSections {
    /// The two runs compared, kecamatan by kecamatan.
    let comparison: RunComparison
    /// The scenario's assumptions; nil when unknown (two run folders compared).
    let assumptions: ScenarioAssumptions?
    /// The brief's language.
    let language: ReportLanguage
    /// Region names by code, for the codes of the assumptions.
    var names: [String: String] = [:]

    /// `Name (code)`, or the code alone when its name is unknown.
    func region(_ code: String) -> String { names[code].map { "\($0) (\(code))" } ?? code }

    /// The Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }

    /// `pick` for text with spans.
    func pickText(_ indonesian: RichText, _ english: RichText) -> RichText {
        language == .indonesian ? indonesian : english
    }

    /// The kecamatan a scenario row reaches; all rows when the assumptions are unknown.
    var touchedCodes: Set<KecamatanCode> { Set(assumptions?.touched ?? comparison.rows.map(\.code)) }

    /// Heading, baseline and the outcome in one sentence.
    func opening(baseline: ComparisonMarkdown.Baseline) -> [Block] {
        let moved = comparison.rows.filter { ($0.rankChange ?? 1) != 0 }.count
        let outcome =
            comparison.isIdentical
            ? pickText(
                "Tidak ada perubahan: peringkat dan semua angka sama untuk \(comparison.rows.count) kecamatan.",
                "No change: ranks and every figure are the same for all \(comparison.rows.count) kecamatan.")
            : pickText(
                "\(moved) dari \(comparison.rows.count) kecamatan berpindah peringkat; rinciannya ada di "
                    + "\(code: "comparison.csv") (perubahan = skenario dikurangi baseline).",
                "\(moved) of \(comparison.rows.count) kecamatan change rank; the details are in "
                    + "\(code: "comparison.csv") (change = scenario minus baseline).")
        return [
            .heading(2, "\(pick("Perbandingan dengan baseline", "Comparison with the baseline"))"),
            .paragraph(source(baseline) + " " + outcome),
        ]
    }

    /// Where the baseline came from, in one sentence.
    func source(_ baseline: ComparisonMarkdown.Baseline) -> RichText {
        switch baseline {
        case .computed:
            pickText(
                "Baseline: dihitung dari konfigurasi dan data yang sama tanpa skenario (folder \(code: "baseline/")).",
                "Baseline: computed from the same config and data without the scenarios (folder \(code: "baseline/")).")
        case .folder(let path):
            pickText("Baseline: folder run \(code: path).", "Baseline: the run folder \(code: path).")
        }
    }

}
