import CSVSupport
import Ingestion

/// `rejects.csv` (SPEC §4): `file,line,column,reason,value`, one row per rejected input row.
enum RejectsCSV {
    /// Renders the rejects of every file, in file order.
    static func render(_ files: [FileReport]) -> String {
        var writer = CSVWriter()
        writer.appendRow(text: ["file", "line", "column", "reason", "value"])
        for reject in files.flatMap(\.rejects) {
            writer.appendRow([
                .text(reject.file), .number(reject.line.map(String.init) ?? ""),
                .number(reject.column.map(String.init) ?? ""), .text(reject.reason), .text(reject.value ?? ""),
            ])
        }
        return writer.text
    }
}
