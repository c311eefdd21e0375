import CSVSupport

/// What ingesting one file found: its accounting, its rejects, warnings and notes, or the fatal error
/// that stopped it.
public struct FileReport: Sendable {
    /// Which input the file is.
    public var role: InputRole
    /// The file as named in the config or on the command line.
    public var path: String
    /// read = accepted + rejected + skipped.
    public var counts = RowCounts()
    /// One diagnostic per rejected row, in file order.
    public var rejects: [Diagnostic] = []
    /// Findings that need a look but reject nothing.
    public var warnings: [Diagnostic] = []
    /// Information (ignored columns).
    public var notes: [Diagnostic] = []
    /// How the file was read, when it could be.
    public var csv: CSVReadSummary?
    /// The error that stopped the file, if any; its rows then count as far as they were read.
    public var fatal: IngestionError?

    /// SHA-256 of the file as it was read (lowercase hex), when ingestion was asked to hash its inputs
    /// (`IngestionOptions.hashInputs`) and the file could be read.
    public var sha256: String? { csv?.sha256 }

    /// Creates an empty report for a file.
    public init(role: InputRole, path: String) {
        self.role = role
        self.path = path
    }

    /// Records a rejected row.
    mutating func reject(_ diagnostic: Diagnostic) {
        counts.rejected += 1
        rejects.append(diagnostic)
    }
}
