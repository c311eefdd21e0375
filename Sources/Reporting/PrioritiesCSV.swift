import Analysis

/// `priorities.csv`: one row per ranked kecamatan in rank order, values at the priority year Y
/// unless the column is named `_base` (base year B). The columns are ``PriorityRecord/schema``'s.
package enum PrioritiesCSV {
    /// The columns.
    package static var header: [String] { PriorityRecord.schema.header }

    /// Renders the ranking.
    package static func render(_ analysis: PlanAnalysis) -> String {
        PriorityRecord.schema.csv(PriorityRecord.records(of: analysis))
    }

    /// Streams the ranking into `sink`: the bytes of ``render(_:)``.
    package static func write<Sink: ByteSink>(_ analysis: PlanAnalysis, to sink: inout Sink) {
        sink.forwarding { PriorityRecord.schema.writeCSV(PriorityRecord.records(of: analysis), to: &$0) }
    }
}
