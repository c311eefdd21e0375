import Analysis
import ArgumentParser
import CapplanErrors
import Ingestion
import Reporting

extension Capplan {
    /// `capplan explain KODE`: the path from one kecamatan's inputs to its rank, on stdout
    /// (docs/CLI.md, docs/METHOD.md "Explaining a rank"). Reads and analyses like `capplan run`,
    /// writes no file.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain one kecamatan's rank: population, required workers, score components, neighbours.",
            discussion: """
                Reads the inputs and ranks the kecamatan as `capplan run` does, then prints for KODE the \
                population figures used, the required workers per role with the norm that binds, the workers at \
                the priority year, each score component from its raw value to its contribution, and the \
                kecamatan ranked just above and below with what separates them. Writes no file. Exit codes: \
                0 explained; 64 KODE is not a kecamatan code, or a usage or config error; 65 the kecamatan is \
                not ranked (not in the data, or without population figures), or a data error; 66 an input is \
                missing.
                """)

        @Argument(
            help: ArgumentHelp(
                "The kecamatan: its Kemendagri code (65.01.04 or 650104) or its 7-digit BPS code.",
                valueName: "kode"))
        var kode: String

        @OptionGroup var inputs: InputOptions

        @Option(name: .long, help: "Language of the explanation: id (Bahasa Indonesia) or en.")
        var lang: ReportLanguage = .indonesian

        @Flag(name: .long, help: "Print the explanation as JSON on stdout.")
        var json = false

        @Flag(name: .long, help: "No progress on stderr.")
        var quiet = false

        func run() throws {
            let console = Console(quiet: quiet)
            let requested: RegionCode
            switch RegionCodeParser.parseKecamatan(kode) {
            case .success(let code): requested = code
            case .failure(let error):
                throw CommandFailure(
                    ProblemMessage(nil, "KODE \"\(kode)\": \(error.reason)", remedy: error.hint), .usage)
            }
            let steps = CommandSteps(console: console, inputs: inputs.settings)
            let prepared = try steps.prepare(out: "stdout", checked: false)
            let code = try kecamatanCode(requested, prepared: prepared)
            let analysis = steps.analyse(prepared, data: prepared.data)
            guard let explanation = PriorityExplanation(analysis: analysis, code: code) else {
                throw CommandFailure(notRanked(code, analysis: analysis, prepared: prepared), .dataError)
            }
            console.out(
                json ? ReportJSON.text(explanation) : PriorityExplanationText.render(explanation, language: lang))
        }

        /// The Kemendagri code asked for: a BPS code is translated through the regions file (65 when it
        /// cannot be).
        func kecamatanCode(
            _ requested: RegionCode, prepared: CommandSteps.Prepared
        ) throws(CommandFailure) -> KecamatanCode {
            switch requested {
            case .kecamatan(let code): return code
            case .bpsKecamatan(let bps):
                guard let regions = prepared.data.regions, let path = prepared.config.regions else {
                    throw CommandFailure(
                        ProblemMessage(
                            nil, "KODE \"\(kode)\": a BPS code, and no regions file was read to translate it",
                            remedy: "give the Kemendagri code, e.g. 65.01.04"), .dataError)
                }
                guard let code = regions.kemendagriCode(forBPS: bps) else {
                    throw CommandFailure(
                        ProblemMessage(
                            nil, "KODE \"\(kode)\": BPS code not in the kode_bps column of \(path)",
                            remedy: "check the code, or give the Kemendagri code"), .dataError)
                }
                return code
            case .province, .kabupaten:
                // parseKecamatan refuses both.
                throw CommandFailure(
                    ProblemMessage(nil, "KODE \"\(kode)\": read as a province or kabupaten code"), .software)
            }
        }

        /// Why `code` has no explanation: a kecamatan of the run without population figures, or no
        /// kecamatan of the run at all.
        func notRanked(
            _ code: KecamatanCode, analysis: PlanAnalysis, prepared: CommandSteps.Prepared
        ) -> ProblemMessage {
            if let unranked = analysis.unranked.first(where: { $0.code == code }) {
                return ProblemMessage(
                    nil,
                    "\(code) \(unranked.name) is not ranked: it has no population figure in "
                        + "\(prepared.config.population.joined(separator: ", "))", remedy: "add its rows to rank it")
            }
            let list = prepared.config.regions.map { "the regions file \($0)" } ?? "the population data"
            return ProblemMessage(
                nil, "\(code) is not a kecamatan of this run: it is not in \(list)", remedy: "check the code")
        }
    }
}
