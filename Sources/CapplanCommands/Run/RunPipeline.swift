import Analysis
import Foundation
import Ingestion
import Reporting

/// The steps `capplan run` and `capplan whatif` share, each with its exit code (docs/CLI.md "Exit codes"):
///
/// 1. load the config (64, 66 when missing), check the output folder (73: docs/CLI.md "Where outputs go") and
///    lock it (75 when another run holds it and `--no-wait` is given);
/// 2. ingest every input and the scenario files (65, 66; a file rejecting more than `[quality]
///    max_rejected_share` of its rows 65, before anything is written; any rejected row under `--strict` 65);
/// 3. resolve the plan years (64; none at all 65);
/// 4. analyse (pure, timed on stderr);
/// 5. publish the rendered files atomically (73).
struct RunPipeline {
    /// Where progress and errors go.
    let console: Console
    /// The shared input options.
    let inputs: InputOptions

    /// Config, data and years, ready for the analysis.
    struct Prepared {
        var config: PlanConfig
        var data: IngestedData
        var years: PlanYears
    }

    /// Stages 1–3, reading `scenarios` as the scenario files; `out` is checked against every input, the
    /// config's files, the scenario files and `readOnly` (a baseline run folder), before anything is read,
    /// and named when nothing is written (`checked` false: a command that writes no folder, `out` only names
    /// where its results go). `force` replaces a non-empty folder capplan did not write. `keepNames` reads
    /// roster names for `--with-names`. A checked `out` is then locked (``OutputLock``) until the process
    /// ends: with `noWait` a held lock exits 75, otherwise the run says whom it waits for and waits.
    func prepare(
        scenarios: [String]? = nil, out: String, checked: Bool = true, force: Bool = false, readOnly: [String] = [],
        keepNames: Bool = false, noWait: Bool = false
    ) throws -> Prepared {
        let config = try console.loadConfig(inputs.config)
        var options = inputs
        if let scenarios { options.scenario = scenarios }
        if checked {
            let read = OutputDestination.inputs(of: config, scenarios: options.scenario) + readOnly
            try console.guardDestination { () throws(OutputDestination.Refusal) in
                try OutputDestination.checkFolder(out, option: "--out", inputs: read, force: force)
                try OutputDestination.checkReplaceable(out, option: "--out")
            }
            try lock(out, noWait: noWait)
        }
        let data = console.ingest(config: config, inputs: options, keepNames: keepNames, hashInputs: true)
        let status = ExitStatus.forIngestion(data, strict: inputs.strict, maxRejectedShare: config.maxRejectedShare)
        if status != .success {
            let excesses = console.reportRejectedShares(data, config: config)
            if data.fatalErrors.isEmpty && excesses.isEmpty {
                console.error("\(data.rejectedRows) rows rejected and --strict is set: nothing written to \(out)")
            }
            throw status.exitCode
        }
        guard let years = try console.resolveYears(config, data: data) else {
            console.error(
                "\(config.path): no population figure and no base_year — add population rows or set base_year")
            throw ExitStatus.dataError.exitCode
        }
        return Prepared(config: config, data: data, years: years)
    }

    /// Locks the output folder `out` (``OutputLock``): 75 when another run holds it and `noWait` is set, 73
    /// when the lock file cannot be made.
    func lock(_ out: String, noWait: Bool) throws {
        do {
            try OutputLock.acquire(out, wait: !noWait) { pid in
                console.error("waiting for another run writing \(out)\(pid.map { " (pid \($0))" } ?? "")…")
            }
        } catch {
            switch error {
            case .held(let pid):
                console.error(
                    "\(out): another run is writing this folder\(pid.map { " (pid \($0))" } ?? "") — "
                        + "try again when it has finished, or leave out --no-wait to wait for it")
                throw ExitStatus.tempFail.exitCode
            case .system(let path, let reason):
                console.error(
                    "\(path): cannot lock the output folder \(out) (\(reason)) — check that the folder is writable")
                throw ExitStatus.cantCreate.exitCode
            }
        }
    }

    /// Stage 4 on `data` (the prepared data, or a variant of it with other scenario rows).
    func analyse(_ prepared: Prepared, data: IngestedData, label: String = "") -> PlanAnalysis {
        console.timed(
            "analyse \(label)\(data.population.kecamatan.count) kecamatan, "
                + "\(prepared.years.base)–\(prepared.years.horizon)",
            as: "analyse \(label)".trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        ) {
            PlanAnalyzer.analyze(config: prepared.config, years: prepared.years, data: data.planData)
        }
    }

    /// A pause before the swap, for the end-to-end tests that interrupt a run while its staging folder is
    /// full: `CAPPLAN_TEST_PAUSE_BEFORE_SWAP=SECONDS` (not for planners; undocumented in docs/CLI.md).
    static func testPause() {
        guard let text = ProcessInfo.processInfo.environment["CAPPLAN_TEST_PAUSE_BEFORE_SWAP"],
            let seconds = Double(text), seconds > 0
        else { return }
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    /// Stage 5: the files into `out`, all or nothing.
    func publish(_ files: [OutputFile], to out: String) throws {
        do {
            try console.timed("publish \(files.count) files to \(out)", as: "render and publish") {
                try RunDirectoryPublisher(destination: out).publish(
                    files,
                    written: { name, duration in
                        console.timings?.record(name, duration, depth: 1)
                        console.progress("  write \(name) in \(Console.seconds(duration))")
                    }, beforeSwap: Self.testPause)
            }
        } catch let error as RunDirectoryPublisher.PublishError {
            console.error(error.description)
            throw ExitStatus.cantCreate.exitCode
        }
    }
}
