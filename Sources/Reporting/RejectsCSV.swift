import CSVSupport
import Ingestion

/// `rejects.csv` (SPEC §4): `file,line,column,reason,value`, one row per rejected input row. The
/// value is the one offending cell, never the whole row (rosters hold personal data).
public enum RejectsCSV {
    /// The columns.
    public static let header = ["file", "line", "column", "reason", "value"]

    /// Renders the rejects in the order given (file order); an unknown line or column is empty.
    public static func render(_ rejects: [Diagnostic]) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: header)
        for reject in rejects {
            writer.appendRow([
                .text(reject.file), .number(reject.line.map(String.init) ?? ""),
                .number(reject.column.map(String.init) ?? ""), .text(reject.reason), .text(reject.value ?? ""),
            ])
        }
        return writer.text
    }
}
