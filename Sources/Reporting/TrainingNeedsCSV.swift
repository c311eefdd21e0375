import Analysis

/// `training_needs.csv`: one row per active worker with at least one applicable module not current
/// at the base year, in roster order. Roster IDs only, unless the run kept names (`--with-names`):
/// then a `nama` column follows `id` (``TrainingNeed/schemaWithNames``).
package enum TrainingNeedsCSV {
    /// The columns.
    package static var header: [String] { TrainingNeed.schema.header }

    /// The columns with names.
    package static var headerWithNames: [String] { TrainingNeed.schemaWithNames.header }

    /// Renders the needs.
    package static func render(_ analysis: PlanAnalysis) -> String {
        schema(analysis).csv(analysis.trainingNeeds)
    }

    /// Streams the needs into `sink`: the bytes of ``render(_:)``.
    package static func write<Sink: ByteSink>(_ analysis: PlanAnalysis, to sink: inout Sink) {
        sink.forwarding { schema(analysis).writeCSV(analysis.trainingNeeds, to: &$0) }
    }

    /// The record with names when the run kept them.
    static func schema(_ analysis: PlanAnalysis) -> RecordSchema<TrainingNeed> {
        analysis.trainingNeeds.contains { $0.name != nil } ? TrainingNeed.schemaWithNames : TrainingNeed.schema
    }
}
