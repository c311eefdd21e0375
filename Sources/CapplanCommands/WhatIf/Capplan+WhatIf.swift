import Analysis
import ArgumentParser
import Foundation
import Ingestion
import Reporting

extension Capplan {
    /// `capplan whatif`: a run with scenarios applied and its comparison with a baseline, or the
    /// robustness of the ranking under several variants (docs/METHOD.md "What-if runs", docs/CLI.md).
    struct WhatIf: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract: "A run with what-if scenarios applied, compared with the baseline; or ranks under variants.",
            discussion: """
                With --scenario only: writes a normal run folder with the scenarios applied, plus comparison.csv, \
                a comparison section at the end of brief.md and, when the baseline is computed here (no \
                --baseline), the baseline run in baseline/. With --variant: ranks the kecamatan once without \
                variants (column baseline) and once per variant file, each against the same data (any --scenario \
                files apply to all of them), and writes robustness.csv and robustness.md. Published atomically \
                like capplan run, under the same rule for --out (--force likewise); exit codes as capplan run.
                """)

        @OptionGroup var inputs: InputOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A variant scenario CSV, run separately from the others; repeat for several.", valueName: "file"))
        var variant: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A run folder to compare with (default: a baseline computed from the same config).",
                valueName: "dir"))
        var baseline: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The folder to write (default: Data/processed/whatif/<first scenario's name>, or …/robustness).",
                valueName: "dir"))
        var out: String?

        @Option(name: .long, help: "The size of the top watched for entering, leaving and robust kecamatan.")
        var top = 10

        @Option(name: .long, help: "Language of the brief: id (Bahasa Indonesia) or en.")
        var lang: ReportLanguage = .indonesian

        @OptionGroup var progress: ProgressOptions

        @OptionGroup var publishing: DestinationOptions

        func validate() throws {
            guard !inputs.scenario.isEmpty || !variant.isEmpty else {
                throw ValidationError("give at least one --scenario FILE or --variant FILE")
            }
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
            guard variant.isEmpty || baseline == nil else {
                throw ValidationError("--baseline compares one scenario run; it cannot be used with --variant")
            }
            let names = variant.map(Self.variantName)
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 })
                ?? names.first(
                    where: { $0 == "baseline" })
            {
                throw ValidationError("two variants would both be named \(repeated) — give the files distinct names")
            }
        }

        /// The output folder.
        var destination: String {
            if let out { return out }
            let name = variant.isEmpty ? Self.fileStem(inputs.scenario[0]) : "robustness"
            return "Data/processed/whatif/\(name)"
        }

        func run() throws {
            StagingCleanup.installSignalHandling()
            let console = progress.console
            let pipeline = RunPipeline(console: console, inputs: inputs)
            if variant.isEmpty {
                try compareScenario(console: console, pipeline: pipeline)
            } else {
                try rankVariants(console: console, pipeline: pipeline)
            }
            console.reportTimings()
        }

        /// A file name without folder and extension: `Data/scenarios/bps-rendah.csv` → `bps-rendah`.
        static func fileStem(_ path: String) -> String {
            ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }

        /// A variant's column name: the file stem with every run of other characters than letters
        /// and digits folded to `_`, lower-cased (`bps-rendah` → `bps_rendah`).
        static func variantName(_ path: String) -> String {
            var name = ""
            for character in fileStem(path).lowercased() {
                if character.isLetter || character.isNumber {
                    name.append(character)
                } else if !name.hasSuffix("_") {
                    name.append("_")
                }
            }
            return name.isEmpty ? "variant" : name
        }
    }
}
