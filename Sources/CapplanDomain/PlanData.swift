/// What the method reads (docs/METHOD.md): the input tables, the provinces' names, and each input file's
/// accounting and rejected rows (for the data-quality notes). Ingestion builds it (`IngestedData.planData`);
/// the analysis needs nothing else of the files.
public struct PlanData: Sendable {
    /// The master list, when the config names one and it was read.
    public var regions: RegionsTable?
    /// Population per kecamatan and year.
    public var population: PopulationTable
    /// The accepted roster.
    public var roster: RosterTable
    /// Accepted scenario rows.
    public var scenario: ScenarioSet
    /// Province names by code (`65` → "Kalimantan Utara").
    public var provinceNames: [Int: String]
    /// One account per input file, in reading order.
    public var accounts: [InputAccount]

    /// The data from its parts.
    public init(
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
public struct InputAccount: Sendable {
    /// Which input it is.
    public var role: InputRole
    /// The path as the plan gave it.
    public var path: String
    /// `read = accepted + rejected + skipped`.
    public var counts: RowCounts
    /// Its rejected rows, each with the kecamatan it concerns when that is known.
    public var rejects: [Diagnostic]

    /// The account from its parts.
    public init(role: InputRole, path: String, counts: RowCounts, rejects: [Diagnostic]) {
        self.role = role
        self.path = path
        self.counts = counts
        self.rejects = rejects
    }
}
