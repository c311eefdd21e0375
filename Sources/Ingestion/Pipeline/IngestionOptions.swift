/// What ingestion needs besides the config.
package struct IngestionOptions: Sendable {
    /// A delimiter forced on the command line (`--delimiter`), or nil to detect it per file.
    package var delimiter: UInt8?
    /// The run's current calendar year: module completions after it are rejected (docs/INPUTS.md "Roster").
    package var currentYear: Int
    /// What-if scenario files, in the order given (later files win).
    package var scenarios: [String]
    /// Keep roster names in memory for `training_needs.csv --with-names` (docs/OUTPUTS.md); off by default,
    /// so names are never decoded.
    package var keepNames: Bool
    /// Compute each input's SHA-256 in the pass that already reads it (`FileReport.sha256`), for the
    /// manifest; off by default, since `validate` needs no checksums.
    package var hashInputs: Bool

    /// Creates options.
    package init(
        delimiter: UInt8? = nil, currentYear: Int, scenarios: [String] = [], keepNames: Bool = false,
        hashInputs: Bool = false
    ) {
        self.delimiter = delimiter
        self.currentYear = currentYear
        self.scenarios = scenarios
        self.keepNames = keepNames
        self.hashInputs = hashInputs
    }
}
