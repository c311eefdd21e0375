/// Where a problem is: a file, and within it a line and a field (both counted from 1) when one is at fault.
///
/// The one rendering of a place in capplan's messages: `FILE:LINE:COLUMN`, `FILE:LINE` without a column,
/// `FILE` alone without a line (a column without a line is not shown).
package struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file (or folder) as named in the config or on the command line.
    package var file: String
    /// The 1-based physical line, or nil for the whole file.
    package var line: Int?
    /// The 1-based field on that line, or nil when no single cell is at fault.
    package var column: Int?

    /// A place in `file`.
    package init(_ file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, shortened when line or column is unknown.
    package var description: String {
        switch (line, column) {
        case (let line?, let column?): "\(file):\(line):\(column)"
        case (let line?, nil): "\(file):\(line)"
        default: file
        }
    }
}
