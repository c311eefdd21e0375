/// Everything ingestion produced: the typed tables, and one report per file read.
public struct IngestedData: Sendable {
    /// The master list, when the config names one and it was read.
    public var regions: RegionsTable?
    /// Population per kecamatan and year.
    public var population = PopulationTable()
    /// The accepted roster.
    public var roster: RosterTable
    /// Accepted scenario rows.
    public var scenario = ScenarioSet()
    /// One report per file, in reading order: regions, population files, roster, scenarios.
    public var files: [FileReport] = []
    /// Findings about the data as a whole (kecamatan without a desa count, province names), after the files.
    public var warnings: [Diagnostic] = []
    /// Province names by code (`65` → "Kalimantan Utara"): the regions file's `provinsi`, or the plan's
    /// `[region] province`; a province without a name is missing.
    public var provinceNames: [Int: String] = [:]

    /// Creates an empty result for these modules.
    public init(moduleIDs: [String]) { roster = RosterTable(moduleIDs: moduleIDs) }

    /// What the analysis reads of it.
    public var planData: PlanData {
        PlanData(
            regions: regions, population: population, roster: roster, scenario: scenario,
            provinceNames: provinceNames,
            accounts: files.map { InputAccount(role: $0.role, path: $0.path, counts: $0.counts, rejects: $0.rejects) })
    }

    /// The fatal errors, in file order.
    public var fatalErrors: [IngestionError] { files.compactMap(\.fatal) }

    /// Rejected rows across every file.
    public var rejectedRows: Int { files.reduce(0) { $0 + $1.counts.rejected } }

    /// The kecamatan planned for: the master list when given, else those with population data.
    public var kecamatan: Set<KecamatanCode> {
        if let regions { return Set(regions.regions.map(\.code)) }
        return Set(population.kecamatan.keys)
    }
}
