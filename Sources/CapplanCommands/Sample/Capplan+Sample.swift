import ArgumentParser
import Foundation

extension Capplan {
    /// `capplan sample`: writes a seeded synthetic dataset — regions, population, roster and a plan —
    /// for trying and benchmarking capplan. No real people: ids are `SYN-…`, names random syllables.
    ///
    /// With `--regions FILE --roster-out FILE` it writes only a roster, for the real kecamatan of a
    /// regions file (``SampleRegionRoster`` states the rules).
    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a seeded synthetic dataset (no real people) with a plan.toml that reads it.",
            discussion: """
                Writes regions.csv, population.csv, roster.csv, plan.toml and README.md into the --out folder. \
                With --regions FILE --roster-out FILE instead, writes only a synthetic roster for the kecamatan \
                of that regions file: one TKSK post per kecamatan (about 7.5 % vacant), PSM per desa/kelurahan \
                with a coverage that falls with remoteness, some workers nonaktif, module completions from past \
                courses up to --as-of. The same arguments always give byte-identical files. Exit codes: \
                0 written; 64 usage error; 65 the regions file has errors; 66 it is missing; 73 the folder is \
                not empty or the roster file exists (without --force), or cannot be written.
                """)

        @Option(name: .long, help: ArgumentHelp("The folder to write (created when missing).", valueName: "dir"))
        var out: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Number of kecamatan, spread over provinces 11–94 (~14 per kabupaten, ~14 kabupaten per province; "
                    + "default: 150).",
                valueName: "n"))
        var kecamatan: Int?

        @Option(name: .long, help: ArgumentHelp("Number of roster rows (default: 10 per kecamatan).", valueName: "n"))
        var workers: Int?

        @Option(name: .long, help: ArgumentHelp("The random seed.", valueName: "s"))
        var seed: UInt64 = 2025

        @Option(
            name: .long,
            help: ArgumentHelp("The population years, ascending (default: 2020,2024).", valueName: "y1,y2"))
        var years: SampleYears?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A regions CSV (see docs/INPUTS.md): write only a roster for its kecamatan, to --roster-out.",
                valueName: "file"))
        var regions: String?

        @Option(name: .long, help: ArgumentHelp("The roster file to write (with --regions).", valueName: "file"))
        var rosterOut: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "With --regions: no start or completion year after this one (default: 2025).", valueName: "year"))
        var asOf: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "With --regions: the id prefix, as KTR in KTR-TKSK-0001 (default: KTR).", valueName: "text"))
        var idPrefix: String?

        @Flag(
            name: .long,
            help: ArgumentHelp(
                "Write into a folder that is not empty, replacing the sample files in it; with --regions, "
                    + "replace an existing --roster-out file."))
        var force = false

        @Flag(name: .long, help: "No progress on stderr.")
        var quiet = false

        /// The settings these options stand for; without `--workers`, 10 per kecamatan (`Int.max` when that
        /// overflows, which ``validate()`` refuses with the `--kecamatan` bound before it matters).
        var settings: SampleGenerator.Settings {
            let kecamatan = kecamatan ?? 150
            let tenEach = kecamatan.multipliedReportingOverflow(by: 10)
            return .init(
                kecamatan: kecamatan, workers: workers ?? (tenEach.overflow ? .max : tenEach.partialValue), seed: seed,
                years: years?.values ?? [2020, 2024])
        }

        /// The settings of the regions mode.
        var rosterSettings: SampleRegionRoster.Settings {
            .init(seed: seed, asOf: asOf ?? SampleRoster.latestYear, idPrefix: idPrefix ?? "KTR")
        }

        func validate() throws {
            if regions != nil || rosterOut != nil {
                try validateRegionsMode()
                return
            }
            guard out != nil else {
                throw ValidationError("give --out DIR for a dataset, or --regions FILE --roster-out FILE for a roster")
            }
            guard asOf == nil, idPrefix == nil else {
                throw ValidationError("--as-of and --id-prefix go with --regions")
            }
            guard (1...SampleCountry.maximumKecamatan).contains(settings.kecamatan) else {
                throw ValidationError("--kecamatan must be between 1 and \(SampleCountry.maximumKecamatan)")
            }
            guard (0...9_999_999).contains(settings.workers) else {
                throw ValidationError("--workers must be between 0 and 9999999")
            }
            let years = settings.years
            guard years.allSatisfy({ (1900...2100).contains($0) }),
                zip(years, years.dropFirst()).allSatisfy({ $0 < $1 })
            else {
                throw ValidationError("--years must be ascending years between 1900 and 2100, such as 2020,2024")
            }
        }

        func run() throws {
            let console = Console(quiet: quiet)
            if regions != nil {
                try runRegionsMode(console)
                return
            }
            guard let out else { return }
            try prepareFolder(out, console)
            let clock = ContinuousClock()
            let started = clock.now
            do {
                try SampleGenerator(settings: settings).write(into: out) { console.progress($0) }
            } catch {
                console.error(error.description)
                throw ExitStatus.cantCreate.exitCode
            }
            console.progress(
                "sample: synthetic dataset in \(out) in \(Console.seconds(started.duration(to: clock.now)))")
        }

        /// Creates `--out` when missing; refuses a file, and a non-empty folder without `--force` (73).
        private func prepareFolder(_ out: String, _ console: Console) throws {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    console.error("\(out): exists and is not a folder — choose another --out folder")
                    throw ExitStatus.cantCreate.exitCode
                }
                let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
                if !entries.isEmpty && !force {
                    console.error(
                        "\(out): the folder is not empty — choose an empty folder, or pass --force to overwrite "
                            + "the sample files in it")
                    throw ExitStatus.cantCreate.exitCode
                }
                return
            }
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                console.error("\(out): cannot create the folder — check that its parent is writable")
                throw ExitStatus.cantCreate.exitCode
            }
        }
    }
}

/// A `--years` value: comma-separated years, such as `2020,2024`.
struct SampleYears: ExpressibleByArgument {
    /// The years in the order given.
    let values: [Int]

    init(values: [Int]) {
        self.values = values
    }

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        let years = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !years.isEmpty, years.count == parts.count else { return nil }
        values = years
    }

    var defaultValueDescription: String { values.map(String.init).joined(separator: ",") }
}
