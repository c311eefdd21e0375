import CSVSupport
import Dispatch

/// Reads one input table: header mapping, blank and malformed rows, field counts, and the
/// accounting of docs/INPUTS.md "Every CSV file", handing each well-formed data row to a row parser.
///
/// The row parser accepts a row by returning and rejects it by throwing `RowRejection`; either way
/// the row is counted once, so `read = accepted + rejected + skipped` holds by construction.
struct TableReader: Sendable {
    /// The file as named in the config.
    let path: String
    /// Which input it is.
    let role: InputRole
    /// The columns it may hold.
    let schema: TableSchema
    /// A delimiter forced on the command line, or nil to detect it.
    let delimiter: UInt8?
    /// Whether to compute the file's SHA-256 while reading it (`CSVReadSummary.sha256`).
    var hashing = false

    /// Reads the file. A fatal error is returned inside the report (with the counts so far), so a
    /// caller that reports every file can go on with the next. `subject` names the kecamatan a row the parser
    /// rejected is about, when it can tell (its code cell read on its own); it is asked of rejected rows only.
    func read(
        subject: ((TableRow) -> KecamatanCode?)? = nil, _ parseRow: (TableRow) throws(RowRejection) -> Void
    ) -> FileReport {
        var report = FileReport(role: role, path: path)
        var header: HeaderMap?
        do {
            let reader = CSVReader(path: path, delimiter: delimiter, hashing: hashing)
            let summary = try reader.read(onEncoding: { encoding, line in
                if encoding == .windows1252 { report.warnings.append(encodingWarning(line)) }
            }) { record in
                if let header {
                    try consume(record, header: header, into: &report, subject: subject, parseRow)
                } else if !record.isBlank {
                    header = try mapHeader(record)
                    if let header { noteColumns(header, line: record.line, into: &report) }
                }
            }
            report.csv = summary
            if header == nil { throw IngestionError.noHeader(path: path) }
        } catch {
            report.fatal = Self.fatal(error)
        }
        return report
    }

    /// The fatal error of a read that stopped with `error`: an ingestion error as it is, a CSV error
    /// wrapped; the reader and the row parsers throw nothing else.
    static func fatal(_ error: any Error) -> IngestionError {
        switch error {
        case let error as IngestionError: error
        case let error as CSVError: .csv(error)
        default: preconditionFailure("unexpected error \(error)")
        }
    }

    func mapHeader(_ record: borrowing CSVRecord) throws(IngestionError) -> HeaderMap {
        if let malformed = record.malformation {
            throw .malformedHeader(
                path: path, line: record.line, column: malformed.column, libcsvMessage: malformed.libcsvMessage)
        }
        let cells = (0..<record.count).map { record.string($0) }
        return try HeaderMap(header: cells, schema: schema, path: path, line: record.line)
    }

    func consume(
        _ record: borrowing CSVRecord, header: HeaderMap, into report: inout FileReport,
        subject: ((TableRow) -> KecamatanCode?)?, _ parseRow: (TableRow) throws(RowRejection) -> Void
    ) throws {
        report.counts.read += 1
        if let malformed = record.malformation {
            report.reject(malformedRejection(record, malformed))
            return
        }
        if record.isBlank {
            report.counts.skipped += 1
            return
        }
        if record.count != header.width {
            report.reject(widthRejection(record, header: header))
            return
        }
        let row = TableRow(record: copy record, header: header)
        if record.byteCount > PlanBounds.maximumCellCharacters, let long = longCell(row) {
            report.reject(long.withKecamatan(subject?(row)))
            return
        }
        do {
            try parseRow(row)
            report.counts.accepted += 1
        } catch {
            let shape = error.column.map { schema.columns[$0].shape } ?? .any
            let echo = error.value.map { CellEcho.echo($0, expecting: shape) }
            report.reject(
                Diagnostic(
                    severity: .error, file: path, line: record.line,
                    column: error.column.flatMap { row.fieldNumber($0) }, reason: error.error.reason,
                    value: echo?.text, hint: error.error.hint, category: error.category, kecamatan: subject?(row),
                    valueShown: echo?.shown ?? true))
        }
    }

    /// The rejection of a row with a cell longer than ``PlanBounds/maximumCellCharacters`` (the first such cell;
    /// docs/METHOD.md "Interpretations" 39),
    /// or nil. The cell is described by its length only: it is not shown, nor its kinds of characters counted.
    private func longCell(_ row: TableRow) -> Diagnostic? {
        let record = row.record
        let most = PlanBounds.maximumCellCharacters
        for field in 0..<record.count where record.byteCount(field) > most {
            let characters = record.characterCount(field)
            guard characters > most else { continue }
            let name = row.header.fieldIndex.firstIndex(of: field).map { schema.columns[$0].name + ": " } ?? ""
            return Diagnostic(
                severity: .error, file: path, line: record.line, column: field + 1,
                reason: "\(name)longer than \(Thousands.grouped(most)) characters",
                value: "a value of \(Thousands.grouped(characters)) characters, not shown",
                hint: "no name, code or number is that long: look for a quote closed too late, or shorten the cell",
                valueShown: false)
        }
        return nil
    }

    /// A row libcsv refused, at its first line (docs/INPUTS.md "Dialect"), however many lines it spans; the
    /// hint names the line where the quoting broke when that is a later one.
    private func malformedRejection(_ record: borrowing CSVRecord, _ malformed: CSVMalformation) -> Diagnostic {
        let fix = "quote the whole cell and double any quote inside it (\"\"), or remove the stray quote"
        let hint =
            malformed.line > record.line
            ? "a quoted cell runs from line \(record.line) to line \(malformed.line), where the quoting breaks: \(fix)"
            : fix
        return Diagnostic(
            severity: .error, file: path, line: record.line, column: malformed.column,
            reason: "malformed quotes (libcsv: \(malformed.libcsvMessage))", value: nil, hint: hint)
    }

    private func widthRejection(_ record: borrowing CSVRecord, header: HeaderMap) -> Diagnostic {
        let hint =
            record.endLine > record.line
            ? "a quoted cell runs from line \(record.line) to line \(record.endLine): look for a stray quote"
            : "look for a delimiter inside an unquoted cell, or a missing or extra cell"
        return Diagnostic(
            severity: .error, file: path, line: record.line, column: nil,
            reason: "row has \(record.count) fields, the header has \(header.width)", value: nil, hint: hint)
    }

    func noteColumns(_ header: HeaderMap, line: Int, into report: inout FileReport) {
        if !header.unknown.isEmpty {
            report.notes.append(
                Diagnostic(
                    severity: .note, file: path, line: line, column: nil,
                    reason: "columns ignored: \(Self.list(header))", value: nil,
                    hint: "rename a header if it was meant to be read (see docs/INPUTS.md)"))
        }
        for name in header.sensitive {
            report.notes.append(
                Diagnostic(
                    severity: .note, file: path, line: line, column: nil,
                    reason: "column '\(name)' holds national ID numbers and is never read", value: nil,
                    hint: "leave it out of the files you give capplan"))
        }
    }

    /// "a, b (did you mean c?)": the ignored header cells with their likely intended column; a cell of 12 or more
    /// digits (a first data row taken for the header) is described, not shown (docs/INPUTS.md "How rejects show a cell").
    private static func list(_ header: HeaderMap) -> String {
        zip(header.unknown, header.suggestions).map { raw, suggestion in
            let shown = CellEcho.echo(raw, expecting: .any)
            let name = shown.shown ? raw : "(\(shown.text))"
            return suggestion.map { "\(name) (did you mean \($0)?)" } ?? name
        }.joined(separator: ", ")
    }

    func encodingWarning(_ line: Int?) -> Diagnostic {
        Diagnostic(
            severity: .warning, file: path, line: line, column: nil,
            reason: "not valid UTF-8 (first bad byte on this line); read as Windows-1252", value: nil,
            hint: "check the names, and save the file as UTF-8 (Excel: CSV UTF-8)")
    }
}
