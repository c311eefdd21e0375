/// One training module a worker should hold (docs/INPUTS.md "Plan config" `[[modules]]`,
/// docs/METHOD.md "Training status").
package struct TrainingModule: Sendable, Equatable {
    /// The module's id as the roster names it: lower-case letters, digits and `_`.
    package var id: String
    /// The module's name for briefs.
    package var name: String
    /// The roles the module applies to, in `Role` order, never empty.
    package var roles: [Role]
    /// Years a completion stays current; 0 = it never expires.
    package var validYears: Int

    /// Creates a module.
    package init(id: String, name: String, roles: [Role] = Role.allCases, validYears: Int = 0) {
        self.id = id
        self.name = name
        self.roles = roles
        self.validYears = validYears
    }

    /// The three modules of the example in docs/INPUTS.md "Plan config", used when the config has no `[[modules]]`.
    package static let defaults: [TrainingModule] = [
        TrainingModule(id: "kebijakan_sosial", name: "Pemahaman kebijakan sosial"),
        TrainingModule(id: "komunikasi", name: "Keterampilan komunikasi"),
        TrainingModule(id: "penanganan_kasus", name: "Penanganan kasus sosial"),
    ]
}
