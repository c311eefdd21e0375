import Analysis
import CSVSupport

/// `robustness.csv`: each kecamatan's rank under every variant, its best, median (the lower
/// middle of an even count) and worst rank, and `top_all` when it is in the top N under every
/// variant; rows by median rank (docs/METHOD.md "What-if runs").
package enum RobustnessCSV {
    /// The columns for these variant names.
    package static func header(_ variants: [String]) -> [String] {
        ["kode_kecamatan", "kecamatan"] + variants.map { "rank_\($0)" } + [
            "best_rank", "median_rank", "worst_rank", "top_all",
        ]
    }

    /// Renders the summary.
    package static func render(_ summary: RobustnessSummary) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header(summary.variants))
        for row in summary.rows {
            writer.appendRow(
                [.text(row.code.description), .text(row.name)]
                    + row.ranks.map { CSVCell.number($0.map(String.init) ?? "") }
                    + [
                        .number(String(row.best)), .number(String(row.median)), .number(String(row.worst)),
                        .text(FigureKind.flag.text(.flag(row.topAll))),
                    ])
        }
        return writer.text
    }
}
