import CapplanErrors

/// Why a workbook could not be built or written.
///
/// `description` is the message for the user: `PATH: where: what is wrong — what to do` (``message``). Cells are named as
/// in Excel (`B7`, `A1:C1`) when they lie inside the sheet; indices outside it are shown 0-based, as passed.
package enum XLSXError: CapplanFailure, Equatable, Sendable {
    /// The sheet name breaks one of Excel's rules.
    case invalidSheetName(path: String, name: String, problem: XLSXSheetNameProblem)
    /// A row or column index is negative or beyond Excel's 1,048,576 rows × 16,384 columns (0-based indices).
    case cellOutOfRange(path: String, sheet: String, row: Int, column: Int)
    /// `row` comes before `currentRow`, which the sheet has already moved past (rows are written in order).
    case rowAlreadyWritten(path: String, sheet: String, row: Int, currentRow: Int)
    /// A string or comment longer than Excel's 32,767 characters (counted in UTF-16 code units, as Excel does).
    case stringTooLong(path: String, sheet: String, cell: String, length: Int)
    /// Text with a NUL character, which Excel cannot store; `field` says which text.
    case nulCharacter(path: String, field: String)
    /// NaN or an infinity: Excel has no such number, and the file would not open.
    case nonFiniteNumber(path: String, sheet: String, cell: String, value: Double)
    /// A merge of a single cell, which Excel does not allow.
    case mergeOfOneCell(path: String, sheet: String, cell: String)
    /// A merge overlapping `merged`, a range merged before on the same sheet.
    case mergeOverlaps(path: String, sheet: String, range: String, merged: String)
    /// A column width or row height outside what Excel allows (`what` says which, `limit` the maximum).
    case invalidSize(path: String, sheet: String, what: String, value: Double, limit: Double)
    /// A cell format the file cannot keep as given; `reason` says why.
    case invalidFormat(path: String, format: String, reason: String)
    /// A creation date that cannot be written (the epoch itself, which libxlsxwriter took for "now", or after
    /// 9999).
    case invalidCreationDate(path: String, secondsSince1970: Double)
    /// The output or temporary folder (`role` says which) is missing or not writable.
    case unwritableFolder(path: String, folder: String, role: String)
    /// The finished workbook could not be renamed from its temporary name to `path`; `reason` is the system's.
    case moveFailed(path: String, reason: String)
    /// The workbook is closed (or failed to close): it takes no more sheets, cells or `close()`.
    case workbookClosed(path: String)
    /// A sheet written to after a later sheet was added: its XML is already being compressed.
    case sheetFinished(path: String, sheet: String)
    /// Writing a temporary file or the workbook failed; `reason` is the system's (or says what is too large).
    case writeFailed(path: String, operation: String, reason: String)

    /// Where (the workbook's path), what is wrong, and what to do.
    package var message: ProblemMessage {
        switch self {
        case .invalidSheetName(let path, let name, let problem):
            ProblemMessage(file: path, "sheet name '\(name)' \(problem)", remedy: "choose another name")
        case .cellOutOfRange(let path, let sheet, let row, let column):
            ProblemMessage(
                file: path,
                "sheet '\(sheet)': row \(row), column \(column) (0-based) lies outside Excel's sheet of"
                    + " 1,048,576 rows × 16,384 columns", remedy: "split the data over several sheets")
        case .rowAlreadyWritten(let path, let sheet, let row, let currentRow):
            ProblemMessage(
                file: path,
                "sheet '\(sheet)': row \(row + 1) comes after row \(currentRow + 1) was written, and a"
                    + " workbook writes rows in order",
                remedy: "write the rows top to bottom")
        case .stringTooLong(let path, let sheet, let cell, let length):
            ProblemMessage(
                file: path,
                "sheet '\(sheet)' cell \(cell): text of \(length) characters is longer than Excel's 32,767",
                remedy: "shorten it")
        case .nulCharacter(let path, let field):
            ProblemMessage(
                file: path, "\(field) holds a NUL character, which Excel cannot store", remedy: "remove it")
        case .nonFiniteNumber(let path, let sheet, let cell, let value):
            ProblemMessage(
                file: path, "sheet '\(sheet)' cell \(cell): \(value) is not a number Excel can store",
                remedy: "write a blank or a text instead")
        case .mergeOfOneCell(let path, let sheet, let cell):
            ProblemMessage(
                file: path, "sheet '\(sheet)': merging \(cell) alone",
                remedy: "Excel merges two cells or more; write the cell")
        case .mergeOverlaps(let path, let sheet, let range, let merged):
            ProblemMessage(
                file: path, "sheet '\(sheet)': merging \(range) overlaps \(merged), merged before",
                remedy: "Excel would repair the file; merge ranges that do not overlap")
        case .invalidSize(let path, let sheet, let what, let value, let limit):
            ProblemMessage(
                file: path, "sheet '\(sheet)': \(what) \(value) is not between 0 and \(limit)",
                remedy: "use a size in that range")
        case .invalidFormat(let path, let format, let reason):
            ProblemMessage(file: path, "cell format \(format): \(reason)")
        case .invalidCreationDate(let path, let seconds):
            ProblemMessage(
                file: path,
                "creation date \(seconds) s after 1970-01-01T00:00:00Z cannot be written"
                    + " (0, the epoch itself, would read as \"now\")",
                remedy: "use a date from 1970-01-01T00:00:01Z to 9999-12-31")
        case .unwritableFolder(let path, let folder, let role):
            ProblemMessage(
                file: path, "the \(role) \(folder) is missing or not writable",
                remedy: "create it or choose another folder")
        case .moveFailed(let path, let reason):
            ProblemMessage(
                file: path, "cannot put the finished workbook in place (\(reason))",
                remedy: "check that nothing else is at that path and that the folder is writable")
        case .workbookClosed(let path):
            ProblemMessage(
                file: path, "the workbook is already closed", remedy: "create a new XLSXWorkbook to write again")
        case .sheetFinished(let path, let sheet):
            ProblemMessage(
                file: path, "sheet '\(sheet)' is finished: a later sheet was added",
                remedy: "write each sheet whole before adding the next")
        case .writeFailed(let path, let operation, let reason):
            ProblemMessage(
                file: path, "could not \(operation) (\(reason))",
                remedy: "check the free space and permissions of the output and temporary folders")
        }
    }

    /// The workbook cannot be written (73).
    package var exitStatus: ExitStatus { .cantCreate }
}
