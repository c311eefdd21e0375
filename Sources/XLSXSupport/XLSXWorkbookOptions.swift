import Foundation

/// Where a workbook keeps its sheets' rows until it is written.
///
/// A sheet holds only its current row in memory and writes finished rows to a temporary file, as
/// libxlsxwriter's constant-memory mode did, so memory stays flat however many rows a sheet has; once the
/// sheet is finished (the next one added, or the workbook closed) its compressed bytes go to another
/// temporary file until `close()` copies them into the zip. Each file is removed from its folder as soon as
/// it is opened, so nothing is left behind even if the process dies; its space is used until then.
package struct XLSXWorkbookOptions: Hashable, Sendable {
    /// The folder for the sheets' temporary files; nil uses the output file's folder (not `TMPDIR` or
    /// `/tmp`, which may be a small RAM disk).
    package var temporaryDirectory: String?

    /// Creates the options; by default temporary files go beside the workbook.
    package init(temporaryDirectory: String? = nil) {
        self.temporaryDirectory = temporaryDirectory
    }

    /// Whether `folder` is a folder this process may create files in.
    static func isWritableFolder(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
            && access(folder, W_OK | X_OK) == 0
    }
}
