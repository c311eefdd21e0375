import Testing

@testable import CSVSupport

@Suite("CSVError messages")
struct CSVErrorTests {
    @Test(
        "each case renders FILE[:LINE:COLUMN]: what is wrong — what to do",
        arguments: [
            (
                CSVError.fileNotFound(path: "Data/raw/penduduk.csv"),
                "Data/raw/penduduk.csv: file not found — check the file name and the folder it is in"
            ),
            (
                CSVError.unreadable(path: "Data/raw/tksk.csv", reason: "Permission denied"),
                "Data/raw/tksk.csv: cannot read the file (Permission denied) — check that it is a readable file"
            ),
            (
                CSVError.unterminatedQuote(
                    path: "a.csv", line: 12, column: 3,
                    libcsvMessage: "error parsing data while strict checking enabled"),
                "a.csv:12:3: unterminated quoted field (libcsv: error parsing data while strict checking enabled)"
                    + " — close the quote that opens here, or remove it"
            ),
            (
                CSVError.libcsv(
                    path: "b.csv", line: 7, column: 1, message: "memory exhausted while increasing buffer size"),
                "b.csv:7:1: libcsv could not parse the file (memory exhausted while increasing buffer size)"
                    + " — check that it is a CSV text file"
            ),
        ])
    func message(error: CSVError, expected: String) {
        #expect(error.description == expected)
        #expect("\(error)" == expected)
    }

    @Test("libcsv's own words for its error codes")
    func libcsvMessages() {
        #expect(LibCSVStatus(1).message == "error parsing data while strict checking enabled")
        #expect(LibCSVStatus(2).message == "memory exhausted while increasing buffer size")
        #expect(LibCSVStatus(3).message == "data size too large")
    }
}
