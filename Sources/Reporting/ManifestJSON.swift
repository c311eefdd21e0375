import Ingestion

/// `manifest.json` (SPEC §4): the tool version, the run's start and finish (the only timestamps
/// of a run directory), the config with its SHA-256, every input file with its SHA-256 and row
/// accounting, the population sources, and the names of the files written. Sorted keys.
public enum ManifestJSON {
    /// Renders the manifest; `outputs` are the output file names, in the order given.
    public static func render(_ context: RunContext, outputs: [String]) -> String {
        ReportJSON.text(
            Document(
                toolVersion: context.toolVersion, started: context.startedAt, finished: context.finishedAt,
                config: FileDigest(path: context.configPath, sha256: context.configSHA256),
                inputs: context.inputs.map {
                    Input(role: $0.role.rawValue, path: $0.path, sha256: $0.sha256, rows: $0.rows)
                },
                sources: context.sources.map { Source(source: $0.source, figures: $0.figures) },
                outputs: outputs))
    }

    struct Document: Encodable {
        var toolVersion: String
        var started: String
        var finished: String
        var config: FileDigest
        var inputs: [Input]
        var sources: [Source]
        var outputs: [String]
    }

    struct FileDigest: Encodable {
        var path: String
        var sha256: String
    }

    /// `{"role", "path", "sha256", "rows": {"read", "accepted", "rejected", "skipped"}}`.
    struct Input: Encodable {
        var role: String
        var path: String
        var sha256: String
        var rows: RowCounts
    }

    /// One `sumber` of the population data (SPEC §2.1a) and the figures it gave.
    struct Source: Encodable {
        var source: String
        var figures: Int
    }
}
