import Foundation
import Ingestion

/// The steps the commands that read the inputs share (docs/CLI.md "Exit codes"), each ending a command by
/// throwing its failure, which carries the exit code:
///
/// 1. load the config (64, 66 when missing), check the output folder (73: docs/CLI.md "Where outputs go") and
///    lock it (75 when another run holds it and `--no-wait` is given);
/// 2. ingest every input and the scenario files (65, 66; a file rejecting more than `[quality]
///    max_rejected_share` of its rows 65, before anything is written; any rejected row under `--strict` 65);
/// 3. resolve the plan years (64; none at all 65);
/// 4. analyse (pure, timed on stderr);
/// 5. publish the rendered files atomically (73).
///
/// `validate` takes steps 1–3 one by one (it reports what it found and goes on); `run`, `whatif` and `explain`
/// take them together (``prepare(scenarios:out:checked:force:readOnly:keepNames:noWait:ingested:)``), and `run`
/// and the in-process run of the fuzz targets take the whole run in one call
/// (``runPlan(out:language:started:publishing:keepNames:ingested:)``).
struct CommandSteps {
    /// Where progress goes, and errors said as they arise.
    let console: Console
    /// The inputs and how to read them.
    let inputs: InputSettings

    /// Loads the config (a missing file is 66, any other config error 64).
    func loadConfig() throws(ConfigError) -> PlanConfig {
        try console.measured("read config") { () throws(ConfigError) in
            try PlanConfigLoader.load(path: inputs.config)
        }
    }

    /// Ingests every input, telling progress per file, and `scenarios` as the scenario files (the inputs' own
    /// by default); a fatal error is said on stderr as its file is read, even when quiet. `hashInputs` computes
    /// each input's SHA-256 as it is read (`FileReport.sha256`), for a manifest.
    func ingest(
        config: PlanConfig, scenarios: [String]? = nil, keepNames: Bool = false, hashInputs: Bool = false
    ) -> IngestedData {
        let options = IngestionOptions(
            delimiter: inputs.delimiter, currentYear: inputs.currentYear, scenarios: scenarios ?? inputs.scenarios,
            keepNames: keepNames, hashInputs: hashInputs)
        let clock = ContinuousClock()
        var started = clock.now
        return Ingestor.ingest(config: config, options: options) { report in
            let elapsed = started.duration(to: clock.now)
            started = clock.now
            console.timings?.record("ingest \(report.role.rawValue)", elapsed)
            let rows = report.counts
            console.progress(
                "ingest \(report.role.rawValue) \(report.path): \(Wording.count(rows.read, "row")), "
                    + "\(rows.accepted) accepted, \(rows.rejected) rejected, \(rows.skipped) skipped "
                    + "in \(Console.seconds(elapsed))")
            if let fatal = report.fatal { console.error(fatal) }
        }
    }

    /// The share of rejected rows above which a file stops a run: the plan's, unless the settings override it.
    func maxRejectedShare(_ config: PlanConfig) -> Double {
        inputs.maxRejectedShare ?? config.maxRejectedShare
    }

    /// Says on stderr, one line each, which files reject more than the plan's `[quality] max_rejected_share` of
    /// their rows (docs/INPUTS.md "Plan config"), for `validate`, which goes on to its summary.
    func reportRejectedShares(_ data: IngestedData, config: PlanConfig) {
        for excess in RejectedShare.excesses(in: data, limit: maxRejectedShare(config)) { console.error(excess) }
    }

    /// The plan years; a contradiction between config and data is a config error (64).
    func resolveYears(_ config: PlanConfig, data: IngestedData) throws(ConfigError) -> PlanYears? {
        try config.resolveYears(latestDataYear: data.population.latestYear)
    }
}
