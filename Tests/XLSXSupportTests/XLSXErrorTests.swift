import Testing

@testable import XLSXSupport

@Suite("XLSXError messages")
struct XLSXErrorTests {
    /// Each error and its message.
    static let cases: [(XLSXError, String)] = [
        (
            XLSXError.rowAlreadyWritten(path: "o.xlsx", sheet: "Data", row: 4, currentRow: 9),
            "o.xlsx: sheet 'Data': row 5 comes after row 10 was written, and a workbook writes rows in order"
                + " — write the rows top to bottom"
        ),
        (
            XLSXError.invalidCreationDate(path: "o.xlsx", secondsSince1970: 0),
            "o.xlsx: creation date 0.0 s after 1970-01-01T00:00:00Z cannot be written (0, the epoch itself,"
                + " would read as \"now\") — use a date from 1970-01-01T00:00:01Z to 9999-12-31"
        ),
        (
            XLSXError.unwritableFolder(path: "o.xlsx", folder: "/tmp/x", role: "temporary folder"),
            "o.xlsx: the temporary folder /tmp/x is missing or not writable — create it or choose another folder"
        ),
        (
            XLSXError.writeFailed(
                path: "o.xlsx", operation: "write the workbook",
                reason: "it needs more than the 4 GiB of a zip without ZIP64; split it into several workbooks"),
            "o.xlsx: could not write the workbook (it needs more than the 4 GiB of a zip without ZIP64; split it"
                + " into several workbooks) — check the free space and permissions of the output and temporary"
                + " folders"
        ),
        (
            XLSXError.writeFailed(path: "o.xlsx", operation: "write the workbook", reason: "No space left on device"),
            "o.xlsx: could not write the workbook (No space left on device) — check the free space and"
                + " permissions of the output and temporary folders"
        ),
        (
            XLSXError.sheetFinished(path: "o.xlsx", sheet: "Data"),
            "o.xlsx: sheet 'Data' is finished: a later sheet was added — write each sheet whole before adding"
                + " the next"
        ),
        (
            XLSXError.nulCharacter(path: "o.xlsx", field: "the document title"),
            "o.xlsx: the document title holds a NUL character, which Excel cannot store — remove it"
        ),
    ]

    @Test(
        "each case renders PATH: where: what is wrong — what to do",
        arguments: Self.cases)
    func message(error: XLSXError, expected: String) {
        #expect(error.description == expected)
        #expect("\(error)" == expected)
    }
}
