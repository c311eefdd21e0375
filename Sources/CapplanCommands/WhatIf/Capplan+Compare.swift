import Analysis
import ArgumentParser
import Reporting

extension Capplan {
    /// `capplan compare DIR DIR`: the comparison of two run folders (docs/CLI.md), from their
    /// `priorities.csv`, as a table on stdout and, with `--out`, as `comparison.csv`.
    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two run folders: rank, score, population, workers and seats per kecamatan.",
            discussion: """
                Changes are the second folder minus the first (a negative rank change is a climb). Exit codes: \
                0 success; 66 a folder or its priorities.csv missing; 65 a priorities.csv that cannot be read; \
                73 --out cannot be written, or is a file of either run folder, a folder or a file that is not a \
                comparison.
                """)

        @Argument(help: ArgumentHelp("The first run folder (the baseline, e.g. last night).", valueName: "dir"))
        var first: String

        @Argument(help: ArgumentHelp("The second run folder (the scenario, e.g. tonight).", valueName: "dir"))
        var second: String

        @Option(name: .long, help: ArgumentHelp("Also write the comparison as CSV to this file.", valueName: "file"))
        var out: String?

        @Option(name: .long, help: "The size of the top watched for entering and leaving kecamatan.")
        var top = 10

        func validate() throws {
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            let console = Console(quiet: true)
            if let out {
                try OutputDestination.checkFile(
                    out, option: "--out",
                    inputs: OutputDestination.runFolderInputs(first) + OutputDestination.runFolderInputs(second),
                    writtenBy: ("capplan compare", ComparisonCSV.header.joined(separator: ",") + "\n"))
            }
            let sides = try [first, second].map { folder throws(RunFolderReader.ReadError) in
                try RunFolderReader.ranking(in: folder)
            }
            let comparison = RunComparison(baseline: sides[0], scenario: sides[1], top: top)
            if let out {
                try AtomicFile.write(ComparisonCSV.render(comparison), to: out)
            }
            console.out(ComparisonTable.render(comparison, baseline: first, scenario: second))
        }
    }
}
