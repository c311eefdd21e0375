import Foundation
import Ingestion
import Reporting

/// Gathers the run's provenance for the reports: file digests, accounting, sources, timestamps.
enum RunContextBuilder {
    /// SHA-256 of the config and of every input file read, by path: each file is read once here,
    /// however many contexts are built from the same ingestion (a what-if and its baseline).
    static func digests(config: PlanConfig, data: IngestedData) throws -> [String: String] {
        var digests: [String: String] = [:]
        for path in [config.path] + data.files.map(\.path) where digests[path] == nil {
            digests[path] = try SHA256.hex(ofFileAt: path)
        }
        return digests
    }

    /// The context of a run that started at `started`; `finishedAt` is stamped now. `digests`
    /// must hold every file of `digests(config:data:)` for this data, or be nil to compute them.
    static func context(
        config: PlanConfig, data: IngestedData, started: Date, previousRanks: [KecamatanCode: Int]?,
        digests: [String: String]? = nil
    ) throws -> RunContext {
        let digests = try digests ?? Self.digests(config: config, data: data)
        let inputs = data.files.map { file in
            RunContext.Input(role: file.role, path: file.path, sha256: digests[file.path]!, rows: file.counts)
        }
        return RunContext(
            toolVersion: CapplanVersion.current, startedAt: timestamp(started), finishedAt: timestamp(Date()),
            configPath: config.path, configSHA256: digests[config.path]!, inputs: inputs,
            sources: data.population.sources.sorted { $0.key < $1.key }.map { (source: $0.key, figures: $0.value) },
            rejects: data.files.flatMap(\.rejects), warnings: data.files.flatMap(\.warnings) + data.warnings,
            previousRanks: previousRanks)
    }

    /// ISO 8601 in UTC to the second: `2026-11-29T04:12:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
