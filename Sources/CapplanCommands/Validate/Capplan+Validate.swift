import ArgumentParser
import Ingestion
import Reporting

extension Capplan {
    /// `capplan validate`: ingest every input the config names and report, writing nothing but an
    /// optional rejects listing (docs/CLI.md).
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the inputs: per-file counts, rejected rows with reasons, warnings.",
            discussion: """
                Exit codes: 0 inputs usable (rejected rows are reported, not fatal); 65 a file could not be \
                read, a file rejects more than [quality] max_rejected_share of its rows, or any rejected row \
                under --strict; 66 an input file is missing; 64 usage or config error; \
                73 the rejects file cannot be written, or is an input, a folder or a file that is not a rejects \
                listing.
                """)

        @OptionGroup var inputs: InputOptions

        @Flag(name: .long, help: "Print the summary as JSON on stdout.")
        var json = false

        @Option(name: .long, help: ArgumentHelp("Write every rejected row to this CSV file.", valueName: "file"))
        var rejects: String?

        @OptionGroup var progress: ProgressOptions

        func run() throws {
            let console = progress.console
            let steps = CommandSteps(console: console, inputs: inputs.settings)
            let config = try steps.loadConfig()
            if let rejects {
                try OutputDestination.checkFile(
                    rejects, option: "--rejects",
                    inputs: OutputDestination.inputs(of: config, scenarios: inputs.scenario),
                    writtenBy: ("capplan validate --rejects", RejectsCSV.header.joined(separator: ",") + "\n"))
            }
            let data = steps.ingest(config: config)
            let years = try steps.resolveYears(config, data: data)
            let status = ExitStatus.forIngestion(
                data, strict: inputs.strict, maxRejectedShare: steps.maxRejectedShare(config))
            steps.reportRejectedShares(data, config: config)
            let summary = ValidationSummary(
                config: config.path, data: data,
                years: years.map { .init(base: $0.base, horizon: $0.horizon, priority: $0.priority) }, exitCode: status)
            if let rejects {
                try AtomicFile.write(RejectsCSV.render(data.files.flatMap(\.rejects)), to: rejects)
            }
            console.out(json ? ReportJSON.text(summary) : summary.text)
            console.reportTimings()
            // Every fatal error and every file over the share of rejected rows has been said above the summary.
            if status != .success { throw FailureReport(messages: [], exitStatus: status) }
        }
    }
}
