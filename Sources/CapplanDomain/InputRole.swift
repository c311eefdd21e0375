/// Which of the inputs a file is (docs/INPUTS.md).
package enum InputRole: String, Sendable, Codable, CaseIterable {
    /// The master list of kecamatan (docs/INPUTS.md "Regions").
    case regions
    /// Population per kecamatan and year (docs/INPUTS.md "Population").
    case population
    /// The worker roster (docs/INPUTS.md "Roster").
    case roster
    /// A what-if scenario (docs/INPUTS.md "Scenario").
    case scenario
    /// The travel table of the class plan (docs/INPUTS.md "Travel").
    case travel
}
