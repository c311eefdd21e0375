/// Which of the inputs a file is (SPEC §2).
public enum InputRole: String, Sendable, Codable, CaseIterable {
    /// The master list of kecamatan (§2.1a).
    case regions
    /// Population per kecamatan and year (§2.1).
    case population
    /// The worker roster (§2.2).
    case roster
    /// A what-if scenario (§2.4).
    case scenario
}
