import CapplanErrors

/// Fatal reader errors (docs/INPUTS.md "Fatal errors": they stop the run).
///
/// `description` is the rendered message `FILE:LINE:COLUMN: what is wrong — what to do`; errors
/// about the whole file name only the file.
package enum CSVError: CapplanFailure, Equatable, Sendable {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The file exists but could not be opened or read; `reason` is the system's (`strerror`).
    case unreadable(path: String, reason: String)
    /// A quoted field, field `column` of the record that starts on `line` (its first physical line, even
    /// when the quote opens on a later one), is still open at the end of the file.
    case unterminatedQuote(path: String, line: Int, column: Int, libcsvMessage: String)
    /// libcsv failed otherwise (out of memory, field too big) in the record that starts on `line`, field `column`.
    case libcsv(path: String, line: Int, column: Int, message: String)
    /// A cell that starts at `line`, field `column`, is longer than `limit` bytes (`CSVReader.maximumCellBytes`):
    /// no input of capplan holds one, and reading on would hold it in memory whole.
    case cellTooLong(path: String, line: Int, column: Int, limit: Int)
    /// The file is UTF-16 text (told by its byte-order mark, or by a zero byte beside each ASCII byte
    /// of its start): capplan reads UTF-8 (or Windows-1252), and would see only one column.
    case utf16(path: String, bigEndian: Bool)

    /// Where, what is wrong, and what to do.
    package var message: ProblemMessage {
        switch self {
        case .fileNotFound(let path):
            ProblemMessage(file: path, "file not found", remedy: "check the file name and the folder it is in")
        case .unreadable(let path, let reason):
            ProblemMessage(
                file: path, "cannot read the file (\(reason))", remedy: "check that it is a readable file")
        case .unterminatedQuote(let path, let line, let column, let libcsvMessage):
            ProblemMessage(
                SourceLocation(path, line: line, column: column),
                "unterminated quoted field (libcsv: \(libcsvMessage))",
                remedy: "close the quote that opens here, or remove it")
        case .libcsv(let path, let line, let column, let message):
            ProblemMessage(
                SourceLocation(path, line: line, column: column), "libcsv could not parse the file (\(message))",
                remedy: "check that it is a CSV text file")
        case .cellTooLong(let path, let line, let column, let limit):
            ProblemMessage(
                SourceLocation(path, line: line, column: column),
                "a cell longer than \(Thousands.grouped(limit)) bytes, which no input of capplan holds",
                remedy: "check that this is the right file, and look for a quote that opens here and is never closed")
        case .utf16(let path, let bigEndian):
            ProblemMessage(
                file: path, "the file is UTF-16 text (\(bigEndian ? "big" : "little")-endian), not UTF-8",
                remedy: "save it as UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, "
                    + "Character set \"Unicode (UTF-8)\"")
        }
    }

    /// A missing file is an input missing (66); any other problem is a data error (65).
    package var exitStatus: ExitStatus {
        if case .fileNotFound = self { return .inputMissing }
        return .dataError
    }
}
