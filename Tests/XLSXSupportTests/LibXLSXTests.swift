import CXLSXWriter
import CapplanTestSupport
import Foundation
import Testing

@testable import XLSXSupport

@Suite("LibXLSX")
struct LibXLSXTests {
    @Test("libxlsxwriter's own words for its error codes")
    func messages() {
        #expect(LibXLSX.message(forCode: 1) == "Memory error, failed to malloc() required memory.")
        #expect(LibXLSX.message(forCode: 2) == "Error creating output xlsx file. Usually a permissions error.")
        #expect(LibXLSX.message(forCode: 3) == "Error encountered when creating a tmpfile during file assembly.")
        #expect(
            LibXLSX.message(forCode: Int(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED.rawValue))
                == "String exceeds Excel's limit of 32,767 characters.")
        #expect(LibXLSX.message(forCode: 99) == "unknown error")
    }

    @Test("every error code has advice, and the checks turn codes into XLSXError.library")
    func advice() throws {
        for code in 1..<Int(LXW_MAX_ERRNO.rawValue) { #expect(!LibXLSX.advice(forCode: code).isEmpty) }
        #expect(LibXLSX.advice(forCode: 3) == "check that the temporary folder exists, is writable and has free space")
        try LibXLSX.check(LXW_NO_ERROR, path: "o.xlsx", operation: "x")
        #expect(
            throws: XLSXError.library(path: "o.xlsx", operation: "x", code: 2, message: LibXLSX.message(forCode: 2))
        ) {
            try LibXLSX.check(LXW_ERROR_CREATING_XLSX_FILE, path: "o.xlsx", operation: "x")
        }
    }

    /// A compiled id_ID locale (decimal comma), made with localedef; nil where Debian's locales data is absent.
    nonisolated(unsafe) static let indonesian: locale_t? = {
        guard FileManager.default.fileExists(atPath: "/usr/share/i18n/locales/id_ID"),
            let folder = try? TemporaryFolder("capplan-xlsx-locales"),
            (try? XLSXTestFiles.run("/usr/bin/localedef", ["-i", "id_ID", "-f", "UTF-8", folder.file("id_ID.UTF-8")]))
                != nil
        else { return nil }
        setenv("LOCPATH", folder.path, 1)
        defer {
            unsetenv("LOCPATH")
            folder.remove()  // newlocale has read (mapped) the files
        }
        return newlocale(1 << LC_NUMERIC, "id_ID.UTF-8", nil)
    }()

    @Test(
        "numbers are written with a decimal point even when the thread's locale uses a comma",
        .enabled(if: indonesian != nil, "needs Debian's locales data and localedef"))
    func decimalPoint() throws {
        let indonesian: locale_t = try #require(Self.indonesian)
        let previous = uselocale(indonesian)
        defer { uselocale(previous) }
        #expect(String(cString: localeconv().pointee.decimal_point) == ",")
        for constantMemory in [false, true] {
            let book = try XLSXTestFiles.write(options: XLSXWorkbookOptions(constantMemory: constantMemory)) { sheet in
                try sheet.writeNumber(1234.5, row: 0, column: 0)
                try sheet.setRowHeight(20.5, row: 0)
            }
            #expect(book[XLSXSheetTests.sheetPart].contains("<v>1234.5</v>"))
            #expect(book[XLSXSheetTests.sheetPart].contains(#"ht="20.5""#))
        }
    }
}
