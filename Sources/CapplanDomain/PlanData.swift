/// What the method reads (docs/METHOD.md): the input tables, the provinces' names, and each input file's
/// accounting and rejected rows (for the data-quality notes). Ingestion builds it (`IngestedData.planData`);
/// the analysis needs nothing else of the files.
package struct PlanData: Sendable {
    /// The master list, when the config names one and it was read.
    package var regions: RegionsTable?
    /// Population per kecamatan and year.
    package var population: PopulationTable
    /// The accepted roster.
    package var roster: RosterTable
    /// Accepted scenario rows.
    package var scenario: ScenarioSet
    /// Province names by code (`65` → "Kalimantan Utara").
    package var provinceNames: [Int: String]
    /// One account per input file, in reading order.
    package var accounts: [InputAccount]

    /// The data from its parts.
    package init(
        regions: RegionsTable?, population: PopulationTable, roster: RosterTable, scenario: ScenarioSet,
        provinceNames: [Int: String], accounts: [InputAccount]
    ) {
        self.regions = regions
        self.population = population
        self.roster = roster
        self.scenario = scenario
        self.provinceNames = provinceNames
        self.accounts = accounts
    }
}

/// One input file as the method sees it: what it was, how its rows went, and the rows it rejected.
package struct InputAccount: Sendable {
    /// Which input it is.
    package var role: InputRole
    /// The path as the plan gave it.
    package var path: String
    /// `read = accepted + rejected + skipped`.
    package var counts: RowCounts
    /// Its rejected rows, each with the kecamatan it concerns when that is known.
    package var rejects: [Diagnostic]

    /// The account from its parts.
    package init(role: InputRole, path: String, counts: RowCounts, rejects: [Diagnostic]) {
        self.role = role
        self.path = path
        self.counts = counts
        self.rejects = rejects
    }
}
