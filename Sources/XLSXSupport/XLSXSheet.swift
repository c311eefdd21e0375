import CXLSXWriter

/// One sheet of an `XLSXWorkbook`: cells, comments and layout, addressed by 0-based row and column.
///
/// Every method checks its arguments against Excel's limits and throws `XLSXError` instead of letting
/// libxlsxwriter assert, warn on stderr or write a file Excel would repair. A sheet keeps its workbook
/// alive; once the workbook is closed every method throws `XLSXError.workbookClosed`.
package final class XLSXSheet {
    /// Excel's number of rows in a sheet; row indices run from 0 to 1,048,575.
    package static let rowCount = 1_048_576
    /// Excel's number of columns in a sheet; column indices run from 0 (A) to 16,383 (XFD).
    package static let columnCount = 16_384
    /// Excel's longest text in a cell or comment, in UTF-16 code units; longer text is an error, not cut.
    package static let maximumStringLength = 32_767

    /// The sheet's name, as shown on its tab.
    package let name: String
    /// The workbook the sheet belongs to.
    let workbook: XLSXWorkbook
    /// libxlsxwriter's sheet, owned by the workbook's handle.
    let handle: UnsafeMutablePointer<lxw_worksheet>
    /// The ranges merged so far, to refuse overlaps that Excel would repair.
    var mergedRanges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []

    /// Wraps libxlsxwriter's sheet `handle`, named `name`, of `workbook`.
    init(workbook: XLSXWorkbook, handle: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.handle = handle
        self.name = name
    }

    /// Excel's name of a cell, such as `A1` or `XFD1048576`, from 0-based indices inside the sheet.
    package static func cellName(row: Int, column: Int) -> String {
        var letters = ""
        var number = column + 1
        while number > 0 {
            let digit = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            number = (number - 1) / 26
        }
        return letters + String(row + 1)
    }

    /// Writes the number `value` as a number cell (`<c><v>value</v></c>`).
    ///
    /// libxlsxwriter writes it with 16 significant digits (`%.16G`): 0.1 + 0.2 is stored as 0.3. NaN and
    /// the infinities throw `XLSXError.nonFiniteNumber`: Excel has no such numbers.
    package func writeNumber(_ value: Double, row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        guard value.isFinite else {
            throw XLSXError.nonFiniteNumber(
                path: workbook.path, sheet: name, cell: Self.cellName(row: row, column: column), value: value)
        }
        let cFormat = try workbook.formatPointer(for: format)
        try perform("write cell \(Self.cellName(row: row, column: column))") {
            worksheet_write_number(handle, cRow, cColumn, value, cFormat)
        }
    }

    /// Writes the number `value` with a format resolved beforehand (``XLSXWorkbook/cellFormat(_:)``);
    /// otherwise as the `writeNumber` taking an ``XLSXFormat``.
    package func writeNumber(_ value: Double, row: Int, column: Int, format: XLSXCellFormat) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        guard value.isFinite else {
            throw XLSXError.nonFiniteNumber(
                path: workbook.path, sheet: name, cell: Self.cellName(row: row, column: column), value: value)
        }
        let cFormat = try checked(format)
        try perform("write cell \(Self.cellName(row: row, column: column))") {
            worksheet_write_number(handle, cRow, cColumn, value, cFormat)
        }
    }

    /// Writes `text` as a string cell with a format resolved beforehand (``XLSXWorkbook/cellFormat(_:)``);
    /// otherwise as the `writeString` taking an ``XLSXFormat``.
    package func writeString(_ text: String, row: Int, column: Int, format: XLSXCellFormat) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        try checkLength(of: text, row: row, column: column)
        let cFormat = try checked(format)
        let cell = { Self.cellName(row: row, column: column) }  // named only in errors
        try LibXLSX.withCString(text, path: workbook.path, field: "sheet '\(name)' cell \(cell())") { string in
            try perform("write cell \(cell())") { worksheet_write_string(handle, cRow, cColumn, string, cFormat) }
        }
    }

    /// `format` resolved in the sheet's workbook (``XLSXWorkbook/cellFormat(_:)``).
    package func cellFormat(_ format: XLSXFormat) throws -> XLSXCellFormat { try workbook.cellFormat(format) }

    /// The libxlsxwriter format of `format` in this sheet's workbook (resolved again when it was made in another).
    private func checked(_ format: XLSXCellFormat) throws -> UnsafeMutablePointer<lxw_format>? {
        let resolution = format.resolution
        if resolution.workbook === workbook { return resolution.pointer }
        return try workbook.formatPointer(for: resolution.format)
    }

    /// Writes `text` as a string cell, always: a text starting with `=` stays that text, never a formula.
    ///
    /// Text longer than 32,767 UTF-16 code units throws `XLSXError.stringTooLong` rather than being cut.
    /// An empty text writes a blank cell with `format`, or nothing with the default format.
    package func writeString(_ text: String, row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        try checkLength(of: text, row: row, column: column)
        let cFormat = try workbook.formatPointer(for: format)
        let cell = { Self.cellName(row: row, column: column) }  // named only in errors
        try LibXLSX.withCString(text, path: workbook.path, field: "sheet '\(name)' cell \(cell())") { string in
            try perform("write cell \(cell())") { worksheet_write_string(handle, cRow, cColumn, string, cFormat) }
        }
    }

    /// Writes a blank cell with `format`; with the default format there is nothing to write, as in Excel.
    package func writeBlank(row: Int, column: Int, format: XLSXFormat = XLSXFormat()) throws {
        let (cRow, cColumn) = try position(row: row, column: column)
        let cFormat = try workbook.formatPointer(for: format)
        try perform("write cell \(Self.cellName(row: row, column: column))") {
            worksheet_write_blank(handle, cRow, cColumn, cFormat)
        }
    }

    /// The row libxlsxwriter holds in constant-memory mode (rows before it are written out); nil otherwise.
    package var currentRow: Int? {
        guard workbook.options.constantMemory, !workbook.isClosed else { return nil }
        return Int(handle.pointee.optimize_row.pointee.row_num)
    }

    /// libxlsxwriter's indices for a cell, after checking that the workbook is open, that the cell lies in
    /// Excel's sheet and, in constant-memory mode when `inOrder`, that its row is not already written out.
    func position(row: Int, column: Int, inOrder: Bool = true) throws -> (lxw_row_t, lxw_col_t) {
        _ = try workbook.openHandle()
        guard (0..<Self.rowCount).contains(row), (0..<Self.columnCount).contains(column) else {
            throw XLSXError.cellOutOfRange(path: workbook.path, sheet: name, row: row, column: column)
        }
        if inOrder, let currentRow, row < currentRow {
            throw XLSXError.rowAlreadyWritten(path: workbook.path, sheet: name, row: row, currentRow: currentRow)
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// Throws when `text`, for the cell at `row` and `column`, is longer than Excel allows.
    func checkLength(of text: String, row: Int, column: Int) throws {
        let length = text.utf16.count
        guard length <= Self.maximumStringLength else {
            throw XLSXError.stringTooLong(
                path: workbook.path, sheet: name, cell: Self.cellName(row: row, column: column), length: length)
        }
    }

    /// Runs libxlsxwriter's `call` in the "C" locale (a constant-memory sheet writes out rows as it goes)
    /// and turns its error code into `XLSXError.library`, naming `operation`.
    func perform(_ operation: @autoclosure () -> String, _ call: () -> lxw_error) throws {
        let code = workbook.inCLocale(call)
        guard code == LXW_NO_ERROR else {
            throw LibXLSX.error(code, path: workbook.path, operation: "\(operation()) of sheet '\(name)'")
        }
    }
}
