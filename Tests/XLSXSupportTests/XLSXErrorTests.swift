import Testing

@testable import XLSXSupport

@Suite("XLSXError messages")
struct XLSXErrorTests {
    @Test(
        "each case renders PATH: where: what is wrong — what to do",
        arguments: [
            (
                XLSXError.rowAlreadyWritten(path: "o.xlsx", sheet: "Data", row: 4, currentRow: 9),
                "o.xlsx: sheet 'Data': row 5 comes after row 10 was written, and a constant-memory workbook writes"
                    + " rows in order — write the rows top to bottom, or turn constantMemory off"
            ),
            (
                XLSXError.invalidCreationDate(path: "o.xlsx", secondsSince1970: 0),
                "o.xlsx: creation date 0.0 s after 1970-01-01T00:00:00Z cannot be written (libxlsxwriter replaces 0"
                    + " by the clock) — use a date from 1970-01-01T00:00:01Z to 9999-12-31"
            ),
            (
                XLSXError.unwritableFolder(path: "o.xlsx", folder: "/tmp/x", role: "temporary folder"),
                "o.xlsx: the temporary folder /tmp/x is missing or not writable — create it or choose another folder"
            ),
            (
                XLSXError.library(path: "o.xlsx", operation: "write the workbook", code: 7, message: "Zip error"),
                "o.xlsx: libxlsxwriter could not write the workbook (error 7: Zip error) — the workbook may be too"
                    + " large for a ZIP file without ZIP64; split it into several workbooks"
            ),
            (
                XLSXError.library(path: "o.xlsx", operation: "add sheet 'A'", code: 1, message: "Memory error"),
                "o.xlsx: libxlsxwriter could not add sheet 'A' (error 1: Memory error) — free memory, or open the"
                    + " workbook with constantMemory"
            ),
            (
                XLSXError.nulCharacter(path: "o.xlsx", field: "the document title"),
                "o.xlsx: the document title holds a NUL character, which Excel cannot store — remove it"
            ),
        ])
    func message(error: XLSXError, expected: String) {
        #expect(error.description == expected)
        #expect("\(error)" == expected)
    }
}
