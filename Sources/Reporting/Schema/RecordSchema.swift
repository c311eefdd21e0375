import CSVSupport

/// An output record declared once as an ordered list of columns (docs/OUTPUTS.md is generated from
/// these declarations): the CSV header and cells, the JSON object keys, the workbook sheet's
/// columns and the run-folder reader's column lookup all come from here.
public struct RecordSchema<Row>: Sendable {
    /// The file the record is written to, e.g. `priorities.csv`; for a record that only appears in
    /// `summary.json`, where it appears there (`summary.json: allocation.years`).
    public let file: String
    /// One row is one …, in words for the data dictionary: "ranked kecamatan, in rank order".
    public let rowMeaning: String
    /// The columns in file order.
    public let columns: [OutputColumn<Row>]

    /// Declares a record.
    public init(file: String, row rowMeaning: String, columns: [OutputColumn<Row>]) {
        self.file = file
        self.rowMeaning = rowMeaning
        self.columns = columns
    }

    /// The columns that appear in `format`.
    public func columns(in format: OutputFormats) -> [OutputColumn<Row>] {
        columns.filter { $0.formats.contains(format) }
    }

    /// The CSV header: the names of the CSV columns.
    public var header: [String] { columns(in: .csv).map(\.name) }

    /// The column named `name`.
    public func column(_ name: String) -> OutputColumn<Row>? { columns.first { $0.name == name } }

    /// The CSV cells of one row: numbers as written, text formula-guarded by the writer.
    public func csvCells(_ row: Row, columns: [OutputColumn<Row>]) -> [CSVCell] {
        columns.map { column in
            let text = column.text(row)
            return column.kind == .text || column.kind == .flag ? .text(text) : .number(text)
        }
    }

    /// The whole CSV file for `rows`: header, then one line per row.
    public func csv<Rows: Sequence>(_ rows: Rows) -> String where Rows.Element == Row {
        let columns = columns(in: .csv)
        var writer = CSVWriter()
        writer.appendRow(text: columns.map(\.name))
        for row in rows { writer.appendRow(csvCells(row, columns: columns)) }
        return writer.text
    }

    /// The record as a JSON object layout (keys sorted, nested paths grouped), computed once.
    public var jsonLayout: JSONObjectLayout<Row> { JSONObjectLayout(columns(in: .json)) }
}
