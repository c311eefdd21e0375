import ArgumentParser
import Foundation

/// Options every command that reads the inputs shares.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "The plan config (TOML).")
    var config = "Data/plan.toml"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Force the CSV delimiter for every input: , ; | or tab (default: detected from each header line).",
            valueName: "char"))
    var delimiter: CSVDelimiterOption?

    @Option(
        name: .long,
        help: ArgumentHelp("A what-if scenario CSV; repeat for several (later files win).", valueName: "file"))
    var scenario: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The current calendar year: module completions after it are rejected (default: this year).",
            valueName: "year"))
    var asOf: Int?

    @Flag(name: .long, help: "Treat any rejected row as an error (exit code 65).")
    var strict = false

    /// `--as-of` is a calendar year capplan can plan from, as `sample --as-of` is (1900 to 2100).
    func validate() throws {
        if let asOf, !(1900...2100).contains(asOf) {
            throw ValidationError("--as-of must be a year between 1900 and 2100")
        }
    }

    /// The current year: `--as-of`, else the system clock's year in the local time zone.
    var currentYear: Int {
        asOf ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// These options as plain values, for ``CommandSteps``.
    var settings: InputSettings {
        InputSettings(
            config: config, delimiter: delimiter?.byte, scenarios: scenario, currentYear: currentYear, strict: strict)
    }
}

/// What the commands that read the inputs read them with: ``InputOptions`` as parsed, or the values of an
/// in-process run (``InProcessRun``), which has no command line.
struct InputSettings {
    /// The plan config's path.
    var config: String
    /// The CSV delimiter forced for every input, or nil to detect it from each header line.
    var delimiter: UInt8?
    /// The what-if scenario files, later files winning.
    var scenarios: [String]
    /// The current calendar year: module completions after it are rejected.
    var currentYear: Int
    /// Any rejected row is an error (65).
    var strict: Bool
    /// The share of rejected rows above which a file stops the run; nil for the plan's `[quality]
    /// max_rejected_share`.
    var maxRejectedShare: Double? = nil
}

/// A `--delimiter` value.
struct CSVDelimiterOption: ExpressibleByArgument {
    /// The delimiter byte.
    let byte: UInt8

    init?(argument: String) {
        switch argument {
        case ",": byte = UInt8(ascii: ",")
        case ";": byte = UInt8(ascii: ";")
        case "|": byte = UInt8(ascii: "|")
        case "tab", "\\t", "\t": byte = UInt8(ascii: "\t")
        default: return nil
        }
    }

    static var allValueStrings: [String] { [",", ";", "|", "tab"] }
}
