import Foundation
import Ingestion
import Reporting

/// `capplan run` in this process, without its console, locks or destination checks: for the whole-pipeline fuzz
/// target (Sources/CapplanFuzzing), which feeds it any plan and inputs and checks that nothing ends the process
/// but a result or an error value.
///
/// The steps are those of ``Capplan/Run``, the same call (``CommandSteps/runPlan(out:language:started:publishing:keepNames:ingested:)``):
/// load the plan, ingest (with the inputs' digests), resolve the years, analyse, build the run context (the
/// previous run in `out` included), read the map, render every output and publish them into `out`; then read the
/// published ranking back as `capplan compare` would. `[quality] max_rejected_share` is not applied: a plan may
/// set it to 1, so a run must come through any share of rejected rows.
package enum InProcessRun {
    /// What a run gave: the inputs' accounting and messages always, the published files when it got that far.
    package struct Outcome {
        /// The accounting of every input file read to its end (a fatal error stops a file's count).
        package var counts: [(path: String, counts: RowCounts)] = []
        /// Every reject, warning, note and fatal error of the inputs, as printed.
        package var messages: [String] = []
        /// The exit code `capplan run` would stop with before publishing, for a plan or input it cannot use:
        /// 64 (usage or config), 65 (data) or 66 (input missing); nil when it published.
        package var stop: ExitStatus?
        /// Every file in the run folder, as named in the manifest.
        package var files: [String] = []
        /// Kecamatan ranked.
        package var ranked = 0
        /// Kecamatan read back from the published `priorities.csv`.
        package var readBack = 0
    }

    /// Runs the plan at `configPath` with `scenarios` into `out`, in `language`, as of `currentYear`; the
    /// outcome's `stop` says where `capplan run` would exit with a data or usage error. Throws the
    /// publisher's error when the folder cannot be written, any internal error, and the reader's when the
    /// published ranking cannot be read back.
    package static func run(
        configPath: String, scenarios: [String], out: String, language: ReportLanguage, currentYear: Int
    ) throws -> Outcome {
        var outcome = Outcome()
        let settings = InputSettings(
            config: configPath, scenarios: scenarios, currentYear: currentYear, strict: false, maxRejectedShare: 1)
        let run: CommandSteps.PublishedRun
        do {
            run = try CommandSteps(console: .silent, inputs: settings).runPlan(
                out: out, language: language, started: Date(timeIntervalSince1970: 1_764_460_800), publishing: nil
            ) { data in
                outcome.counts = Self.counts(of: data)
                outcome.messages = Self.messages(of: data)
            }
        } catch {
            guard let status = ExitStatus(of: error), [.usage, .dataError, .inputMissing].contains(status) else {
                throw error
            }
            outcome.stop = status
            return outcome
        }
        outcome.files = run.files.map(\.name)
        outcome.ranked = run.analysis.ranking.count
        outcome.readBack = try RunFolderReader.ranking(in: out).count
        return outcome
    }

    /// The accounting of every input file read to its end (a fatal error stops a file's count).
    package static func counts(of data: IngestedData) -> [(path: String, counts: RowCounts)] {
        data.files.filter { $0.fatal == nil }.map { (path: $0.path, counts: $0.counts) }
    }

    /// Every reject (its message and its `value`), warning, note and fatal error of the inputs, as printed.
    package static func messages(of data: IngestedData) -> [String] {
        var messages: [String] = []
        for file in data.files {
            let diagnostics: [Diagnostic] = file.rejects + file.warnings + file.notes
            messages += diagnostics.flatMap { [$0.rendered, $0.value ?? ""] }
            if let fatal = file.fatal { messages.append(fatal.description) }
        }
        return messages + data.warnings.map(\.rendered)
    }

    /// Reads `folder` as a previous run (the brief's rank changes) and as a baseline (`capplan compare`,
    /// `whatif --baseline`): its ranking and allocation; the error's message when either cannot be read.
    package static func readRunFolder(_ folder: String) -> String? {
        // `PreviousRun.ranks(in:)` is this ranking read with `try?`: one read covers both.
        do {
            _ = try RunFolderReader.ranking(in: folder)
            _ = try RunFolderReader.allocation(in: folder)
            return nil
        } catch {
            return error.description
        }
    }
}
