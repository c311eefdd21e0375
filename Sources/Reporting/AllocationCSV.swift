import Analysis

/// `allocation.csv`: the seats each kecamatan gets each year, by year then rank; the header alone
/// when `seats_per_year` is 0. The columns are ``AllocationEntry/schema``'s.
package enum AllocationCSV {
    /// The columns.
    package static var header: [String] { AllocationEntry.schema.header }

    /// Renders the plan's entries.
    package static func render(_ analysis: PlanAnalysis) -> String {
        AllocationEntry.schema.csv(analysis.allocation.entries)
    }

    /// Streams the plan's entries into `sink`: the bytes of ``render(_:)``.
    package static func write<Sink: ByteSink>(_ analysis: PlanAnalysis, to sink: inout Sink) {
        sink.forwarding { AllocationEntry.schema.writeCSV(analysis.allocation.entries, to: &$0) }
    }
}
