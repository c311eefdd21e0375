import CSVSupport

/// An output record declared once as an ordered list of columns (docs/OUTPUTS.md is generated from
/// these declarations): the CSV header and cells, the JSON object keys, the workbook sheet's
/// columns and the run-folder reader's column lookup all come from here.
package struct RecordSchema<Row>: Sendable {
    /// The file the record is written to, e.g. `priorities.csv`; for a record that only appears in
    /// `summary.json`, where it appears there (`summary.json: allocation.years`).
    package let file: String
    /// One row is one …, in words for the data dictionary: "ranked kecamatan, in rank order".
    package let rowMeaning: String
    /// The columns in file order.
    package let columns: [OutputColumn<Row>]

    /// Declares a record.
    package init(file: String, row rowMeaning: String, columns: [OutputColumn<Row>]) {
        self.file = file
        self.rowMeaning = rowMeaning
        self.columns = columns
    }

    /// The columns that appear in `format`.
    package func columns(in format: OutputFormats) -> [OutputColumn<Row>] {
        columns.filter { $0.formats.contains(format) }
    }

    /// The CSV header: the names of the CSV columns.
    package var header: [String] { columns(in: .csv).map(\.name) }

    /// The column named `name`.
    package func column(_ name: String) -> OutputColumn<Row>? { columns.first { $0.name == name } }

    /// The CSV cells of one row: numbers as written, text formula-guarded by the writer.
    package func csvCells(_ row: Row, columns: [OutputColumn<Row>]) -> [CSVCell] {
        columns.map { column in
            let text = column.text(row)
            return column.kind == .text || column.kind == .flag ? .text(text) : .number(text)
        }
    }

    /// The whole CSV file for `rows`: header, then one line per row.
    package func csv<Rows: Sequence>(_ rows: Rows) -> String where Rows.Element == Row {
        var buffer = ByteBuffer()
        writeCSV(rows, to: &buffer)
        return buffer.text
    }

    /// Bytes gathered before each write to the sink by ``writeCSV(_:to:)``.
    static var csvChunkSize: Int { 256 * 1024 }

    /// Streams the CSV file for `rows` into `sink`: the bytes of ``csv(_:)``, cells formatted straight
    /// into a buffer (numbers by ``NumberFormat``'s binary path when it applies) and written in chunks.
    package func writeCSV<Rows: Sequence, Sink: ByteSink>(_ rows: Rows, to sink: inout Sink)
    where Rows.Element == Row {
        let columns = columns(in: .csv)
        var writer = CSVByteWriter()
        writer.reserveCapacity(Self.csvChunkSize + 4096)
        for column in columns { writer.appendText(column.name) }
        writer.endRow()
        let cells = columns.map { CSVColumnWriter(kind: $0.kind, value: $0.value) }
        for row in rows {
            for cell in cells { cell.append(cell.value(row), to: &writer) }
            writer.endRow()
            if writer.bytes.count >= Self.csvChunkSize {
                writer.bytes.withUnsafeBytes { sink.write($0) }
                writer.removeAll()
            }
        }
        writer.bytes.withUnsafeBytes { sink.write($0) }
    }

    /// The record as a JSON object layout (keys sorted, nested paths grouped), computed once.
    package var jsonLayout: JSONObjectLayout<Row> { JSONObjectLayout(columns(in: .json)) }
}

/// One CSV column as ``RecordSchema/writeCSV(_:to:)`` writes it: the value accessor and how the
/// value becomes the cell of ``RecordSchema/csvCells(_:columns:)``.
struct CSVColumnWriter<Row> {
    /// How the column's figures are written.
    let kind: FigureKind
    /// Whether the cell is text (formula-guarded) rather than a number.
    let isText: Bool
    /// The value of one row.
    let value: @Sendable (Row) -> FigureValue

    /// The writer of a column of `kind` whose row values are `value`.
    init(kind: FigureKind, value: @escaping @Sendable (Row) -> FigureValue) {
        self.kind = kind
        isText = kind == .text || kind == .flag
        self.value = value
    }

    /// Appends the cell of `value`: the bytes of `kind.text(value)` as a text or number cell.
    func append(_ value: FigureValue, to writer: inout CSVByteWriter) {
        switch value {
        case .missing:
            writer.appendEmpty()
        case .text(let text):
            if isText { writer.appendText(text) } else { writer.appendNumber(text) }
        case .integer(let integer):
            if isText { writer.appendText(String(integer)) } else { writer.appendInteger(integer) }
        case .flag(let flag):
            let text = flag ? "true" : "false"
            if isText { writer.appendText(text) } else { writer.appendNumber(text) }
        case .real(let real):
            let places = kind.places(of: real) ?? NumberFormat.sharePlaces
            let written: Bool = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
                guard let count = NumberFormat.fastFixed(real, places, into: buffer) else { return false }
                let digits = UnsafeBufferPointer(rebasing: buffer[..<count])
                if isText { writer.appendText(utf8: digits) } else { writer.appendNumber(utf8: digits) }
                return true
            }
            if written { return }
            let text = kind.text(value)
            if isText { writer.appendText(text) } else { writer.appendNumber(text) }
        }
    }
}
