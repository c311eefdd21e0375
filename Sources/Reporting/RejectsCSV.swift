import Ingestion

/// `rejects.csv`: `file,line,column,reason,value`, one row per rejected input row; the columns are
/// ``Ingestion/Diagnostic/rejectSchema``'s.
public enum RejectsCSV {
    /// The columns.
    public static var header: [String] { Diagnostic.rejectSchema.header }

    /// Renders the rejects in the order given (file order); an unknown line or column is empty.
    public static func render(_ rejects: [Diagnostic]) -> String {
        Diagnostic.rejectSchema.csv(rejects)
    }
}
