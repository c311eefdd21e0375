import Analysis
import Ingestion

/// What the reports say about the run besides the analysis: provenance, accounting, the previous
/// run. Filled in by the command layer (which owns files and the clock).
public struct RunContext: Sendable {
    /// One input file.
    public struct Input: Sendable, Equatable {
        /// Which input it is.
        public var role: InputRole
        /// The path as named in the config or on the command line.
        public var path: String
        /// SHA-256 of the file's bytes, lower-case hex.
        public var sha256: String
        /// read = accepted + rejected + skipped.
        public var rows: RowCounts

        /// Creates an input entry.
        public init(role: InputRole, path: String, sha256: String, rows: RowCounts) {
            self.role = role
            self.path = path
            self.sha256 = sha256
            self.rows = rows
        }
    }

    /// capplan's version.
    public var toolVersion: String
    /// When the run started and finished, ISO 8601 UTC (`2026-11-29T04:12:00Z`); only the manifest shows them.
    public var startedAt: String
    /// See `startedAt`.
    public var finishedAt: String
    /// The config file as given.
    public var configPath: String
    /// SHA-256 of the config file.
    public var configSHA256: String
    /// Every input file read, in reading order.
    public var inputs: [Input]
    /// Each distinct `sumber` of the population data with the number of figures it gave, sorted by source.
    public var sources: [(source: String, figures: Int)]
    /// Every rejected row, in file order.
    public var rejects: [Diagnostic]
    /// Warnings of the run (encoding fallbacks, kecamatan without desa count).
    public var warnings: [Diagnostic]
    /// Ranks of the previous run in the same output folder, when there was one.
    public var previousRanks: [KecamatanCode: Int]?

    /// Creates a context.
    public init(
        toolVersion: String, startedAt: String, finishedAt: String, configPath: String, configSHA256: String,
        inputs: [Input], sources: [(source: String, figures: Int)], rejects: [Diagnostic], warnings: [Diagnostic],
        previousRanks: [KecamatanCode: Int]?
    ) {
        self.toolVersion = toolVersion
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.configPath = configPath
        self.configSHA256 = configSHA256
        self.inputs = inputs
        self.sources = sources
        self.rejects = rejects
        self.warnings = warnings
        self.previousRanks = previousRanks
    }
}
