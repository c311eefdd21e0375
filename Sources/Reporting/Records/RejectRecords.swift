import Ingestion

extension Diagnostic {
    /// `rejects.csv` and the workbook's Data ditolak sheet: one row per rejected input row, the one
    /// offending cell as value, never the whole row (rosters hold personal data).
    package static let rejectSchema = RecordSchema<Diagnostic>(
        file: "rejects.csv", row: "rejected input row, in file order",
        columns: [
            .init("file", id: "Berkas", en: "File", kind: .text, meaning: "The input file, as the plan names it.") {
                .text($0.file)
            },
            .init(
                "line", id: "Baris", en: "Line", unit: .position, kind: .integer,
                meaning: "Line of the file (1 is the header); empty when unknown."
            ) { $0.line.map(FigureValue.integer) ?? .missing },
            .init(
                "column", id: "Kolom", en: "Column", unit: .position, kind: .integer,
                meaning: "Position of the offending cell in the row, 1 first; empty when the whole row is concerned."
            ) {
                $0.column.map(FigureValue.integer) ?? .missing
            },
            .init("reason", id: "Alasan", en: "Reason", kind: .text, meaning: "Why the row was rejected.") {
                .text($0.reason)
            },
            .init(
                "value", id: "Nilai", en: "Value", kind: .text,
                meaning:
                    "The offending cell, when there is one; a description of it instead (\"a value of 16 digits,"
                    + " not shown\") when it could be a name or an ID number (docs/INPUTS.md)."
            ) {
                .text($0.value ?? "")
            },
        ])
}
