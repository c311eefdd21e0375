import Analysis
import Foundation

/// What `capplan compare` prints on stdout: a plain-text table of the kecamatan whose rank or
/// figures differ between two run folders, the top-N movers, or that nothing changed.
package enum ComparisonTable {
    /// The table, ending in a newline. Numbers as in the CSV files (`.` decimal mark).
    package static func render(_ comparison: RunComparison, baseline: String, scenario: String) -> String {
        var lines = ["capplan compare: \(baseline) → \(scenario)"]
        let changed = comparison.changed
        guard !changed.isEmpty else {
            lines.append("no change: \(comparison.rows.count) kecamatan, same ranks and figures")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("\(changed.count) of \(comparison.rows.count) kecamatan differ (change = second minus first)")
        lines.append("")
        let header = [
            "kode", "kecamatan", "rank", "change", "population", "change", "required", "seats", "change", "allocated",
            "change",
        ]
        let body = changed.map { row -> [String] in
            [
                row.code.description, row.name,
                sides(row.baseline.map { String($0.rank) }, row.scenario.map { String($0.rank) }),
                signed(row.rankChange.map(Double.init), NumberFormat.integer),
                sides(
                    row.baseline.map { NumberFormat.integer($0.population) },
                    row.scenario.map { NumberFormat.integer($0.population) }),
                signed(row.populationChange, NumberFormat.integer),
                sides(
                    row.baseline.map { NumberFormat.required($0.required) },
                    row.scenario.map { NumberFormat.required($0.required) }),
                sides(
                    row.baseline.map { NumberFormat.count($0.trainingSeats) },
                    row.scenario.map { NumberFormat.count($0.trainingSeats) }),
                signed(row.trainingSeatsChange, NumberFormat.count),
                sides(row.baseline?.allocatedSeats.map(String.init), row.scenario?.allocatedSeats.map(String.init)),
                signed(row.allocatedSeatsChange.map(Double.init), NumberFormat.integer),
            ]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        for cells in [header] + body {
            let padded = cells.enumerated().map { column, cell in
                column == 1
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            lines.append(
                padded.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        let entering = comparison.enteringTop.map { "\($0.code) \($0.name)" }
        let leaving = comparison.leavingTop.map { "\($0.code) \($0.name)" }
        lines.append("")
        lines.append(
            "entering the top \(comparison.top): " + (entering.isEmpty ? "none" : entering.joined(separator: ", ")))
        lines.append(
            "leaving the top \(comparison.top): " + (leaving.isEmpty ? "none" : leaving.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `before→after`, `-` standing for a side without the kecamatan.
    static func sides(_ before: String?, _ after: String?) -> String {
        "\(before ?? "-")→\(after ?? "-")"
    }

    /// A change with its sign; empty when the kecamatan is on one side only.
    static func signed(_ value: Double?, _ format: (Double) -> String) -> String {
        guard let value else { return "" }
        let text = format(value)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }
}
