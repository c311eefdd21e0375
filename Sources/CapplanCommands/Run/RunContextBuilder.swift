import Foundation
import Ingestion
import Reporting

/// Gathers the run's provenance for the reports: file digests, accounting, sources, timestamps.
enum RunContextBuilder {
    /// SHA-256 of the config and of every input file read, by path, computed once however many contexts
    /// are built from the same ingestion (a what-if and its baseline). An input ingested with
    /// `hashInputs` brings its digest, computed from the very bytes that were analysed; the config (and any
    /// input without one) is read here.
    static func digests(config: PlanConfig, data: IngestedData) throws -> [String: String] {
        var digests: [String: String] = [:]
        for file in data.files where digests[file.path] == nil {
            if let sha256 = file.sha256 { digests[file.path] = sha256 }
        }
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
        let years = data.population.kecamatan.values.flatMap { $0.figures.map(\.year) }
        let inputs = data.files.map { file in
            RunContext.Input(role: file.role, path: file.path, sha256: digests[file.path]!, rows: file.counts)
        }
        var context = RunContext(
            toolVersion: CapplanVersion.current, startedAt: timestamp(started), finishedAt: timestamp(Date()),
            configPath: config.path, configSHA256: digests[config.path]!, inputs: inputs,
            sources: data.population.sources.sorted { $0.key < $1.key }.map { (source: $0.key, figures: $0.value) },
            rejects: data.files.flatMap(\.rejects), warnings: data.files.flatMap(\.warnings) + data.warnings,
            previousRanks: previousRanks, runDate: RunDay.created(started: started),
            dataYears: years.min().flatMap { first in years.max().map { first...$0 } })
        for path in context.scenarioFiles { context.scenarioTitles[path] = scenarioTitle(path) }
        return context
    }

    /// The first `# ` heading of the note beside a scenario file (`x.md` for `x.csv`), read from its
    /// first 4 KiB; nil when there is none.
    static func scenarioTitle(_ path: String) -> String? {
        guard path.hasSuffix(".csv"), let handle = FileHandle(forReadingAtPath: String(path.dropLast(4)) + ".md")
        else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        let line = head.split(separator: "\n").first { $0.hasPrefix("# ") }
        return line.map { String($0.dropFirst(2)).trimmingCharacters(in: .whitespaces) }.flatMap {
            $0.isEmpty ? nil : $0
        }
    }

    /// ISO 8601 in UTC to the second: `2026-11-29T04:12:00Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
