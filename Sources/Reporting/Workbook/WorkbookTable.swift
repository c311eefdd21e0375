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
        var cells = columns.map { WorkbookColumnWriter(column: $0, language: language) }
        let values = columns.map(\.value)
        var row = top + 1
        for element in rows {
            if row - top > rowLimit { break }
            let measured = row < top + 500
            for index in cells.indices {
                let value = values[index](element)
                let width = try cells[index].write(value, sheet: sheet, row: row, column: index, measured: measured)
                if measured { widths[index] = max(widths[index], min(Double(width) + 2, 60)) }
            }
            row += 1
        }
        for (index, width) in widths.enumerated() { try sheet.setColumnWidth(width, columns: index...index) }
        try sheet.freezePanes(topRows: top + 1, leftColumns: freezeColumns)
        try sheet.setPrintLayout(WorkbookStyle.printLayout(language, columns: columns.count, header: top))
        if !columns.isEmpty { try sheet.setAutofilter(rows: top...max(top, row - 1), columns: 0...(columns.count - 1)) }
        return row
    }

    /// The header's comment: the file's column name, the unit and the meaning.
    private func comment(_ column: OutputColumn<Row>) -> String {
        let unit = column.unit == .none ? "" : " (\(language.pick(column.unit.words.id, column.unit.words.en)))"
        return "\(schema.file): \(column.name)\(unit)\n\(column.meaning)"
    }
}

/// One column of a ``WorkbookTable`` as its cells are written: the column, and its cell formats
/// resolved in the workbook the first time a cell needs them (so the workbook's styles are made in
/// the order of their first use, as cell by cell lookups would make them).
struct WorkbookColumnWriter<Row> {
    /// The column's kind.
    let kind: FigureKind
    /// The column's unit.
    let unit: FigureUnit
    /// The language of flags (`ya`/`yes`).
    let language: ReportLanguage
    /// The format of text cells, once resolved.
    private var text: XLSXCellFormat?
    /// The format of numbers that are whole, once resolved.
    private var whole: XLSXCellFormat?
    /// The format of numbers with a fraction, once resolved.
    private var fraction: XLSXCellFormat?
    /// The format of flags (the default style), once resolved.
    private var flag: XLSXCellFormat?

    /// The writer of `column`'s cells.
    init(column: OutputColumn<Row>, language: ReportLanguage) {
        kind = column.kind
        unit = column.unit
        self.language = language
    }

    /// Writes one cell; returns the width its text needs, in characters, when `measured` (else 0).
    mutating func write(
        _ value: FigureValue, sheet: XLSXSheet, row: Int, column index: Int, measured: Bool
    ) throws
        -> Int
    {
        switch value {
        case .missing:
            return 0
        case .text(let text):
            let format = try resolved(&self.text, WorkbookStyle.text, sheet)
            try sheet.writeString(text, row: row, column: index, format: format)
            return measured ? text.count : 0
        case .flag(let flag):
            let text = flag ? language.pick("ya", "yes") : language.pick("tidak", "no")
            let format = try resolved(&self.flag, XLSXFormat(), sheet)
            try sheet.writeString(text, row: row, column: index, format: format)
            return text.count
        case .integer, .real:
            guard let (number, length) = Self.number(value, kind: kind) else { return 0 }
            let isWhole = number == number.rounded()
            let format: XLSXCellFormat
            if let made = isWhole ? whole : fraction {
                format = made
            } else {
                format = try sheet.cellFormat(WorkbookStyle.number(kind, unit, value: number))
                if isWhole { whole = format } else { fraction = format }
            }
            try sheet.writeNumber(number, row: row, column: index, format: format)
            return length + length / 3
        }
    }

    /// The number a cell holds, `Double(kind.text(value))`, and the length of that text; nil when the
    /// text is not a number (a figure that was not finite).
    static func number(_ value: FigureValue, kind: FigureKind) -> (Double, Int)? {
        switch value {
        case .integer(let integer):
            var digits = 1
            var rest = integer.magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            return (Double(integer), integer < 0 ? digits + 1 : digits)
        case .real(let real):
            if let fast = NumberFormat.fastRounded(real, kind.places(of: real) ?? NumberFormat.sharePlaces) {
                return fast
            }
        case .missing, .text, .flag: break
        }
        let written = kind.text(value)
        guard let number = Double(written) else { return nil }
        return (number, written.count)
    }

    /// The resolved format kept in `slot`, resolving `format` the first time.
    private func resolved(
        _ slot: inout XLSXCellFormat?, _ format: XLSXFormat, _ sheet: XLSXSheet
    ) throws
        -> XLSXCellFormat
    {
        if let slot { return slot }
        let made = try sheet.cellFormat(format)
        slot = made
        return made
    }
}
