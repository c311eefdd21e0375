import Analysis
import Foundation
import Ingestion

/// What the reports say about the run besides the analysis: provenance, accounting, the previous
/// run. Filled in by the command layer (which owns files and the clock).
package struct RunContext: Sendable {
    /// One input file.
    package struct Input: Sendable, Equatable {
        /// Which input it is.
        package var role: InputRole
        /// The path as named in the config or on the command line.
        package var path: String
        /// SHA-256 of the file's bytes, lower-case hex.
        package var sha256: String
        /// read = accepted + rejected + skipped.
        package var rows: RowCounts

        /// Creates an input entry.
        package init(role: InputRole, path: String, sha256: String, rows: RowCounts) {
            self.role = role
            self.path = path
            self.sha256 = sha256
            self.rows = rows
        }
    }

    /// The boundary file the plan names for the brief's map, read and parsed.
    package struct Boundaries: Sendable {
        /// The path as the plan resolves it.
        package var path: String
        /// SHA-256 of the file, lower-case hex.
        package var sha256: String
        /// The kecamatan boundaries.
        package var map: BoundaryMap
        /// The credit the boundaries' licence asks for, when their source note gives one.
        package var attribution: String?

        /// Creates the entry.
        package init(path: String, sha256: String, map: BoundaryMap, attribution: String? = nil) {
            self.path = path
            self.sha256 = sha256
            self.map = map
            self.attribution = attribution
        }
    }

    /// capplan's version.
    package var toolVersion: String
    /// When the run started and finished, ISO 8601 UTC (`2026-11-29T04:12:00Z`); only the manifest shows them.
    package var startedAt: String
    /// See `startedAt`.
    package var finishedAt: String
    /// The config file as given.
    package var configPath: String
    /// SHA-256 of the config file.
    package var configSHA256: String
    /// Every input file read, in reading order.
    package var inputs: [Input]
    /// Each distinct `sumber` of the population data with the number of figures it gave, sorted by source.
    package var sources: [(source: String, figures: Int)]
    /// Every rejected row, in file order.
    package var rejects: [Diagnostic]
    /// Warnings of the run (encoding fallbacks, kecamatan without desa count).
    package var warnings: [Diagnostic]
    /// Ranks of the previous run in the same output folder, when there was one.
    package var previousRanks: [KecamatanCode: Int]?
    /// The day of the run (00:00 UTC), or `SOURCE_DATE_EPOCH` when set: the date the brief and the
    /// workbook show. Nil when unknown (the brief then names no date).
    package var runDate: Date?
    /// The first and last year of the population figures read, when there were any.
    package var dataYears: ClosedRange<Int>?
    /// The boundary map of the brief, when the plan names one (`map`).
    package var boundaries: Boundaries?

    /// The scenario files of the run, as named on the command line; empty for the official plan.
    package var scenarioFiles: [String] { inputs.filter { $0.role == .scenario }.map(\.path) }

    /// Titles of the scenario files by path: the first `# ` heading of the note beside each
    /// (`x.md` next to `x.csv`), when there is one.
    package var scenarioTitles: [String: String] = [:]

    /// The scenario's name for people: each scenario file's title, or its name without folder and
    /// extension, joined by " + "; nil for the official plan.
    package var scenarioName: String? {
        let names = scenarioFiles.map { path -> String in
            if let title = scenarioTitles[path], !title.isEmpty { return title }
            let file = path.split(separator: "/").last.map(String.init) ?? path
            return file.hasSuffix(".csv") ? String(file.dropLast(4)) : file
        }
        return names.isEmpty ? nil : names.joined(separator: " + ")
    }

    /// Creates a context.
    package init(
        toolVersion: String, startedAt: String, finishedAt: String, configPath: String, configSHA256: String,
        inputs: [Input], sources: [(source: String, figures: Int)], rejects: [Diagnostic], warnings: [Diagnostic],
        previousRanks: [KecamatanCode: Int]?, runDate: Date? = nil, dataYears: ClosedRange<Int>? = nil
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
        self.runDate = runDate
        self.dataYears = dataYears
    }
}
