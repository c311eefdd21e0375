import Analysis

/// `classes.csv` and `class_assignments.csv`: the class plan's classes and each kecamatan's seats in them
/// (docs/METHOD.md "Class plan"); written only when the run has a class plan. The columns are
/// ``ClassRow/schema``'s and ``ClassAssignmentRow/schema``'s.
package enum ClassPlanCSV {
    /// Streams `classes.csv` for `plan` into `sink`.
    package static func writeClasses<Sink: ByteSink>(_ plan: ClassPlan, to sink: inout Sink) {
        sink.forwarding { ClassRow.schema.writeCSV(ClassRow.rows(plan), to: &$0) }
    }

    /// Streams `class_assignments.csv` for `plan` into `sink`.
    package static func writeAssignments<Sink: ByteSink>(_ plan: ClassPlan, to sink: inout Sink) {
        sink.forwarding { ClassAssignmentRow.schema.writeCSV(ClassAssignmentRow.rows(plan), to: &$0) }
    }
}
