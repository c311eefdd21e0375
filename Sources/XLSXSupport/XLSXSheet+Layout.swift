// Ported from libxlsxwriter 1.1.4 (src/worksheet.c), BSD-2-Clause, © John McNamara.

extension XLSXSheet {
    /// Excel's widest column, in characters of the default font.
    package static let maximumColumnWidth = 255.0
    /// Excel's tallest row, in points.
    package static let maximumRowHeight = 409.0

    /// Sets the width of every column in `columns`, in characters of the default font (Excel's default
    /// is 8.43); 0 hides the columns.
    package func setColumnWidth(_ width: Double, columns: ClosedRange<Int>) throws {
        try position(row: 0, column: columns.lowerBound, inOrder: false)
        try position(row: 0, column: columns.upperBound, inOrder: false)
        try checkSize(width, of: "column width", limit: Self.maximumColumnWidth)
        // `worksheet_set_column`: one entry per first column, the last one set wins.
        state.columnWidths[columns.lowerBound] = (columns.upperBound, width)
    }

    /// Sets the height of row `row` in points (Excel's default is 15); 0 hides the row.
    package func setRowHeight(_ height: Double, row: Int) throws {
        try position(row: row, column: 0)
        try checkSize(height, of: "row height", limit: Self.maximumRowHeight)
        setRow(row, height: height == 0 ? 15 : height, hidden: height == 0)
    }

    /// Freezes the top `topRows` rows and the left `leftColumns` columns so they stay in view while
    /// scrolling; `freezePanes(topRows: 1, leftColumns: 0)` keeps a header row. Zero for both freezes nothing.
    package func freezePanes(topRows: Int, leftColumns: Int) throws {
        try position(row: topRows, column: leftColumns, inOrder: false)
        guard topRows > 0 || leftColumns > 0 else { return }
        state.frozen = (topRows, leftColumns)
    }

    /// Puts Excel's filter drop-downs on the first row of the range `rows` × `columns` (its header row) and
    /// lets them filter the rows below; a sheet has one autofilter, the last one set.
    ///
    /// Set it before writing past `rows.upperBound`.
    package func setAutofilter(rows: ClosedRange<Int>, columns: ClosedRange<Int>) throws {
        try position(row: rows.lowerBound, column: columns.lowerBound, inOrder: false)
        try position(row: rows.upperBound, column: columns.upperBound)
        extend(row: rows.upperBound, column: columns.upperBound)
        state.autofilter = (rows, columns)
    }

    /// Merges the cells `rows` × `columns` into one showing `text` (a string, never a formula) with `format`,
    /// as for a title over a table; the other cells become blanks with `format`, as Excel expects.
    ///
    /// Throws for a single cell and for a range overlapping one merged before: Excel would repair the file.
    package func mergeCells(
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, text: String, format: XLSXFormat = XLSXFormat()
    ) throws {
        try position(row: rows.lowerBound, column: columns.lowerBound)
        try position(row: rows.upperBound, column: columns.upperBound)
        let range = rangeName(rows: rows, columns: columns)
        guard rows.count > 1 || columns.count > 1 else {
            throw XLSXError.mergeOfOneCell(
                path: path, sheet: name, cell: Self.cellName(row: rows.lowerBound, column: columns.lowerBound))
        }
        if let merged = mergedRanges.first(where: { $0.rows.overlaps(rows) && $0.columns.overlaps(columns) }) {
            throw XLSXError.mergeOverlaps(
                path: path, sheet: name, range: range,
                merged: rangeName(rows: merged.rows, columns: merged.columns))
        }
        try checkText(text, row: rows.lowerBound, column: columns.lowerBound)
        _ = try workbook().style(for: format)
        // `worksheet_merge_range`: the last cell's dimension, the text in the first cell, blanks elsewhere.
        extend(row: rows.upperBound, column: columns.upperBound)
        mergedRanges.append((rows, columns))
        try writeString(text, row: rows.lowerBound, column: columns.lowerBound, format: format)
        for row in rows {
            for column in columns where row != rows.lowerBound || column != columns.lowerBound {
                try writeBlank(row: row, column: column, format: format)
            }
        }
    }

    /// Attaches a comment (a note, shown when the pointer rests on the cell) with `text` to a cell.
    ///
    /// Text longer than 32,767 UTF-16 code units throws `XLSXError.stringTooLong`.
    package func addComment(_ text: String, row: Int, column: Int) throws {
        try position(row: row, column: column)
        let length = text.utf16.count
        guard length <= Self.maximumStringLength else {
            throw XLSXError.stringTooLong(
                path: path, sheet: name, cell: Self.cellName(row: row, column: column), length: length)
        }
        if text.utf8.contains(0) {
            throw XLSXError.nulCharacter(
                path: path,
                field: "the comment on sheet '\(name)' cell \(Self.cellName(row: row, column: column))")
        }
        extend(row: row, column: column)
        // Kept in row and column order, one per cell (the last one set), as libxlsxwriter's tree keeps them.
        if let index = state.comments.firstIndex(where: { $0.row == row && $0.column == column }) {
            state.comments[index].text = text
        } else {
            state.comments.append(SheetState.Comment(row: row, column: column, text: text))
            state.comments.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        }
    }

    /// Throws unless `size` lies between 0 and `limit`.
    private func checkSize(_ size: Double, of what: String, limit: Double) throws {
        guard size >= 0, size <= limit else {
            throw XLSXError.invalidSize(path: path, sheet: name, what: what, value: size, limit: limit)
        }
    }

    /// Excel's name of a range, such as `A1:C1`.
    func rangeName(rows: ClosedRange<Int>, columns: ClosedRange<Int>) -> String {
        Self.cellName(row: rows.lowerBound, column: columns.lowerBound) + ":"
            + Self.cellName(row: rows.upperBound, column: columns.upperBound)
    }
}
