import Analysis

/// `comparison.csv`: the baseline and the scenario side by side, one row per kecamatan in scenario
/// rank order (docs/METHOD.md "What-if runs"); the columns are ``ComparisonRecord/schema``'s.
public enum ComparisonCSV {
    /// The columns.
    public static var header: [String] { ComparisonRecord.schema.header }

    /// Renders the comparison.
    public static func render(_ comparison: RunComparison) -> String {
        ComparisonRecord.schema.csv(ComparisonRecord.records(of: comparison))
    }
}
