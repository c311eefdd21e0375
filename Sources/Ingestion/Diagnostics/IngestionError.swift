import CSVSupport

/// Problems that stop ingestion of a file (docs/INPUTS.md "Fatal errors").
///
/// Rendered as `FILE:LINE:COLUMN: what is wrong — what to do`. A missing file is exit code 66,
/// everything else 65 (docs/CLI.md "Exit codes").
package enum IngestionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The CSV layer could not read the file (missing, unreadable, unterminated quote, libcsv error).
    case csv(CSVError)
    /// The file holds no header line.
    case noHeader(path: String)
    /// A required column is absent; `suggestion` is a header cell that looks like a misspelling of it.
    case missingColumn(path: String, line: Int, column: String, aliases: [String], suggestion: String?)
    /// libcsv refused the header line's quoting.
    case malformedHeader(path: String, line: Int, column: Int, libcsvMessage: String)
    /// Two header cells name the same column.
    case duplicateColumn(path: String, line: Int, column: String, first: Int, second: Int)

    /// True when the error means an input file does not exist (exit code 66).
    package var isMissingFile: Bool {
        if case .csv(.fileNotFound) = self { return true }
        return false
    }

    /// The rendered message.
    package var description: String {
        switch self {
        case .csv(let error):
            return error.description
        case .noHeader(let path):
            return "\(path):1:1: the file has no header line — "
                + "put the column names on the first line (see docs/INPUTS.md)"
        case .missingColumn(let path, let line, let column, let aliases, let suggestion):
            let accepted = ([column] + aliases).joined(separator: ", ")
            let found = suggestion.map { "; the header has '\($0)': is it misspelt?" } ?? ""
            return "\(path):\(line):1: required column '\(column)' is missing (accepted names: \(accepted))\(found)"
                + " — add the column or rename its header"
        case .malformedHeader(let path, let line, let column, let message):
            return "\(path):\(line):\(column): malformed quotes in the header line (libcsv: \(message))"
                + " — quote the whole column name and double any quote inside it, or remove the stray quote"
        case .duplicateColumn(let path, let line, let column, let first, let second):
            return "\(path):\(line):\(second): column '\(column)' appears twice (columns \(first) and \(second))"
                + " — keep one of them"
        }
    }
}
