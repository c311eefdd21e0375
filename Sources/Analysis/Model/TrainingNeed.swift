import CapplanDomain

/// An active worker who lacks at least one applicable module at the base year (docs/OUTPUTS.md,
/// `training_needs.csv`). Carries the roster ID; the name only when the run kept names (`--with-names`).
public struct TrainingNeed: Sendable, Equatable {
    /// Roster ID.
    public var id: String
    /// The worker's kecamatan.
    public var code: KecamatanCode
    /// TKSK or PSM.
    public var role: Role
    /// Ids of the applicable modules not current at B, in config order.
    public var missingModules: [String]
    /// The worker's name, only with `--with-names`; nil otherwise.
    public var name: String?

    /// Creates a need.
    public init(id: String, code: KecamatanCode, role: Role, missingModules: [String], name: String? = nil) {
        self.id = id
        self.name = name
        self.code = code
        self.role = role
        self.missingModules = missingModules
    }
}
