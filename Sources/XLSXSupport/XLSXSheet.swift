// The sheet XML is ported from libxlsxwriter 1.1.4's constant-memory mode (src/worksheet.c), BSD-2-Clause,
// © John McNamara: the same elements, attributes and bytes for what capplan writes.
import Glibc

/// One sheet of an `XLSXWorkbook`: cells, comments and layout, addressed by 0-based row and column.
///
/// Rows are written top to bottom, as libxlsxwriter's constant-memory mode writes them: the sheet holds its
/// current row only and spools finished rows to a temporary file; a cell, blank, merge, row height or comment
/// in a row before the current one throws `XLSXError.rowAlreadyWritten`, and so does an autofilter whose last
/// row is before it. Strings are written inline in each cell (`t="inlineStr"`).
///
/// Every method checks its arguments against Excel's limits and throws `XLSXError` instead of writing a
/// file Excel would repair. Once the workbook is closed (or dropped) every method throws
/// `XLSXError.workbookClosed`.
package final class XLSXSheet {
    /// Excel's number of rows in a sheet; row indices run from 0 to 1,048,575.
    package static let rowCount = 1_048_576
    /// Excel's number of columns in a sheet; column indices run from 0 (A) to 16,383 (XFD).
    package static let columnCount = 16_384
    /// Excel's longest text in a cell or comment, in UTF-16 code units; longer text is an error, not cut.
    package static let maximumStringLength = 32_767

    /// The sheet's name, as shown on its tab.
    package let name: String
    /// The workbook's path, for errors.
    let path: String
    /// The workbook the sheet belongs to: it holds its sheets, so a sheet does not keep it alive (no
    /// cycle). Used only while `life` says the workbook is open, so never after its end.
    private unowned let owner: XLSXWorkbook
    /// The workbook's identity, for formats resolved in it.
    private let ownerID: ObjectIdentifier
    /// Whether the workbook is open (shared with it).
    private let life: WorkbookLife
    /// The XF index of each style number already written out (-1: not yet asked), a copy of the
    /// workbook's numbering, which never changes once fixed.
    private var xfIndexes: [Int] = []
    /// The sheet's 1-based number (`sheetN.xml`).
    let number: Int
    /// The ranges merged so far, in order, to refuse overlaps that Excel would repair.
    var mergedRanges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    /// The rows' XML; nil once handed to the workbook for compression.
    var spool: SheetSpool?

    /// What the sheet holds beyond its rows, written around them when the sheet is finished.
    var state = SheetState()

    /// A cell of the current row.
    enum Cell {
        case number(Double, style: Int?)
        case string(String, style: Int?)
        case blank(style: Int)
    }

    /// The current row (libxlsxwriter's `optimize_row`): its number, cells by column and properties.
    private(set) var row = 0
    private var cells: [Cell?] = []
    private var firstCell = Int.max
    private var lastCell = -1
    private var rowChanged = false
    private var rowHeight = 15.0
    private var rowHidden = false

    /// A sheet named `name`, number `number` of `workbook`, spooling its rows to `spool`.
    init(workbook: XLSXWorkbook, number: Int, name: String, spool: SheetSpool) {
        self.owner = workbook
        ownerID = ObjectIdentifier(workbook)
        life = workbook.life
        self.path = workbook.path
        self.number = number
        self.name = name
        self.spool = spool
    }

    /// The workbook, or `XLSXError.workbookClosed` once it is gone (dropped without `close()`).
    func workbook() throws -> XLSXWorkbook {
        guard life.isOpen else { throw XLSXError.workbookClosed(path: path) }
        return owner
    }

    /// Excel's name of a cell, such as `A1` or `XFD1048576`, from 0-based indices inside the sheet.
    package static func cellName(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// Excel's letters for a 0-based column, such as `A` or `XFD`.
    static func columnName(_ column: Int) -> String {
        var letters: [UInt8] = []
        var number = column + 1
        while number > 0 {
            letters.append(UInt8(65 + (number - 1) % 26))
            number = (number - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// Writes the number `value` as a number cell (`<c><v>value</v></c>`).
    ///
    /// It is written as C's `%.16G` writes it, as libxlsxwriter does: 0.1 + 0.2 is stored as 0.3 and 9.7 as
    /// 9.699999999999999. NaN and the infinities throw `XLSXError.nonFiniteNumber`: Excel has no such numbers.
    package func writeNumber(_ value: Double, row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        try position(row: row, column: column)
        try checkFinite(value, row: row, column: column)
        let style = try workbook().style(for: format)
        put(.number(value, style: style), row: row, column: column)
    }

    /// Writes the number `value` with a format resolved beforehand (``XLSXWorkbook/cellFormat(_:)``);
    /// otherwise as the `writeNumber` taking an ``XLSXFormat``.
    package func writeNumber(_ value: Double, row: Int, column: Int, format: XLSXCellFormat) throws {
        try position(row: row, column: column)
        try checkFinite(value, row: row, column: column)
        put(.number(value, style: try checked(format)), row: row, column: column)
    }

    /// Writes `text` as a string cell with a format resolved beforehand (``XLSXWorkbook/cellFormat(_:)``);
    /// otherwise as the `writeString` taking an ``XLSXFormat``.
    package func writeString(_ text: String, row: Int, column: Int, format: XLSXCellFormat) throws {
        try position(row: row, column: column)
        try checkText(text, row: row, column: column)
        try string(text, style: try checked(format), row: row, column: column)
    }

    /// `format` resolved in the sheet's workbook (``XLSXWorkbook/cellFormat(_:)``).
    package func cellFormat(_ format: XLSXFormat) throws -> XLSXCellFormat { try workbook().cellFormat(format) }

    /// The style of `format` in this sheet's workbook (resolved again when it was made in another).
    private func checked(_ format: XLSXCellFormat) throws -> Int? {
        let resolution = format.resolution
        if resolution.workbookID == ownerID { return resolution.style }
        return try workbook().style(for: resolution.format)
    }

    /// Writes `text` as a string cell, always: a text starting with `=` stays that text, never a formula.
    ///
    /// Text longer than 32,767 UTF-16 code units throws `XLSXError.stringTooLong` rather than being cut.
    /// An empty text writes a blank cell with `format`, or nothing with the default format.
    package func writeString(_ text: String, row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        try position(row: row, column: column)
        try checkText(text, row: row, column: column)
        try string(text, style: try workbook().style(for: format), row: row, column: column)
    }

    /// Writes a blank cell with `format`; with the default format there is nothing to write, as in Excel.
    package func writeBlank(row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        try position(row: row, column: column)
        guard let style = try workbook().style(for: format) else { return }
        put(.blank(style: style), row: row, column: column)
    }

    /// A string cell, or a blank for an empty text (nothing without a style), as `worksheet_write_string`.
    private func string(_ text: String, style: Int?, row: Int, column: Int) throws {
        if text.isEmpty {
            if let style { put(.blank(style: style), row: row, column: column) }
            return
        }
        put(.string(text, style: style), row: row, column: column)
    }

    /// The row the sheet holds (rows before it are written out).
    package var currentRow: Int? {
        life.isOpen ? row : nil
    }

    /// Checks that the workbook is open, that the cell lies in Excel's sheet and, when `inOrder`, that its row
    /// is not already written out.
    func position(row: Int, column: Int, inOrder: Bool = true) throws {
        try checkOpen()
        guard (0..<Self.rowCount).contains(row), (0..<Self.columnCount).contains(column) else {
            throw XLSXError.cellOutOfRange(path: path, sheet: name, row: row, column: column)
        }
        if inOrder, row < self.row {
            throw XLSXError.rowAlreadyWritten(path: path, sheet: name, row: row, currentRow: self.row)
        }
    }

    /// Throws once the workbook is closed, or once a later sheet was added (this one's XML is then being
    /// compressed).
    func checkOpen() throws {
        guard life.isOpen else { throw XLSXError.workbookClosed(path: path) }
        guard spool != nil else { throw XLSXError.sheetFinished(path: path, sheet: name) }
    }

    /// Throws when `text`, for the cell at `row` and `column`, is longer than Excel allows or holds a NUL.
    func checkText(_ text: String, row: Int, column: Int) throws {
        let length = text.utf16.count
        guard length <= Self.maximumStringLength else {
            throw XLSXError.stringTooLong(
                path: path, sheet: name, cell: Self.cellName(row: row, column: column), length: length)
        }
        if text.utf8.contains(0) {
            throw XLSXError.nulCharacter(
                path: path, field: "sheet '\(name)' cell \(Self.cellName(row: row, column: column))")
        }
    }

    /// Throws for NaN and the infinities.
    private func checkFinite(_ value: Double, row: Int, column: Int) throws {
        guard value.isFinite else {
            throw XLSXError.nonFiniteNumber(
                path: path, sheet: name, cell: Self.cellName(row: row, column: column), value: value)
        }
    }

    /// Extends the sheet's dimension by a cell (libxlsxwriter's `_check_dimensions`).
    func extend(row: Int?, column: Int?) {
        if let row {
            state.firstRow = min(state.firstRow, row)
            state.lastRow = max(state.lastRow, row)
        }
        if let column {
            state.firstColumn = min(state.firstColumn, column)
            state.lastColumn = max(state.lastColumn, column)
        }
    }

    /// Moves to `row`, writing out the current one first when `row` is later (`_get_row`).
    func moveTo(row: Int) {
        guard row > self.row, let spool else { return }
        writeRow(into: &spool.buffer)
        spool.flushIfFull()
        self.row = row
    }

    /// Stores `cell` at `row` and `column` of the current row, replacing a cell there.
    private func put(_ cell: Cell, row: Int, column: Int) {
        extend(row: row, column: column)
        moveTo(row: row)
        if column >= cells.count { cells.append(contentsOf: repeatElement(nil, count: column + 1 - cells.count)) }
        cells[column] = cell
        firstCell = min(firstCell, column)
        lastCell = max(lastCell, column)
    }

    /// Sets the current row's height and hidden flag (`worksheet_set_row`).
    func setRow(_ row: Int, height: Double, hidden: Bool) {
        extend(row: row, column: state.firstColumn == Int.max ? 0 : state.firstColumn)
        moveTo(row: row)
        rowHeight = height
        rowHidden = hidden
        rowChanged = true
    }

    /// The styles of the current row's cells (not yet written out).
    var pendingStyles: [Int] {
        guard lastCell >= 0 else { return [] }
        return cells[firstCell...lastCell].compactMap { cell -> Int? in
            switch cell {
            case .number(_, let style)?, .string(_, let style)?: style
            case .blank(let style)?: style
            case nil: nil
            }
        }
    }

    /// Writes out the current row into `buffer`, if it has cells or properties
    /// (`lxw_worksheet_write_single_row`). The last row of every sheet is written when the workbook is
    /// closed, sheet after sheet, as libxlsxwriter's packager does: styles first used there are numbered then.
    func writeRow(into buffer: inout [UInt8]) {
        let hasData = lastCell >= 0
        guard rowChanged || hasData else { return }
        buffer.append(contentsOf: "<row r=\"".utf8)
        buffer.appendDecimal(row + 1)
        buffer.append(UInt8(ascii: "\""))
        if rowHeight != 15 {
            buffer.append(contentsOf: " ht=\"".utf8)
            NumberText.printf16G(rowHeight) { buffer.append(contentsOf: $0) }
            buffer.append(UInt8(ascii: "\""))
        }
        if rowHidden { buffer.append(contentsOf: " hidden=\"1\"".utf8) }
        if rowHeight != 15 { buffer.append(contentsOf: " customHeight=\"1\"".utf8) }
        if !hasData {
            buffer.append(contentsOf: "/>".utf8)
        } else {
            buffer.append(UInt8(ascii: ">"))
            let reference = Array(String(row + 1).utf8)
            for column in firstCell...lastCell {
                guard let cell = cells[column].take() else { continue }  // moved out, not copied
                write(cell, column: column, row: reference, into: &buffer)
            }
            buffer.append(contentsOf: "</row>".utf8)
        }
        firstCell = Int.max
        lastCell = -1
        rowChanged = false
        rowHeight = 15
        rowHidden = false
    }

    /// The XF index of style `number`, from the sheet's copy once known.
    private func xfIndex(ofStyle number: Int) -> Int {
        if number < xfIndexes.count, xfIndexes[number] >= 0 { return xfIndexes[number] }
        let index = owner.xfIndex(ofStyle: number)
        if number >= xfIndexes.count { xfIndexes += repeatElement(-1, count: number + 1 - xfIndexes.count) }
        xfIndexes[number] = index
        return index
    }

    /// Appends one cell's XML (`_write_cell`): the style's XF index is fixed the first time a cell with it
    /// is written out, as libxlsxwriter numbers its styles.
    private func write(_ cell: Cell, column: Int, row: [UInt8], into buffer: inout [UInt8]) {
        buffer.append(contentsOf: "<c r=\"".utf8)
        buffer.appendColumn(column)
        buffer.append(contentsOf: row)
        buffer.append(UInt8(ascii: "\""))
        func style(_ style: Int?) {
            guard let style else { return }
            let index = xfIndex(ofStyle: style)
            guard index != 0 else { return }
            buffer.append(contentsOf: " s=\"".utf8)
            buffer.appendDecimal(index)
            buffer.append(UInt8(ascii: "\""))
        }
        switch cell {
        case .number(let value, let id):
            style(id)
            buffer.append(contentsOf: "><v>".utf8)
            XMLBytes.appendNumber(value, to: &buffer)
            buffer.append(contentsOf: "</v></c>".utf8)
        case .string(let text, let id):
            style(id)
            XMLBytes.appendCellText(text, to: &buffer)
        case .blank(let id):
            style(id)
            buffer.append(contentsOf: "/>".utf8)
        }
    }
}

extension [UInt8] {
    /// Appends `value` (not negative) in decimal.
    mutating func appendDecimal(_ value: Int) {
        if value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: every Int fits
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = value
            var index = buffer.count
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }

    /// Appends Excel's letters for a 0-based column.
    mutating func appendColumn(_ column: Int) {
        if column >= 26 { appendColumn(column / 26 - 1) }
        append(UInt8(65 + column % 26))
    }
}
