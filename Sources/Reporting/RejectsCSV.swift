import Ingestion

/// `rejects.csv`: `file,line,column,reason,value`, one row per rejected input row; the columns are
/// ``Ingestion/Diagnostic/rejectSchema``'s.
package enum RejectsCSV {
    /// The columns.
    package static var header: [String] { Diagnostic.rejectSchema.header }

    /// Renders the rejects in the order given (file order); an unknown line or column is empty.
    package static func render(_ rejects: [Diagnostic]) -> String {
        Diagnostic.rejectSchema.csv(rejects)
    }

    /// Streams the rejects into `sink`: the bytes of ``render(_:)``.
    package static func write<Sink: ByteSink>(_ rejects: [Diagnostic], to sink: inout Sink) {
        sink.forwarding { Diagnostic.rejectSchema.writeCSV(rejects, to: &$0) }
    }
}
