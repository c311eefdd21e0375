import CSVSupport

/// What ingesting one file found: its accounting, its rejects, warnings and notes, or the fatal error
/// that stopped it.
package struct FileReport: Sendable {
    /// Which input the file is.
    package var role: InputRole
    /// The file as named in the config or on the command line.
    package var path: String
    /// read = accepted + rejected + skipped.
    package var counts = RowCounts()
    /// One diagnostic per rejected row, in file order.
    package var rejects: [Diagnostic] = []
    /// Findings that need a look but reject nothing.
    package var warnings: [Diagnostic] = []
    /// Information (ignored columns).
    package var notes: [Diagnostic] = []
    /// How the file was read, when it could be.
    package var csv: CSVReadSummary?
    /// The error that stopped the file, if any; its rows then count as far as they were read.
    package var fatal: IngestionError?

    /// SHA-256 of the file as it was read (lowercase hex), when ingestion was asked to hash its inputs
    /// (`IngestionOptions.hashInputs`) and the file could be read.
    package var sha256: String? { csv?.sha256 }

    /// Creates an empty report for a file.
    package init(role: InputRole, path: String) {
        self.role = role
        self.path = path
    }

    /// Records a rejected row.
    mutating func reject(_ diagnostic: Diagnostic) {
        counts.rejected += 1
        rejects.append(diagnostic)
    }
}
