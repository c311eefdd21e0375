import CXLSXWriter

extension XLSXSheet {
    /// Excel's widest column, in characters of the default font.
    package static let maximumColumnWidth = 255.0
    /// Excel's tallest row, in points.
    package static let maximumRowHeight = 409.0

    /// Sets the width of every column in `columns`, in characters of the default font (Excel's default
    /// is 8.43); 0 hides the columns.
    package func setColumnWidth(_ width: Double, columns: ClosedRange<Int>) throws {
        let (_, first) = try position(row: 0, column: columns.lowerBound, inOrder: false)
        let (_, last) = try position(row: 0, column: columns.upperBound, inOrder: false)
        try checkSize(width, of: "column width", limit: Self.maximumColumnWidth)
        try perform("set the width of columns \(columnRangeName(columns))") {
            worksheet_set_column(handle, first, last, width, nil)
        }
    }

    /// Sets the height of row `row` in points (Excel's default is 15); 0 hides the row.
    package func setRowHeight(_ height: Double, row: Int) throws {
        let (cRow, _) = try position(row: row, column: 0)
        try checkSize(height, of: "row height", limit: Self.maximumRowHeight)
        try perform("set the height of row \(row + 1)") { worksheet_set_row(handle, cRow, height, nil) }
    }

    /// Freezes the top `topRows` rows and the left `leftColumns` columns so they stay in view while
    /// scrolling; `freezePanes(topRows: 1, leftColumns: 0)` keeps a header row. Zero for both freezes nothing.
    package func freezePanes(topRows: Int, leftColumns: Int) throws {
        let (cRow, cColumn) = try position(row: topRows, column: leftColumns, inOrder: false)
        guard topRows > 0 || leftColumns > 0 else { return }
        worksheet_freeze_panes(handle, cRow, cColumn)
    }

    /// Puts Excel's filter drop-downs on the first row of the range `rows` × `columns` (its header row) and
    /// lets them filter the rows below; a sheet has one autofilter, the last one set.
    ///
    /// In constant-memory mode set it before writing past `rows.upperBound`.
    package func setAutofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        let (firstRow, firstColumn) = try position(row: rows.lowerBound, column: columns.lowerBound, inOrder: false)
        let (lastRow, lastColumn) = try position(row: rows.upperBound, column: columns.upperBound)
        try perform("set the autofilter \(rangeName(rows: rows, columns: columns))") {
            worksheet_autofilter(handle, firstRow, firstColumn, lastRow, lastColumn)
        }
    }

    /// Merges the cells `rows` × `columns` into one showing `text` (a string, never a formula) with `format`,
    /// as for a title over a table; the other cells become blanks with `format`, as Excel expects.
    ///
    /// Throws for a single cell and for a range overlapping one merged before: Excel would repair the file.
    package func mergeCells(
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, text: String, format: XLSXFormat = XLSXFormat()
    ) throws {
        let (firstRow, firstColumn) = try position(row: rows.lowerBound, column: columns.lowerBound)
        let (lastRow, lastColumn) = try position(row: rows.upperBound, column: columns.upperBound)
        let range = rangeName(rows: rows, columns: columns)
        guard rows.count > 1 || columns.count > 1 else {
            throw XLSXError.mergeOfOneCell(
                path: workbook.path, sheet: name, cell: Self.cellName(row: rows.lowerBound, column: columns.lowerBound))
        }
        if let merged = mergedRanges.first(where: { $0.rows.overlaps(rows) && $0.columns.overlaps(columns) }) {
            throw XLSXError.mergeOverlaps(
                path: workbook.path, sheet: name, range: range,
                merged: rangeName(rows: merged.rows, columns: merged.columns))
        }
        try checkLength(of: text, row: rows.lowerBound, column: columns.lowerBound)
        let cFormat = try workbook.formatPointer(for: format)
        try LibXLSX.withCString(text, path: workbook.path, field: "sheet '\(name)' merged range \(range)") { string in
            try perform("merge \(range)") {
                worksheet_merge_range(handle, firstRow, firstColumn, lastRow, lastColumn, string, cFormat)
            }
        }
        mergedRanges.append((rows, columns))
    }

    /// Attaches a comment (a note, shown when the pointer rests on the cell) with `text` to a cell.
    ///
    /// Text longer than 32,767 UTF-16 code units throws `XLSXError.stringTooLong`.
    package func addComment(_ text: String, row: Int, column: Int) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        let cell = Self.cellName(row: row, column: column)
        try checkLength(of: text, row: row, column: column)
        try LibXLSX.withCString(text, path: workbook.path, field: "the comment on sheet '\(name)' cell \(cell)") {
            string in
            try perform("add a comment to cell \(cell)") { worksheet_write_comment(handle, cRow, cColumn, string) }
        }
    }

    /// Throws unless `size` lies between 0 and `limit`.
    private func checkSize(_ size: Double, of what: String, limit: Double) throws {
        guard size >= 0, size <= limit else {
            throw XLSXError.invalidSize(path: workbook.path, sheet: name, what: what, value: size, limit: limit)
        }
    }

    /// Excel's name of a range, such as `A1:C1`.
    private func rangeName(rows: ClosedRange<Int>, columns: ClosedRange<Int>) -> String {
        Self.cellName(row: rows.lowerBound, column: columns.lowerBound) + ":"
            + Self.cellName(row: rows.upperBound, column: columns.upperBound)
    }

    /// Excel's name of a column range, such as `A:C`.
    private func columnRangeName(_ columns: ClosedRange<Int>) -> String {
        let letters = { (column: Int) in String(Self.cellName(row: 0, column: column).dropLast()) }
        return letters(columns.lowerBound) + ":" + letters(columns.upperBound)
    }
}
