/// Why one cell could not be read, in the planner's words.
///
/// Row-level problems are values, never thrown past the row: the table readers turn a
/// `ValueError` into a rejected row with file, line and column (docs/INPUTS.md "Accepted, rejected, skipped").
package struct ValueError: Error, Equatable, Sendable {
    /// What is wrong, lower case, without the value itself (the reject carries the value).
    package var reason: String
    /// What to do about it, as an instruction.
    package var hint: String

    /// Creates a value error from its two halves.
    package init(_ reason: String, hint: String) {
        self.reason = reason
        self.hint = hint
    }
}
