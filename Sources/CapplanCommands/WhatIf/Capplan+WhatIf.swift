import ArgumentParser
import Foundation
import Reporting

extension Capplan {
    /// `capplan whatif`: a run with scenarios applied and its comparison with a baseline (`whatif scenario`,
    /// the default), or the robustness of the ranking under several variants (`whatif variants`)
    /// (docs/METHOD.md "What-if runs", docs/CLI.md).
    ///
    /// The spellings without a subcommand name (`whatif --scenario F`, `whatif --variant F --variant G`)
    /// still work: see ``Capplan/withModeNames(_:)``.
    struct WhatIf: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract: "A run with what-if scenarios applied, compared with the baseline; or ranks under variants.",
            discussion: """
                Published atomically like capplan run, under the same rule for --out (--force likewise); exit \
                codes as capplan run. Without a subcommand, scenario applies, so capplan whatif --scenario F \
                still works; so does capplan whatif --variant F --variant G ... for variants.
                """,
            subcommands: [Scenario.self, Variants.self],
            defaultSubcommand: Scenario.self)

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

extension Capplan.WhatIf {
    /// `capplan whatif scenario --scenario F…`: the run with the scenarios applied and its comparison.
    struct Scenario: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A run with what-if scenarios applied, compared with the baseline.",
            discussion: """
                Writes a normal run folder with the scenarios applied, plus comparison.csv, a comparison section \
                at the end of brief.md and, when the baseline is computed here (no --baseline), the baseline run \
                in baseline/. Published atomically like capplan run, under the same rule for --out (--force \
                likewise); exit codes as capplan run.
                """)

        @OptionGroup var inputs: InputOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A run folder to compare with (default: a baseline computed from the same config).",
                valueName: "dir"))
        var baseline: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The folder to write (default: Data/processed/whatif/<first scenario's name>).", valueName: "dir"))
        var out: String?

        @Option(name: .long, help: "The size of the top watched for entering and leaving kecamatan.")
        var top = 10

        @Option(name: .long, help: "Language of the brief: id (Bahasa Indonesia) or en.")
        var lang: ReportLanguage = .indonesian

        @OptionGroup var progress: ProgressOptions

        @OptionGroup var publishing: DestinationOptions

        func validate() throws {
            guard !inputs.scenario.isEmpty else { throw ValidationError("give at least one --scenario FILE") }
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        }

        /// The output folder.
        var destination: String {
            out ?? "Data/processed/whatif/\(Capplan.WhatIf.fileStem(inputs.scenario[0]))"
        }

        func run() throws {
            StagingCleanup.installSignalHandling()
            let console = progress.console
            try compareScenario(console: console, pipeline: CommandSteps(console: console, inputs: inputs.settings))
            console.reportTimings()
        }
    }

    /// `capplan whatif variants --variant F --variant G…`: the ranking without and under each variant.
    struct Variants: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the kecamatan under several variants: which stay in the top whatever the assumptions.",
            discussion: """
                Ranks the kecamatan once without variants (column baseline) and once per variant file, each \
                against the same data (any --scenario files apply to all of them), and writes robustness.csv and \
                robustness.md. Published atomically like capplan run, under the same rule for --out (--force \
                likewise); exit codes as capplan run.
                """)

        @OptionGroup var inputs: InputOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A variant scenario CSV, run separately from the others; repeat for several.", valueName: "file"))
        var variant: [String] = []

        @Option(
            name: .long,
            help: ArgumentHelp("The folder to write (default: Data/processed/whatif/robustness).", valueName: "dir"))
        var out: String?

        @Option(name: .long, help: "The size of the top watched for robust kecamatan.")
        var top = 10

        @Option(name: .long, help: "Language of robustness.md: id (Bahasa Indonesia) or en.")
        var lang: ReportLanguage = .indonesian

        @OptionGroup var progress: ProgressOptions

        @OptionGroup var publishing: DestinationOptions

        func validate() throws {
            guard !variant.isEmpty else { throw ValidationError("give at least one --variant FILE") }
            guard top >= 1 else { throw ValidationError("--top must be at least 1") }
            let names = variant.map(Capplan.WhatIf.variantName)
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 })
                ?? names.first(where: { $0 == "baseline" })
            {
                throw ValidationError("two variants would both be named \(repeated) — give the files distinct names")
            }
        }

        /// The output folder.
        var destination: String { out ?? "Data/processed/whatif/robustness" }

        func run() throws {
            StagingCleanup.installSignalHandling()
            let console = progress.console
            try rankVariants(console: console, pipeline: CommandSteps(console: console, inputs: inputs.settings))
            console.reportTimings()
        }
    }
}
