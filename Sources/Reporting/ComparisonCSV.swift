import Analysis

/// `comparison.csv`: the baseline and the scenario side by side, one row per kecamatan in scenario
/// rank order (docs/METHOD.md "What-if runs"); the columns are ``ComparisonRecord/schema``'s.
package enum ComparisonCSV {
    /// The columns.
    package static var header: [String] { ComparisonRecord.schema.header }

    /// Renders the comparison.
    package static func render(_ comparison: RunComparison) -> String {
        ComparisonRecord.schema.csv(ComparisonRecord.records(of: comparison))
    }
}
