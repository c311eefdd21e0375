/// One role's figures in one kecamatan and year (docs/METHOD.md "Per kecamatan and year"): the terms the per-kecamatan
/// sums are made of.
package struct RoleYearFigures: Sendable, Equatable {
    /// req(ρ,k,t): whole workers the norms require.
    package var required: Double
    /// A(ρ,k,t) = n(ρ,k,t) · (1 − a)^(t − B): expected active workers.
    package var active: Double
    /// F(ρ,k,t): expected fully trained workers among the active.
    package var trained: Double
    /// M(ρ,k,t): missing applicable modules over the active workers, with attrition.
    package var missingModules: Double
    /// S_m(ρ,k,t): applicable module slots (workers × applicable modules), with attrition.
    package var moduleSlots: Double
    /// Number of modules that apply to the role.
    package var applicableModules: Int

    /// Creates the figures.
    package init(
        required: Double, active: Double, trained: Double, missingModules: Double, moduleSlots: Double,
        applicableModules: Int
    ) {
        self.required = required
        self.active = active
        self.trained = trained
        self.missingModules = missingModules
        self.moduleSlots = moduleSlots
        self.applicableModules = applicableModules
    }

    /// max(0, req − A): workers to recruit.
    package var staffingGap: Double { max(0, required - active) }

    /// M + max(0, req − A) · modules: seats so that every required worker is fully trained.
    package var trainingSeats: Double { missingModules + staffingGap * Double(applicableModules) }

    /// req · modules: the module slots the required workforce needs.
    package var requiredSlots: Double { required * Double(applicableModules) }
}
