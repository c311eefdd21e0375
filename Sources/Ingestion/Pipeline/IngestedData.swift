/// Everything ingestion produced: the typed tables, and one report per file read.
package struct IngestedData: Sendable {
    /// The master list, when the config names one and it was read.
    package var regions: RegionsTable?
    /// Population per kecamatan and year.
    package var population = PopulationTable()
    /// The accepted roster.
    package var roster: RosterTable
    /// Accepted scenario rows.
    package var scenario = ScenarioSet()
    /// The travel table the plan names (docs/INPUTS.md "Travel"), or nil.
    package var travel: TravelTable?
    /// One report per file, in reading order: regions, population files, roster, scenarios, travel.
    package var files: [FileReport] = []
    /// Findings about the data as a whole (kecamatan without a desa count, province names), after the files.
    package var warnings: [Diagnostic] = []
    /// Province names by code (`65` → "Kalimantan Utara"): the regions file's `provinsi`, or the plan's
    /// `[region] province`; a province without a name is missing.
    package var provinceNames: [Int: String] = [:]

    /// Creates an empty result for these modules.
    package init(moduleIDs: [String]) { roster = RosterTable(moduleIDs: moduleIDs) }

    /// What the analysis reads of it.
    package var planData: PlanData {
        PlanData(
            regions: regions, population: population, roster: roster, scenario: scenario,
            provinceNames: provinceNames,
            accounts: files.map { InputAccount(role: $0.role, path: $0.path, counts: $0.counts, rejects: $0.rejects) })
    }

    /// The fatal errors, in file order.
    package var fatalErrors: [IngestionError] { files.compactMap(\.fatal) }

    /// Rejected rows across every file.
    package var rejectedRows: Int { files.reduce(0) { $0 + $1.counts.rejected } }

    /// The kecamatan planned for: the master list when given, else those with population data.
    package var kecamatan: Set<KecamatanCode> {
        if let regions { return Set(regions.regions.map(\.code)) }
        return Set(population.kecamatan.keys)
    }
}
