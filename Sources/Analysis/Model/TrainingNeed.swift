import CapplanDomain

/// An active worker who lacks at least one applicable module at the base year (docs/OUTPUTS.md,
/// `training_needs.csv`). Carries the roster ID; the name only when the run kept names (`--with-names`).
package struct TrainingNeed: Sendable, Equatable {
    /// Roster ID.
    package var id: String
    /// The worker's kecamatan.
    package var code: KecamatanCode
    /// TKSK or PSM.
    package var role: Role
    /// Ids of the applicable modules not current at B, in config order.
    package var missingModules: [String]
    /// The same ids joined by `;`, as the outputs write them (shared by the needs of one pattern).
    package var missingModulesText: String
    /// The worker's name, only with `--with-names`; nil otherwise.
    package var name: String?

    /// Creates a need.
    package init(
        id: String, code: KecamatanCode, role: Role, missingModules: [String], missingModulesText: String? = nil,
        name: String? = nil
    ) {
        self.id = id
        self.name = name
        self.code = code
        self.role = role
        self.missingModules = missingModules
        self.missingModulesText = missingModulesText ?? missingModules.joined(separator: ";")
    }
}
