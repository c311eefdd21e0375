import XLSXSupport

/// Writes one record's rows as a sheet: a header row of labels in the brief's language (each with
/// a comment naming the CSV column, its unit and meaning), real numbers with the schema's formats,
/// text as text cells (never a formula), a frozen header, an autofilter and fitted column widths.
struct WorkbookTable<Row> {
    /// The record.
    var schema: RecordSchema<Row>
    /// The language of the labels.
    var language: ReportLanguage
    /// At most this many data rows are written (Excel's limit less the header row).
    var rowLimit = XLSXSheet.rowCount - 1

    /// The columns of the sheet.
    var columns: [OutputColumn<Row>] { schema.columns(in: .workbook) }

    /// Writes the table from row `top` of `sheet`; returns the next free row.
    @discardableResult
    func write<Rows: Sequence>(_ rows: Rows, to sheet: XLSXSheet, top: Int = 0, freezeColumns: Int = 0) throws -> Int
    where Rows.Element == Row {
        let columns = columns
        var widths = columns.map { Double(min(max($0.label(language).count + 2, 8), 26)) }
        for (index, column) in columns.enumerated() {
            try sheet.writeString(column.label(language), row: top, column: index, format: WorkbookStyle.header)
            try sheet.addComment(comment(column), row: top, column: index)
        }
        try sheet.setRowHeight(32, row: top)
        var row = top + 1
        for element in rows {
            if row - top > rowLimit { break }
            for (index, column) in columns.enumerated() {
                let width = try write(column.value(element), column, sheet: sheet, row: row, column: index)
                if row < top + 500 { widths[index] = max(widths[index], min(Double(width) + 2, 60)) }
            }
            row += 1
        }
        for (index, width) in widths.enumerated() { try sheet.setColumnWidth(width, columns: index...index) }
        try sheet.freezePanes(topRows: top + 1, leftColumns: freezeColumns)
        try sheet.setPrintLayout(WorkbookStyle.printLayout(language, columns: columns.count, header: top))
        if !columns.isEmpty { try sheet.setAutofilter(rows: top...max(top, row - 1), columns: 0...(columns.count - 1)) }
        return row
    }

    /// One cell; returns the width its text needs, in characters.
    private func write(
        _ value: FigureValue, _ column: OutputColumn<Row>, sheet: XLSXSheet, row: Int, column index: Int
    ) throws -> Int {
        switch value {
        case .missing:
            return 0
        case .text(let text):
            try sheet.writeString(text, row: row, column: index, format: WorkbookStyle.text)
            return text.count
        case .flag(let flag):
            let text = flag ? language.pick("ya", "yes") : language.pick("tidak", "no")
            try sheet.writeString(text, row: row, column: index)
            return text.count
        case .integer, .real:
            let written = column.kind.text(value)
            guard let number = Double(written) else { return 0 }
            try sheet.writeNumber(
                number, row: row, column: index, format: WorkbookStyle.number(column.kind, column.unit, value: number))
            return written.count + written.count / 3
        }
    }

    /// The header's comment: the file's column name, the unit and the meaning.
    private func comment(_ column: OutputColumn<Row>) -> String {
        let unit = column.unit == .none ? "" : " (\(language.pick(column.unit.words.id, column.unit.words.en)))"
        return "\(schema.file): \(column.name)\(unit)\n\(column.meaning)"
    }
}
