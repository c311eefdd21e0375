import CapplanErrors

extension Diagnostic {
    /// Where the finding is: the file, and the line and field when known.
    package var sourceLocation: SourceLocation { SourceLocation(file, line: line, column: column) }

    /// The location as `FILE:LINE:COLUMN`, shortened when line or column is unknown.
    package var location: String { sourceLocation.description }

    /// The finding as a message: the reason with the cell (`reason ("value")`, or `reason (a value of …, not
    /// shown)` when the cell is described instead), and the hint as what to do.
    package var message: ProblemMessage {
        let shown = value.map { valueShown ? " (\"\(Self.shortened($0))\")" : " (\($0))" } ?? ""
        return ProblemMessage(sourceLocation, reason + shown, remedy: hint)
    }

    /// The one-line form: `FILE:LINE:COLUMN: reason ("value") — what to do`.
    package var rendered: String { message.description }
}
