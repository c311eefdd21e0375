/// The parsed plan config (docs/INPUTS.md "Plan config"): which files to read, the planning years and the method's
/// settings (docs/METHOD.md).
///
/// File paths are already resolved against the config file's folder (see ``ConfigPath``). Years the config leaves
/// out are nil here and filled in once the population data is read.
package struct PlanConfig: Sendable, Equatable {
    /// The config file, as given.
    package var path: String
    /// The region master list (docs/INPUTS.md "Regions"), if any.
    package var regions: String?
    /// The kecamatan boundary file (GeoJSON) the brief's map is drawn from (docs/INPUTS.md "Plan config"), if any.
    package var map: String?
    /// The population files (docs/INPUTS.md "Population"), at least one.
    package var population: [String]
    /// The roster file (docs/INPUTS.md "Roster").
    package var roster: String
    /// The first planning year; nil = the latest year in the population data.
    package var baseYear: Int?
    /// The last planning year; nil = the base year + 5.
    package var horizon: Int?
    /// The annual growth rate of a kecamatan with a single population year; > −1.
    package var defaultGrowth: Double
    /// The annual share of active workers expected to leave; 0 ≤ attrition < 1.
    package var attrition: Double
    /// The workforce norms, one for every role.
    package var norms: PerRole<WorkforceNorm>
    /// The training modules, in config order.
    package var modules: [TrainingModule]
    /// The year the ranking looks at.
    package var priorityYear: PriorityYear
    /// The priority score's weights.
    package var weights: PriorityWeights
    /// Training seats handed out per year; 0 = no allocation plan.
    package var seatsPerYear: Int
    /// Trainees per class; ≥ 1.
    package var batchSize: Int
    /// The `[region]` table: the province's name and code, for reports.
    package var region: PlanRegion
    /// `[quality] max_rejected_share`: the largest share of a file's data rows that may be rejected before `run`,
    /// `whatif` and `validate` fail (docs/INPUTS.md "Plan config"); 0 ≤ share ≤ 1.
    package var maxRejectedShare: Double
    /// `[[venues]]`, `travel` and the class keys of `[training]`: what the class plan needs
    /// (docs/METHOD.md "Class plan").
    package var classes: ClassPlanSettings

    /// Creates a config; everything but the files defaults to the example values of docs/INPUTS.md "Plan config".
    package init(
        path: String, regions: String? = nil, map: String? = nil, population: [String], roster: String,
        baseYear: Int? = nil,
        horizon: Int? = nil, defaultGrowth: Double = 0, attrition: Double = 0,
        norms: PerRole<WorkforceNorm> = WorkforceNorm.defaults, modules: [TrainingModule] = TrainingModule.defaults,
        priorityYear: PriorityYear = .horizon, weights: PriorityWeights = .defaults, seatsPerYear: Int = 0,
        batchSize: Int = 30, region: PlanRegion = PlanRegion(),
        maxRejectedShare: Double = PlanBounds.defaultMaxRejectedShare, classes: ClassPlanSettings = ClassPlanSettings()
    ) {
        self.classes = classes
        self.path = path
        self.regions = regions
        self.map = map
        self.population = population
        self.roster = roster
        self.baseYear = baseYear
        self.horizon = horizon
        self.defaultGrowth = defaultGrowth
        self.attrition = attrition
        self.norms = norms
        self.modules = modules
        self.priorityYear = priorityYear
        self.weights = weights
        self.seatsPerYear = seatsPerYear
        self.batchSize = batchSize
        self.region = region
        self.maxRejectedShare = maxRejectedShare
    }

    /// Checks the run's actual planning years, once the base year is known from the data: base ≤ horizon and
    /// base ≤ priority year ≤ horizon (docs/INPUTS.md "Plan config"). Errors name `horizon` or `priority.year`.
    package func validateYears(baseYear: Int, horizon: Int) throws(ConfigError) {
        guard baseYear <= horizon else {
            throw .invalidValue(
                path: path, key: "horizon", reason: "\(horizon) is before the base year \(baseYear)",
                hint: "set horizon to \(baseYear) or later")
        }
        guard horizon - baseYear <= PlanBounds.maximumSpan else {
            throw .invalidValue(
                path: path, key: "horizon",
                reason:
                    "is \(horizon), \(horizon - baseYear) years after the base year \(baseYear), more than \(PlanBounds.maximumSpan)",
                hint: "set horizon to \(baseYear + PlanBounds.maximumSpan) or earlier")
        }
        if case .year(let year) = priorityYear, !(baseYear...horizon).contains(year) {
            throw .invalidValue(
                path: path, key: "priority.year",
                reason: "\(year) is outside the planning years \(baseYear)–\(horizon)",
                hint: "choose a year from \(baseYear) to \(horizon), \"base\" or \"horizon\"")
        }
    }
}
