import ArgumentParser
import Foundation
import Reporting

extension Capplan {
    /// `capplan run`: ingestion → analysis → report, published atomically (docs/METHOD.md "Outputs: general rules", docs/CLI.md).
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank kecamatan for training and write the run folder (CSV, JSON, brief).",
            discussion: """
                Everything is written to a temporary folder beside --out and swapped into place, so a run that \
                fails leaves the previous outputs exactly as they were. --out must not be or hold an input, and \
                an existing non-empty folder must be a run folder capplan wrote (or --force). Exit codes: 0 \
                success (rejected rows are reported, not fatal); 65 data error, a file rejecting more than \
                [quality] max_rejected_share of its rows, or any rejected row under --strict; 66 input missing; \
                64 usage or config error; 73 output cannot be written or refused; 75 another run is writing \
                --out (with --no-wait; without it the run waits); 70 internal error. \
                SIGINT or SIGTERM removes the temporary folder and exits 130 or 143.
                """)

        @OptionGroup var inputs: InputOptions

        @Option(name: .long, help: ArgumentHelp("The run folder to write.", valueName: "dir"))
        var out = "Data/processed/latest"

        @Option(name: .long, help: "Language of the brief: id (Bahasa Indonesia) or en.")
        var lang: ReportLanguage = .indonesian

        @Flag(name: .long, help: "Print a machine-readable summary as JSON on stdout.")
        var json = false

        @OptionGroup var progress: ProgressOptions

        @Flag(
            name: .long,
            help: "Add workers' names to training_needs.csv (personal data: keep that file inside the office).")
        var withNames = false

        @OptionGroup var publishing: DestinationOptions

        func run() throws {
            StagingCleanup.installSignalHandling()
            let console = progress.console
            let steps = CommandSteps(console: console, inputs: inputs.settings)
            let run = try steps.runPlan(
                out: out, language: lang, started: Date(), publishing: publishing, keepNames: withNames)
            let summary = RunSummary(analysis: run.analysis, data: run.data, out: out, files: run.files.map(\.name))
            console.out(json ? ReportJSON.text(summary) : summary.text)
            console.reportTimings()
        }
    }
}

/// `--lang id|en`.
extension ReportLanguage: ExpressibleByArgument {}
