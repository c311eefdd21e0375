import CXLSXWriter
import Foundation

/// An Excel workbook (`.xlsx`) being written with libxlsxwriter.
///
/// Add sheets, write their cells, then `close()`: libxlsxwriter writes nothing to disk before that. It
/// writes the workbook beside `path` under a hidden temporary name and `close()` renames it to `path` once
/// complete, so `path` never holds half a workbook. A workbook dropped without `close()` frees its memory
/// and temporary files and writes nothing.
///
/// libxlsxwriter prints its own `[ERROR]` line to stderr when `close()` fails; the checks made here before
/// calling it keep it quiet otherwise.
package final class XLSXWorkbook {
    /// Where `close()` puts the workbook.
    package let path: String
    /// How the workbook is built.
    package let options: XLSXWorkbookOptions
    /// Where libxlsxwriter writes the file before `close()` renames it to `path`.
    let partialPath: String
    /// libxlsxwriter's workbook; nil once closed (`workbook_close` frees it, whatever the outcome).
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    /// The sheets' names, in order, for Excel's uniqueness rule.
    package private(set) var sheetNames: [String] = []
    /// libxlsxwriter's sheets, for releasing their temporary files when the workbook is never closed.
    private var sheetHandles: [UnsafeMutablePointer<lxw_worksheet>] = []
    /// One libxlsxwriter format per distinct `XLSXFormat` used so far.
    private var formats = FormatCache()

    /// Starts a workbook that `close()` will write to `path`.
    ///
    /// Throws when the output folder or the temporary folder is not a writable folder (libxlsxwriter would
    /// only find out on `close()`), or when the creation date cannot be written.
    package init(
        path: String, properties: XLSXDocumentProperties, options: XLSXWorkbookOptions = XLSXWorkbookOptions()
    ) throws {
        let output = URL(fileURLWithPath: path)
        let partialPath = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString).partial").path
        let workbook = try options.makeWorkbook(
            path: path, writingTo: partialPath, outputFolder: output.deletingLastPathComponent().path)
        do {
            try properties.apply(to: workbook, path: path)
        } catch {
            lxw_workbook_free(workbook)
            throw error
        }
        self.path = path
        self.options = options
        self.partialPath = partialPath
        self.handle = workbook
    }

    /// Whether `close()` has been called (successfully or not).
    package var isClosed: Bool { handle == nil }

    /// Adds a sheet named `name`, after the ones added before.
    ///
    /// Throws `XLSXError.invalidSheetName` when the name breaks Excel's rules (see `XLSXSheetNameProblem`):
    /// 1 to 31 characters, none of `[ ] : * ? / \`, no apostrophe first or last, not `History`, and unlike
    /// every other sheet's name, ignoring case.
    package func addSheet(name: String) throws -> XLSXSheet {
        let workbook = try openHandle()
        if let problem = XLSXSheetNameProblem.check(name, existing: sheetNames) {
            throw XLSXError.invalidSheetName(path: path, name: name, problem: problem)
        }
        guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
            // With a valid name, libxlsxwriter fails only for memory or, row by row, its temporary file.
            let code = options.constantMemory ? LXW_ERROR_CREATING_TMPFILE : LXW_ERROR_MEMORY_MALLOC_FAILED
            throw LibXLSX.error(code, path: path, operation: "add sheet '\(name)'")
        }
        sheetNames.append(name)
        sheetHandles.append(sheet)
        return XLSXSheet(workbook: self, handle: sheet, name: name)
    }

    /// Writes the workbook to `path` and frees it; afterwards the workbook and its sheets take nothing more.
    ///
    /// A workbook without sheets gets libxlsxwriter's empty `Sheet1`. On failure nothing is left at `path`
    /// (an older file there stays as it was) and the error says what libxlsxwriter reported.
    package func close() throws {
        let workbook = try openHandle()
        closeRowFiles(ofEmptySheetsOnly: true)
        handle = nil
        sheetHandles = []
        let code = inCLocale { workbook_close(workbook) }
        guard code == LXW_NO_ERROR else {
            unlink(partialPath)
            throw LibXLSX.error(code, path: path, operation: "write the workbook")
        }
        guard rename(partialPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(partialPath)
            throw XLSXError.moveFailed(path: path, reason: reason)
        }
    }

    /// libxlsxwriter's workbook, or `XLSXError.workbookClosed` once closed.
    func openHandle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError.workbookClosed(path: path) }
        return handle
    }

    /// libxlsxwriter's format for `format` (nil for the default style), made on first use.
    func formatPointer(for format: XLSXFormat) throws -> UnsafeMutablePointer<lxw_format>? {
        try formats.pointer(for: format, in: openHandle(), path: path)
    }

    /// `format` resolved to this workbook's style, made now if it is the first use: cells written with
    /// the result skip looking the format up again. Resolve it when its first cell is written (not
    /// ahead), so styles keep the numbering of their first use.
    package func cellFormat(_ format: XLSXFormat) throws -> XLSXCellFormat {
        XLSXCellFormat(
            resolution: .init(format: format, pointer: try formatPointer(for: format), workbook: self))
    }

    /// Whether ``withCLocale(_:)`` holds the "C" locale on the calling thread, so each call into
    /// libxlsxwriter need not switch to it.
    private(set) var holdsCLocale = false

    /// Runs `body` (which writes cells and may ``close()`` the workbook) with the thread in the "C"
    /// locale once, instead of switching locale around every call into libxlsxwriter; the thread's
    /// locale is restored afterwards. The workbook and its sheets are used on this thread only.
    package func withCLocale<Result>(_ body: () throws -> Result) rethrows -> Result {
        if holdsCLocale { return try body() }
        return try LibXLSX.inCLocale {
            holdsCLocale = true
            defer { holdsCLocale = false }
            return try body()
        }
    }

    /// Runs libxlsxwriter's `call` in the "C" locale: directly inside ``withCLocale(_:)``, else
    /// switching to it around the call.
    func inCLocale<Result>(_ call: () throws -> Result) rethrows -> Result {
        if holdsCLocale { return try call() }
        return try LibXLSX.inCLocale(call)
    }

    /// The number of distinct formats made so far.
    var formatCount: Int { formats.count }

    /// Frees a workbook never closed: its memory and its sheets' temporary files; nothing is written.
    deinit {
        guard let handle else { return }
        closeRowFiles(ofEmptySheetsOnly: false)
        lxw_workbook_free(handle)
    }

    /// Closes the constant-memory row files libxlsxwriter would leave open (1.1.4, still so in 1.2.3):
    /// `lxw_workbook_free` closes none, and `workbook_close` only those it copies rows from, so not the file
    /// of a sheet without any row. Each file is already removed from its folder; closing frees its space.
    private func closeRowFiles(ofEmptySheetsOnly emptyOnly: Bool) {
        for sheet in sheetHandles {
            guard let rows = sheet.pointee.optimize_tmpfile else { continue }
            if emptyOnly && sheet.pointee.dim_rowmin != lxw_row_t(LXW_ROW_MAX) { continue }
            fclose(rows)
            sheet.pointee.optimize_tmpfile = nil
            sheet.pointee.file = nil
        }
    }
}

/// A cell format already resolved to one workbook's style (``XLSXWorkbook/cellFormat(_:)``), for
/// writing many cells without looking the format up for each.
///
/// Used with a sheet of another workbook, it is resolved again in that workbook, as an ``XLSXFormat`` is.
package struct XLSXCellFormat {
    /// What was resolved, in one object: a copy of the format costs one reference count.
    final class Resolution {
        /// The format.
        let format: XLSXFormat
        /// libxlsxwriter's format in ``workbook``; nil for the default style.
        let pointer: UnsafeMutablePointer<lxw_format>?
        /// The workbook the pointer belongs to (kept alive, so its identity is never another's).
        let workbook: XLSXWorkbook

        /// `format` resolved to `pointer` in `workbook`.
        init(format: XLSXFormat, pointer: UnsafeMutablePointer<lxw_format>?, workbook: XLSXWorkbook) {
            self.format = format
            self.pointer = pointer
            self.workbook = workbook
        }
    }

    /// What was resolved.
    let resolution: Resolution
}
