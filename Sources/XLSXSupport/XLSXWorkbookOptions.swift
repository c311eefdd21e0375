import CXLSXWriter
import Foundation

/// How libxlsxwriter builds a workbook: in memory or row by row, and where its temporary files go.
package struct XLSXWorkbookOptions: Hashable, Sendable {
    /// libxlsxwriter's `constant_memory` mode: each sheet keeps only its current row in memory and streams
    /// finished rows to a temporary file.
    ///
    /// Memory then stays flat however many rows a sheet has, at a price:
    /// - rows must be written top to bottom: a cell, blank, merge, row height or comment in a row before the
    ///   current one throws `XLSXError.rowAlreadyWritten` (libxlsxwriter would call it an index out of range,
    ///   or drop it silently inside a merge), and so does an autofilter whose last row is before it;
    /// - strings are written inline in each cell (`t="inlineStr"`), not as shared strings, so a sheet that
    ///   repeats the same texts makes a larger file;
    /// - each sheet holds an open temporary file until `close()`.
    ///
    /// Off (the default), cells may come in any order and stay in memory until `close()`, about 115 bytes
    /// a cell. Measured for 42,000 rows × 20 numbers (release build): 119 MB peak off, 22 MB on; about
    /// 1.3–1.6 s either way, most of it libxlsxwriter's zlib compression and `printf` of the numbers.
    package var constantMemory: Bool

    /// The folder for libxlsxwriter's temporary files; nil uses the output file's folder.
    ///
    /// libxlsxwriter writes every part of the workbook to a temporary file before zipping them (and, in
    /// constant-memory mode, each sheet's rows as they are written). It removes each file from the folder as
    /// soon as it opens it, so nothing is left behind even if the process dies; the space is used until the
    /// workbook is closed. Without this folder, libxlsxwriter would use `TMPDIR` or `/tmp`, which may be a
    /// small RAM disk.
    package var temporaryDirectory: String?

    /// Creates the options; by default the workbook is kept in memory and temporary files go beside it.
    package init(constantMemory: Bool = false, temporaryDirectory: String? = nil) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
    }

    /// libxlsxwriter's workbook for `path`, writing to `partialPath` with these options, after checking that
    /// the output folder and the temporary folder (by default the output folder) are writable folders:
    /// libxlsxwriter would find out only on `close()`.
    func makeWorkbook(
        path: String, writingTo partialPath: String, outputFolder: String
    ) throws -> UnsafeMutablePointer<lxw_workbook> {
        guard Self.isWritableFolder(outputFolder) else {
            throw XLSXError.unwritableFolder(path: path, folder: outputFolder, role: "output folder")
        }
        let temporary = temporaryDirectory ?? outputFolder
        guard Self.isWritableFolder(temporary) else {
            throw XLSXError.unwritableFolder(path: path, folder: temporary, role: "temporary folder")
        }
        var cOptions = lxw_workbook_options()
        cOptions.constant_memory = constantMemory ? 1 : 0
        let workbook = try LibXLSX.withCString(temporary, path: path, field: "the temporary folder") { folder in
            try LibXLSX.withCString(partialPath, path: path, field: "the path") { file in
                cOptions.tmpdir = UnsafeMutablePointer(mutating: folder)
                return workbook_new_opt(file, &cOptions)  // copies both strings
            }
        }
        guard let workbook else {
            throw LibXLSX.error(LXW_ERROR_MEMORY_MALLOC_FAILED, path: path, operation: "start the workbook")
        }
        return workbook
    }

    /// Whether `folder` is a folder this process may create files in.
    private static func isWritableFolder(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            && access(folder, W_OK | X_OK) == 0
    }
}
