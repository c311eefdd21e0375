import ArgumentParser
import Foundation
import Ingestion

/// The command layer's voice: results to stdout, progress and errors to stderr, and the steps
/// every command shares (config, ingestion, years) with their exit codes.
struct Console {
    /// No progress lines.
    let quiet: Bool
    /// The stages' durations when `--timings` is given; nil otherwise.
    var timings: StageTimings? = nil

    /// Writes results to stdout.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes an error line to stderr.
    func error(_ message: String) {
        FileHandle.standardError.write(Data("capplan: \(message)\n".utf8))
    }

    /// Writes a progress line to stderr unless quiet.
    func progress(_ message: String) {
        if !quiet { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
    }

    /// Loads the config; a missing file exits 66, any other config error 64.
    func loadConfig(_ path: String) throws -> PlanConfig {
        do {
            return try measured("read config") { () throws(ConfigError) in try PlanConfigLoader.load(path: path) }
        } catch {
            self.error(error.description)
            throw (error.isMissingFile ? ExitStatus.inputMissing : ExitStatus.usage).exitCode
        }
    }

    /// Ingests every input, telling progress per file; `hashInputs` computes each input's SHA-256 as it is
    /// read (`FileReport.sha256`), for a manifest.
    func ingest(
        config: PlanConfig, inputs: InputOptions, keepNames: Bool = false, hashInputs: Bool = false
    ) -> IngestedData {
        let options = IngestionOptions(
            delimiter: inputs.delimiter?.byte, currentYear: inputs.currentYear, scenarios: inputs.scenario,
            keepNames: keepNames, hashInputs: hashInputs)
        let clock = ContinuousClock()
        var started = clock.now
        return Ingestor.ingest(config: config, options: options) { report in
            let elapsed = started.duration(to: clock.now)
            started = clock.now
            timings?.record("ingest \(report.role.rawValue)", elapsed)
            let rows = report.counts
            progress(
                "ingest \(report.role.rawValue) \(report.path): \(Wording.count(rows.read, "row")), "
                    + "\(rows.accepted) accepted, \(rows.rejected) rejected, \(rows.skipped) skipped "
                    + "in \(Self.seconds(elapsed))")
            // A file that cannot be used is an error, said on stderr even when quiet.
            if let fatal = report.fatal { error(fatal.description) }
        }
    }

    /// Says on stderr, one line each, which files reject more than the plan's `[quality] max_rejected_share` of
    /// their rows (docs/INPUTS.md "Plan config"), and returns them.
    @discardableResult
    func reportRejectedShares(_ data: IngestedData, config: PlanConfig) -> [RejectedShare] {
        let excesses = RejectedShare.excesses(in: data, limit: config.maxRejectedShare)
        for excess in excesses { error(excess.description) }
        return excesses
    }

    /// Resolves the plan years; a contradiction between config and data is a config error (64).
    func resolveYears(_ config: PlanConfig, data: IngestedData) throws -> PlanYears? {
        do {
            return try config.resolveYears(latestDataYear: data.population.latestYear)
        } catch {
            self.error(error.description)
            throw ExitStatus.usage.exitCode
        }
    }

    /// Runs a stage and tells on stderr how long it took; `--timings` lists it as `name` (the stage's
    /// words by default).
    func timed<T>(_ stage: String, as name: String? = nil, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        timings?.record(name ?? stage, elapsed)
        progress("\(stage) in \(Self.seconds(elapsed))")
        return result
    }

    /// Runs a stage that has no progress line of its own and records its duration for `--timings`.
    func measured<T, Failure: Error>(_ name: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        guard let timings else { return try body() }
        let clock = ContinuousClock()
        let start = clock.now
        defer { timings.record(name, start.duration(to: clock.now)) }
        return try body()
    }

    /// Writes the `--timings` table to stderr (even when quiet: it was asked for), when asked for.
    func reportTimings() {
        guard let timings else { return }
        let total = timings.started.duration(to: ContinuousClock.now)
        FileHandle.standardError.write(Data(timings.table(total: total).utf8))
    }

    /// A duration as seconds with two decimals ("0.42 s").
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let value = Double(seconds) + Double(attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }
}
