// The parts around a sheet's rows, its comments and their VML drawing, ported from libxlsxwriter 1.1.4
// (src/worksheet.c, src/comment.c, src/vml.c), BSD-2-Clause, © John McNamara.

/// What a sheet holds besides its rows: dimension, columns, panes, filter, merges, print settings, comments.
struct SheetState {
    /// The dimension (`dim_rowmin`…): Int.max / -1 while unset.
    var firstRow = Int.max
    var lastRow = -1
    var firstColumn = Int.max
    var lastColumn = -1
    /// Column widths by first column: (last column, width).
    var columnWidths: [Int: (last: Int, width: Double)] = [:]
    /// Frozen rows and columns.
    var frozen: (rows: Int, columns: Int)?
    /// The autofilter range.
    var autofilter: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)?
    /// Print settings.
    var paperSize = 0
    var landscape = false
    var fitToPages: (width: Int, height: Int)?
    var repeatedRows: ClosedRange<Int>?
    var footer: String?
    /// The comments, in row and column order.
    var comments: [Comment] = []

    /// A cell comment.
    struct Comment {
        var row: Int
        var column: Int
        var text: String
    }

    /// Whether the page setup was changed (`page_setup_changed`).
    var pageSetupChanged: Bool { paperSize != 0 || landscape || fitToPages != nil }

    /// The XML before the rows (through `<sheetData>`), for sheet `selected` or not; `hasRows` says whether
    /// any row was written.
    func head(selected: Bool) -> [UInt8] {
        var xml = XMLBytes(capacity: 2048)
        xml.declaration()
        xml.raw(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        if fitToPages != nil { xml.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>") }
        xml.raw("<dimension ref=\"")
        if firstRow == Int.max && firstColumn == Int.max {
            xml.raw("A1")
        } else if firstRow == Int.max {
            xml.raw(Self.range(0, firstColumn, 0, lastColumn))
        } else {
            xml.raw(Self.range(firstRow, firstColumn, lastRow, lastColumn))
        }
        xml.raw("\"/><sheetViews><sheetView")
        if selected { xml.raw(" tabSelected=\"1\"") }
        xml.raw(" workbookViewId=\"0\"")
        if let frozen {
            xml.raw("><pane")
            let (row, column) = frozen
            if column > 0 { xml.raw(" xSplit=\"\(column)\"") }
            if row > 0 { xml.raw(" ySplit=\"\(row)\"") }
            xml.raw(" topLeftCell=\"\(XLSXSheet.cellName(row: row, column: column))\"")
            if row > 0 && column > 0 {
                let rowCell = XLSXSheet.cellName(row: row, column: 0)
                let columnCell = XLSXSheet.cellName(row: 0, column: column)
                xml.raw(" activePane=\"bottomRight\" state=\"frozen\"/>")
                xml.raw("<selection pane=\"topRight\" activeCell=\"\(columnCell)\" sqref=\"\(columnCell)\"/>")
                xml.raw("<selection pane=\"bottomLeft\" activeCell=\"\(rowCell)\" sqref=\"\(rowCell)\"/>")
                xml.raw("<selection pane=\"bottomRight\"/>")
            } else if column > 0 {
                xml.raw(" activePane=\"topRight\" state=\"frozen\"/><selection pane=\"topRight\"/>")
            } else {
                xml.raw(" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>")
            }
            xml.raw("</sheetView>")
        } else {
            xml.raw("/>")
        }
        xml.raw("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if !columnWidths.isEmpty {
            xml.raw("<cols>")
            for first in columnWidths.keys.sorted() {
                let (last, width) = columnWidths[first]!
                xml.raw("<col min=\"\(first + 1)\" max=\"\(last + 1)\" width=\"")
                xml.number(Self.characterWidth(width))
                xml.raw("\"")
                if width != 8.43 { xml.raw(" customWidth=\"1\"") }
                xml.raw("/>")
            }
            xml.raw("</cols>")
        }
        xml.raw(firstRow == Int.max ? "<sheetData/>" : "<sheetData>")
        return xml.bytes
    }

    /// The XML after the rows, with `merges` (``mergeCells(_:)``) and the `rId` of the VML drawing when there
    /// are comments.
    func tail(merges: [UInt8]) -> [UInt8] {
        var xml = XMLBytes(capacity: 1024)
        if firstRow != Int.max { xml.raw("</sheetData>") }
        if let (rows, columns) = autofilter {
            xml.raw(
                "<autoFilter ref=\"\(Self.range(rows.lowerBound, columns.lowerBound, rows.upperBound, columns.upperBound))\"/>"
            )
        }
        xml.bytes.append(contentsOf: merges)
        xml.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        if pageSetupChanged {
            xml.raw("<pageSetup")
            if paperSize != 0 { xml.raw(" paperSize=\"\(paperSize)\"") }
            if let (width, height) = fitToPages {
                if width != 1 { xml.raw(" fitToWidth=\"\(width)\"") }
                if height != 1 { xml.raw(" fitToHeight=\"\(height)\"") }
            }
            xml.raw(landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>")
        }
        if let footer {
            xml.raw("<headerFooter><oddFooter>")
            xml.data(footer)
            xml.raw("</oddFooter></headerFooter>")
        }
        if !comments.isEmpty { xml.raw("<legacyDrawing r:id=\"rId1\"/>") }
        xml.raw("</worksheet>")
        return xml.bytes
    }

    /// The merge list, between the autofilter and the page margins.
    static func mergeCells(_ ranges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)]) -> [UInt8] {
        guard !ranges.isEmpty else { return [] }
        var xml = XMLBytes()
        xml.raw("<mergeCells count=\"\(ranges.count)\">")
        for (rows, columns) in ranges {
            xml.raw(
                "<mergeCell ref=\"\(range(rows.lowerBound, columns.lowerBound, rows.upperBound, columns.upperBound))\"/>"
            )
        }
        xml.raw("</mergeCells>")
        return xml.bytes
    }

    /// A column width in characters as Excel stores it (`_worksheet_write_col_info`, Calibri 11: 7 pixels a
    /// digit, 5 of padding).
    static func characterWidth(_ width: Double) -> Double {
        guard width > 0 else { return width }
        if width < 1 {
            return Double(UInt16(Double(UInt16(width * 12 + 0.5)) / 7 * 256)) / 256
        }
        return Double(UInt16((Double(UInt16(width * 7 + 0.5)) + 5) / 7 * 256)) / 256
    }

    /// `A1:B2`, or `A1` for one cell (`lxw_rowcol_to_range`).
    static func range(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) -> String {
        let first = XLSXSheet.cellName(row: firstRow, column: firstColumn)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + XLSXSheet.cellName(row: lastRow, column: lastColumn)
    }

    /// `$A$1:$B$2`, or `$A$1` for one cell (`lxw_rowcol_to_range_abs`).
    static func absoluteRange(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) -> String {
        func cell(_ row: Int, _ column: Int) -> String { "$" + XLSXSheet.columnName(column) + "$" + String(row + 1) }
        if firstRow == lastRow && firstColumn == lastColumn { return cell(firstRow, firstColumn) }
        return cell(firstRow, firstColumn) + ":" + cell(lastRow, lastColumn)
    }

    /// A column's width in pixels (`_worksheet_size_col`).
    func columnPixels(_ column: Int) -> Int {
        for first in columnWidths.keys.sorted() {
            let (last, width) = columnWidths[first]!
            guard column >= first, column <= last else { continue }
            if width < 1 { return Int(UInt32(width * 12 + 0.5)) }
            return Int(UInt32(width * 7 + 0.5)) + 5
        }
        return 64
    }
}
