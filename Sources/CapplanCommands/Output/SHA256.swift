import CSVSupport

/// SHA-256 for `manifest.json`'s checksums: the implementation lives in CSVSupport, so the CSV reader can hash
/// each input in the pass that already reads it (`CSVReadSummary.sha256`); the config and the boundary map are
/// hashed here with the same code.
typealias SHA256 = CSVSupport.SHA256
