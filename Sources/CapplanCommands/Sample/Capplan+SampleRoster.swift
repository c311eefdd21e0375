import ArgumentParser
import CapplanErrors
import CapplanSample
import Foundation
import Ingestion

extension Capplan.Sample {
    /// `capplan sample roster --regions FILE --out FILE`: a synthetic roster for the kecamatan of a real
    /// regions file (``SampleRegionRoster`` states the rules); this command reads the regions and writes the file.
    struct Roster: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a seeded synthetic roster (no real people) for the kecamatan of a real regions file.",
            discussion: """
                One TKSK post per kecamatan (about 7.5 % vacant), PSM per desa/kelurahan with a coverage that \
                falls with remoteness, some workers nonaktif, module completions from past courses up to --as-of. \
                The same arguments always give byte-identical files. Exit codes: 0 written; 64 usage error; \
                65 the regions file has errors; 66 it is missing; 73 the roster file exists (without --force), \
                or cannot be written.
                """)

        @Option(
            name: .long,
            help: ArgumentHelp("A regions CSV (see docs/INPUTS.md): the kecamatan to staff.", valueName: "file"))
        var regions: String

        @Option(
            name: [.customLong("out"), .customLong("roster-out")],
            help: ArgumentHelp("The roster file to write.", valueName: "file"))
        var out: String

        @Option(name: .long, help: ArgumentHelp("The random seed.", valueName: "s"))
        var seed: UInt64 = 2025

        @Option(
            name: .long,
            help: ArgumentHelp("No start or completion year after this one (default: 2025).", valueName: "year"))
        var asOf: Int?

        @Option(
            name: .long,
            help: ArgumentHelp("The id prefix, as KTR in KTR-TKSK-0001 (default: KTR).", valueName: "text"))
        var idPrefix: String?

        @Flag(name: .long, help: "Replace an existing roster file.")
        var force = false

        @Flag(name: .long, help: "No progress on stderr.")
        var quiet = false

        /// The settings these options stand for.
        var settings: SampleRegionRoster.Settings {
            .init(seed: seed, asOf: asOf ?? SampleRoster.latestYear, idPrefix: idPrefix ?? "KTR")
        }

        func validate() throws {
            guard !out.isEmpty else { throw ValidationError("--out must name the roster file to write") }
            guard (1900...2100).contains(settings.asOf) else {
                throw ValidationError("--as-of must be a year between 1900 and 2100")
            }
            let prefix = settings.idPrefix
            guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw ValidationError("--id-prefix must be ASCII letters and digits, such as KTR")
            }
        }

        /// Reads the regions, refuses to replace an existing roster without `--force` (73), writes it.
        func run() throws {
            let console = Console(quiet: quiet)
            let clock = ContinuousClock()
            let started = clock.now
            let regions = try readRegions(regions)
            if FileManager.default.fileExists(atPath: out) && !force {
                throw CommandFailure(
                    ProblemMessage(
                        file: out, "the file exists",
                        remedy: "choose another --roster-out, or pass --force to replace it"),
                    .cantCreate)
            }
            let roster = SampleRegionRoster(regions: regions, settings: settings)
            try AtomicFile.write(roster.text, to: out)
            let tksk = roster.hasTKSK.filter { $0 }.count
            let psm = roster.psmCounts.reduce(0, +)
            console.progress(
                "sample: synthetic roster \(out) for \(regions.count) kecamatan: \(tksk) TKSK "
                    + "(\(Wording.count(regions.count - tksk, "post")) vacant), \(psm) PSM, seed \(seed), "
                    + "as of \(settings.asOf) in \(Console.seconds(started.duration(to: clock.now)))")
        }

        /// The regions file through the project's ingestion (docs/INPUTS.md "Regions": aliases, codes, BPS codes).
        /// A missing file exits 66; a file with a fatal error or any rejected row exits 65 — a roster for a
        /// partial list would look complete. Rejected rows are reported by their first five and their count.
        private func readRegions(_ path: String) throws -> [SampleRegionRoster.Region] {
            let (table, report) = Ingestor.readRegions(path: path)
            if let fatal = report.fatal { throw fatal }
            if !report.rejects.isEmpty {
                let count = ProblemMessage(
                    file: path, "\(Wording.count(report.rejects.count, "row")) rejected",
                    remedy: "fix the regions file (capplan validate lists every row) and run again")
                throw FailureReport(
                    messages: report.rejects.prefix(5).map(\.message) + [count], exitStatus: .dataError)
            }
            return table.regions.map { region in
                .init(
                    code: region.code.description, name: region.name, kabupaten: region.kabupaten, desa: region.desa,
                    kelurahan: region.kelurahan)
            }
        }
    }
}
