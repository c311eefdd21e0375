import Analysis

/// `robustness.md`: the variants compared and the sentence a brief can quote — the kecamatan in
/// the top N under every variant, "priority whatever the assumptions" — then the table of the
/// top N by median rank.
package enum RobustnessMarkdown {
    /// Renders the page, ending in a newline.
    package static func render(_ summary: RobustnessSummary, language: ReportLanguage = .indonesian) -> String {
        let pick = language.pick
        let n = summary.top
        let variants = summary.variants.map { "`\($0)`" }.joined(separator: ", ")
        let robust = summary.robust.map { "\(MarkdownText.escape($0.name)) (\($0.code))" }
        var lines = [
            pick("# Prioritas yang kokoh", "# Robust priorities"), "",
            pick(
                "Peringkat kecamatan dihitung terpisah untuk \(summary.variants.count) varian asumsi: \(variants). "
                    + "Rincian per kecamatan ada di `robustness.csv` (median dari jumlah varian genap: yang lebih "
                    + "baik dari dua nilai tengah).",
                "Kecamatan were ranked separately under \(summary.variants.count) variants of the assumptions: "
                    + "\(variants). Per kecamatan details are in `robustness.csv` (the median of an even count is "
                    + "the better of the two middle ranks)."),
            "",
            robust.isEmpty
                ? pick(
                    "Tidak ada kecamatan yang masuk \(n) besar di semua varian.",
                    "No kecamatan is in the top \(n) under every variant.")
                : pick(
                    "Prioritas apa pun asumsinya: \(robust.count) kecamatan masuk \(n) besar di semua varian — "
                        + robust.joined(separator: ", ") + ".",
                    "Priority whatever the assumptions: \(robust.count) kecamatan are in the top \(n) under every "
                        + "variant — " + robust.joined(separator: ", ") + "."),
            "",
        ]
        let header =
            [pick("Kode", "Code"), "Kecamatan"] + summary.variants + [
                pick("Terbaik", "Best"), "Median", pick("Terburuk", "Worst"),
                pick("\(n) besar di semua", "Top \(n) in all"),
            ]
        let rows = summary.rows.prefix(n).map { row in
            [row.code.description, MarkdownText.escape(row.name)] + row.ranks.map { $0.map(String.init) ?? "–" } + [
                String(row.best), String(row.median), String(row.worst), row.topAll ? pick("ya", "yes") : "",
            ]
        }
        lines += MarkdownText.table(
            header, [.left, .left] + summary.variants.map { _ in .right } + [.right, .right, .right, .left], rows)
        return lines.joined(separator: "\n") + "\n"
    }
}
