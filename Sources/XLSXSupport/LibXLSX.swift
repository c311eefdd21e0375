import CXLSXWriter
import Glibc

/// libxlsxwriter's error codes and C conventions, seen from Swift.
enum LibXLSX {
    /// libxlsxwriter's own words for `code` (`lxw_strerror`).
    static func message(forCode code: Int) -> String {
        guard code >= 0, code < Int(LXW_MAX_ERRNO.rawValue) else { return "unknown error" }
        return String(cString: lxw_strerror(lxw_error(rawValue: UInt32(code))))
    }

    /// What the user can do about `code`, for `XLSXError.library`.
    static func advice(forCode code: Int) -> String {
        switch lxw_error(rawValue: UInt32(clamping: code)) {
        case LXW_ERROR_MEMORY_MALLOC_FAILED:
            "free memory, or open the workbook with constantMemory"
        case LXW_ERROR_CREATING_XLSX_FILE:
            "check that the output folder exists and is writable"
        case LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE:
            "check that the temporary folder exists, is writable and has free space"
        case LXW_ERROR_ZIP_BAD_ZIP_FILE:
            "the workbook may be too large for a ZIP file without ZIP64; split it into several workbooks"
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_INTERNAL_ERROR,
            LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE:
            "check the free space in the output folder"
        default:
            "this is a bug in the program writing the workbook; please report it"
        }
    }

    /// Throws `XLSXError.library` unless `code` is `LXW_NO_ERROR`.
    static func check(_ code: lxw_error, path: String, operation: String) throws {
        guard code != LXW_NO_ERROR else { return }
        throw error(code, path: path, operation: operation)
    }

    /// The error libxlsxwriter would give for `code`, for checks made before calling it.
    static func error(_ code: lxw_error, path: String, operation: String) -> XLSXError {
        let number = Int(code.rawValue)
        return .library(path: path, operation: operation, code: number, message: message(forCode: number))
    }

    /// Calls `body` with `text` as a C string, or throws when `text` holds a NUL that would cut it short.
    static func withCString<Result>(
        _ text: String, path: String, field: @autoclosure () -> String,
        _ body: (UnsafePointer<CChar>) throws -> Result
    ) throws -> Result {
        if containsNul(text) { throw XLSXError.nulCharacter(path: path, field: field()) }
        return try text.withCString(body)
    }

    /// Whether `text` holds a NUL: `memchr` over its UTF-8 bytes when they are contiguous (every cell's text).
    static func containsNul(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, 0, bytes.count) != nil
        }
        return found ?? text.utf8.contains(0)
    }

    /// The "C" locale, in which libxlsxwriter must format its numbers (`LC_NUMERIC_MASK` is not imported;
    /// without a base locale, the other categories are "C" too).
    nonisolated(unsafe) private static let cLocale: locale_t? = newlocale(1 << LC_NUMERIC, "C", nil)

    /// Runs `body` in the "C" locale on this thread, then restores the thread's locale.
    ///
    /// libxlsxwriter 1.1.4 as built by Debian formats numbers with `snprintf("%.16G")`, which follows
    /// `LC_NUMERIC`: under a locale such as id_ID it writes `<v>1234,5</v>` and Excel rejects the file.
    static func inCLocale<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard let cLocale else { return try body() }
        let previous = uselocale(cLocale)
        defer { uselocale(previous) }
        return try body()
    }
}
