/// Fatal reader errors (docs/INPUTS.md "Fatal errors": they stop the run).
///
/// `description` is the rendered message `FILE:LINE:COLUMN: what is wrong — what to do`; errors
/// about the whole file name only the file.
package enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
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

    /// The message for the user: where, what is wrong, and what to do.
    package var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): file not found — check the file name and the folder it is in"
        case .unreadable(let path, let reason):
            "\(path): cannot read the file (\(reason)) — check that it is a readable file"
        case .unterminatedQuote(let path, let line, let column, let libcsvMessage):
            "\(path):\(line):\(column): unterminated quoted field (libcsv: \(libcsvMessage))"
                + " — close the quote that opens here, or remove it"
        case .libcsv(let path, let line, let column, let message):
            "\(path):\(line):\(column): libcsv could not parse the file (\(message))"
                + " — check that it is a CSV text file"
        case .cellTooLong(let path, let line, let column, let limit):
            "\(path):\(line):\(column): a cell longer than \(Thousands.grouped(limit)) bytes, which no input of capplan holds"
                + " — check that this is the right file, and look for a quote that opens here and is never closed"
        case .utf16(let path, let bigEndian):
            "\(path): the file is UTF-16 text (\(bigEndian ? "big" : "little")-endian), not UTF-8 — save it as "
                + "UTF-8: in Excel, Save As \"CSV UTF-8 (Comma delimited)\"; in LibreOffice, Character set \"Unicode (UTF-8)\""
        }
    }
}
