import CSVSupport
import CapplanErrors

/// Problems that stop ingestion of a file (docs/INPUTS.md "Fatal errors").
///
/// Rendered as `FILE:LINE:COLUMN: what is wrong — what to do`. A missing file is exit code 66,
/// everything else 65 (docs/CLI.md "Exit codes").
package enum IngestionError: CapplanFailure, Equatable, Sendable {
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

    /// A missing file is an input missing (66); everything else a data error (65).
    package var exitStatus: ExitStatus {
        if case .csv(let error) = self { return error.exitStatus }
        return .dataError
    }

    /// Where, what is wrong, and what to do.
    package var message: ProblemMessage {
        switch self {
        case .csv(let error):
            return error.message
        case .noHeader(let path):
            return ProblemMessage(
                SourceLocation(path, line: 1, column: 1), "the file has no header line",
                remedy: "put the column names on the first line (see docs/INPUTS.md)")
        case .missingColumn(let path, let line, let column, let aliases, let suggestion):
            let accepted = ([column] + aliases).joined(separator: ", ")
            let found = suggestion.map { "; the header has '\($0)': is it misspelt?" } ?? ""
            return ProblemMessage(
                SourceLocation(path, line: line, column: 1),
                "required column '\(column)' is missing (accepted names: \(accepted))\(found)",
                remedy: "add the column or rename its header")
        case .malformedHeader(let path, let line, let column, let message):
            return ProblemMessage(
                SourceLocation(path, line: line, column: column),
                "malformed quotes in the header line (libcsv: \(message))",
                remedy: "quote the whole column name and double any quote inside it, or remove the stray quote")
        case .duplicateColumn(let path, let line, let column, let first, let second):
            return ProblemMessage(
                SourceLocation(path, line: line, column: second),
                "column '\(column)' appears twice (columns \(first) and \(second))", remedy: "keep one of them")
        }
    }
}
