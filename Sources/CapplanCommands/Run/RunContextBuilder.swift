import Foundation
import Ingestion
import Reporting

/// Gathers the run's provenance for the reports: file digests, accounting, sources, timestamps.
enum RunContextBuilder {
    /// The context of a run that started at `started`; `finishedAt` is stamped now.
    static func context(
        config: PlanConfig, data: IngestedData, started: Date, previousRanks: [KecamatanCode: Int]?
    ) throws -> RunContext {
        let inputs = try data.files.map { file in
            RunContext.Input(
                role: file.role, path: file.path, sha256: try SHA256.hex(ofFileAt: file.path), rows: file.counts)
        }
        return RunContext(
            toolVersion: CapplanVersion.current, startedAt: timestamp(started), finishedAt: timestamp(Date()),
            configPath: config.path, configSHA256: try SHA256.hex(ofFileAt: config.path), inputs: inputs,
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
