/// What ingestion needs besides the config.
public struct IngestionOptions: Sendable {
    /// A delimiter forced on the command line (`--delimiter`), or nil to detect it per file.
    public var delimiter: UInt8?
    /// The run's current calendar year: module completions after it are rejected (SPEC §2.2).
    public var currentYear: Int
    /// What-if scenario files, in the order given (later files win).
    public var scenarios: [String]

    /// Creates options.
    public init(delimiter: UInt8? = nil, currentYear: Int, scenarios: [String] = []) {
        self.delimiter = delimiter
        self.currentYear = currentYear
        self.scenarios = scenarios
    }
}
