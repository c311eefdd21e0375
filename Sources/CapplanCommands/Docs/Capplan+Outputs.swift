import ArgumentParser
import Reporting

extension Capplan {
    /// `capplan outputs`: the data dictionary of every output file and column (docs/OUTPUTS.md),
    /// generated from the record declarations.
    struct Outputs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the data dictionary of every output file and column (docs/OUTPUTS.md).",
            discussion: """
                `make docs` writes it to docs/OUTPUTS.md; the tests fail when that file is out of step. --out \
                replaces only a file that begins as the dictionary does (# capplan's outputs): exit 73 otherwise.
                """)

        @Option(name: .long, help: ArgumentHelp("Write the dictionary to this file instead.", valueName: "file"))
        var out: String?

        /// How the dictionary begins: an existing `--out` file that begins otherwise is not replaced.
        static let firstLine = "# capplan's outputs\n"

        func run() throws {
            let text = DataDictionary.render()
            guard let out else { return Console(quiet: true).out(text) }
            try OutputDestination.checkFile(
                out, option: "--out", inputs: [], writtenBy: ("capplan outputs", Self.firstLine))
            try AtomicFile.write(text, to: out)
        }
    }
}
