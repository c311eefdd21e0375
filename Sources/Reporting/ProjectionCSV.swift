import Analysis

/// `projection.csv`: one row per kecamatan (code order) and year B…H; the columns are
/// ``ProjectionRecord/schema``'s.
package enum ProjectionCSV {
    /// The columns.
    package static var header: [String] { ProjectionRecord.schema.header }

    /// Renders every kecamatan with population data, every year.
    package static func render(_ analysis: PlanAnalysis) -> String {
        ProjectionRecord.schema.csv(ProjectionRecord.records(of: analysis))
    }

    /// Streams every kecamatan and year into `sink`: the bytes of ``render(_:)``.
    package static func write<Sink: ByteSink>(_ analysis: PlanAnalysis, to sink: inout Sink) {
        sink.forwarding { ProjectionRecord.schema.writeCSV(ProjectionRecord.records(of: analysis), to: &$0) }
    }
}
