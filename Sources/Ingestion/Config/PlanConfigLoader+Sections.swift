/// The config's tables: `[norms]`, `[[modules]]`, `[priority]` and `[training]` (docs/INPUTS.md "Plan config").
extension PlanConfigLoader {
    static let normKeys = ["per_kecamatan", "per_desa", "population_per_worker", "cases_per_worker"]
    static let moduleKeys = ["id", "name", "roles", "valid_years"]
    static let priorityKeys = ["year", "weights"]
    static let weightKeys = ["readiness_gap", "pressure", "growth", "untrained_share"]
    static let trainingKeys = ["seats_per_year", "batch_size", "travel_measure", "limit_classes"]
    static let qualityKeys = ["max_rejected_share"]

    /// `[norms.ROLE]` for every role; role names ignore case, and a role or key left out keeps its default
    /// (``WorkforceNorm/defaults``).
    static func norms(_ root: ConfigTable) throws(ConfigError) -> PerRole<WorkforceNorm> {
        var norms = WorkforceNorm.defaults
        guard let table = try root.table("norms") else { return norms }
        var seen: [Role: String] = [:]
        for name in table.keys {
            guard let role = Role(rawValue: name.uppercased()) else {
                let roleNames = Role.allCases.map(\.rawValue)
                throw .unknownKey(
                    path: root.path, key: table.qualified(name),
                    suggestion: KeySuggestion.closest(to: name, among: roleNames).map(table.qualified))
            }
            if let first = seen[role] {
                throw table.invalid(name, "repeats norms.\(first)", hint: "keep one table per role")
            }
            seen[role] = name
            guard let section = try table.table(name) else { continue }
            try section.rejectUnknownKeys(normKeys)
            var norm = norms[role]
            norm.perKecamatan = try normValue(section, "per_kecamatan") ?? norm.perKecamatan
            norm.perDesa = try normValue(section, "per_desa") ?? norm.perDesa
            norm.populationPerWorker = try normValue(section, "population_per_worker") ?? norm.populationPerWorker
            norm.casesPerWorker = try normValue(section, "cases_per_worker") ?? norm.casesPerWorker
            norms[role] = norm
        }
        return norms
    }

    /// A norm: ≥ 0; `per_kecamatan` and `per_desa` at most ``PlanBounds/maximumPerUnit``; a per-worker norm 0 (off)
    /// or from ``PlanBounds/minimumPerWorker`` to ``PlanBounds/maximumPerWorker``.
    private static func normValue(_ section: ConfigTable, _ key: String) throws(ConfigError) -> Double? {
        guard let value = try section.double(key) else { return nil }
        guard value >= 0 else {
            throw section.invalid(key, "is \(format(value)), must be 0 or more", hint: "use 0 to switch this norm off")
        }
        if key.hasSuffix("_per_worker") {
            let bounds = PlanBounds.minimumPerWorker...PlanBounds.maximumPerWorker
            guard value == 0 || bounds.contains(value) else {
                throw section.invalid(
                    key, "is \(format(value)), must be 0 or from 1 to \(format(bounds.upperBound))",
                    hint: "give the residents or cases one worker serves, such as 5000, or 0 to switch this norm off")
            }
        } else {
            guard value <= PlanBounds.maximumPerUnit else {
                throw section.invalid(
                    key, "is \(format(value)), must be at most \(format(PlanBounds.maximumPerUnit))",
                    hint: "give the workers needed per kecamatan or desa, such as 1")
            }
        }
        return value
    }

    /// `[[modules]]`: ``TrainingModule/defaults`` when absent; else each needs an `id`, `name` defaults to the id,
    /// `roles` to every role and `valid_years` to 0.
    static func modules(_ root: ConfigTable) throws(ConfigError) -> [TrainingModule] {
        guard let sections = try root.tables("modules") else { return TrainingModule.defaults }
        var modules: [TrainingModule] = []
        var keyOfID: [String: String] = [:]
        for section in sections {
            try section.rejectUnknownKeys(moduleKeys)
            guard let id = try section.string("id") else {
                throw .missingKey(path: root.path, key: section.qualified("id"))
            }
            try checkModuleID(id, section)
            if let first = keyOfID[id] {
                throw section.invalid(
                    "id", "\"\(id)\" is already the id of \(first)", hint: "give every module its own id")
            }
            keyOfID[id] = section.key
            let name = try section.string("name") ?? id
            guard !name.isEmpty else {
                throw section.invalid(
                    "name", "is empty", hint: "give the module's name, or leave name out to use the id")
            }
            let roles = try moduleRoles(section)
            let validYears = try section.int("valid_years") ?? 0
            guard validYears >= 0 else {
                throw section.invalid(
                    "valid_years", "is \(validYears), must be 0 or more", hint: "use 0 for a module that never expires")
            }
            guard validYears <= PlanBounds.maximumValidYears else {
                throw section.invalid(
                    "valid_years", "is \(validYears), must be at most \(PlanBounds.maximumValidYears)",
                    hint: "use 0 for a module that never expires")
            }
            modules.append(TrainingModule(id: id, name: name, roles: roles, validYears: validYears))
        }
        return modules
    }

    private static func checkModuleID(_ id: String, _ section: ConfigTable) throws(ConfigError) {
        let hint = "use only lower-case letters a–z, digits and _, such as komunikasi_dasar"
        guard !id.isEmpty else { throw section.invalid("id", "is empty", hint: hint) }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
        guard allowed else {
            throw section.invalid("id", "\"\(id)\" has characters other than a–z, 0–9 and _", hint: hint)
        }
    }

    /// A module's roles, each `TKSK` or `PSM` in any case, in `Role` order without repeats.
    private static func moduleRoles(_ section: ConfigTable) throws(ConfigError) -> [Role] {
        guard let names = try section.strings("roles") else { return Role.allCases }
        guard !names.isEmpty else {
            throw section.invalid(
                "roles", "is empty", hint: "list the roles the module applies to: \"TKSK\", \"PSM\" or both")
        }
        var roles: Set<Role> = []
        for (index, name) in names.enumerated() {
            guard let role = Role(rawValue: name.uppercased()) else {
                throw section.invalid(
                    "roles[\(index + 1)]", "\"\(name)\" is not a role", hint: "use \"TKSK\" or \"PSM\"")
            }
            roles.insert(role)
        }
        return roles.sorted()
    }

    /// `[priority]`: the year (default `"horizon"`) and the weights.
    static func priority(_ root: ConfigTable) throws(ConfigError) -> (year: PriorityYear, weights: PriorityWeights) {
        guard let section = try root.table("priority") else { return (.horizon, .defaults) }
        try section.rejectUnknownKeys(priorityKeys)
        return (try priorityYear(section), try weights(section))
    }

    /// `year`: `"horizon"`, `"base"` (any case), or a year as an integer or a string of digits.
    private static func priorityYear(_ section: ConfigTable) throws(ConfigError) -> PriorityYear {
        guard let value = section.value("year") else { return .horizon }
        let year: Int
        if let int = value.int {
            year = int
        } else if let string = value.string {
            switch string.lowercased() {
            case "horizon": return .horizon
            case "base": return .base
            default:
                guard let int = Int(string) else {
                    throw section.invalid(
                        "year", "\"\(string)\" is not a year", hint: "use \"horizon\", \"base\" or a year such as 2028")
                }
                year = int
            }
        } else {
            throw section.wrongType("year", expected: "\"horizon\", \"base\" or a year", value: value)
        }
        try checkPlausible(year, "year", section)
        return .year(year)
    }

    /// `weights`: ``PriorityWeights/defaults`` when absent; when given, a weight it leaves out is 0, so a table
    /// naming only `pressure` ranks by pressure alone. Weights are ≥ 0 and not all 0.
    private static func weights(_ section: ConfigTable) throws(ConfigError) -> PriorityWeights {
        guard let table = try section.table("weights") else { return .defaults }
        try table.rejectUnknownKeys(weightKeys)
        let weights = PriorityWeights(
            readinessGap: try weight(table, "readiness_gap"), pressure: try weight(table, "pressure"),
            growth: try weight(table, "growth"), untrainedShare: try weight(table, "untrained_share"))
        guard weights.sum > 0 else {
            throw section.invalid("weights", "are all 0", hint: "give at least one weight above 0")
        }
        return weights
    }

    private static func weight(_ table: ConfigTable, _ key: String) throws(ConfigError) -> Double {
        let value = try table.double(key) ?? 0
        guard value >= 0 else {
            throw table.invalid(
                key, "is \(format(value)), must be 0 or more", hint: "use 0 to leave this component out of the score")
        }
        guard value <= PlanBounds.maximumWeight else {
            throw table.invalid(
                key, "is \(format(value)), must be at most \(format(PlanBounds.maximumWeight))",
                hint: "weights count relative to each other: give them as shares such as 0.4")
        }
        return value
    }

    /// Base year ≤ priority year ≤ horizon, as far as the config itself gives them (the horizon defaulting to
    /// base year + 5); ``PlanConfig/validateYears(baseYear:horizon:)`` repeats the check with the data's years.
    static func checkPriorityYear(
        _ priorityYear: PriorityYear, baseYear: Int?, horizon: Int?, in root: ConfigTable
    ) throws(ConfigError) {
        guard case .year(let year) = priorityYear else { return }
        let last = horizon ?? baseYear.map { $0 + 5 }
        if let first = baseYear, let last, !(first...last).contains(year) {
            throw .invalidValue(
                path: root.path, key: "priority.year", reason: "\(year) is outside the planning years \(first)–\(last)",
                hint: "choose a year from \(first) to \(last), \"base\" or \"horizon\"")
        }
        if let last, year > last {
            throw .invalidValue(
                path: root.path, key: "priority.year", reason: "\(year) is after the horizon \(last)",
                hint: "choose a year up to \(last), \"base\" or \"horizon\"")
        }
    }

    /// `[training]`: seats per year (default 0, ≥ 0) and class size (default 30, ≥ 1), both at most
    /// ``PlanBounds/maximumSeats``.
    static func training(_ root: ConfigTable) throws(ConfigError) -> (seatsPerYear: Int, batchSize: Int) {
        guard let section = try root.table("training") else { return (0, 30) }
        try section.rejectUnknownKeys(trainingKeys)
        let seats = try section.int("seats_per_year") ?? 0
        let most = PlanBounds.maximumSeats
        guard seats >= 0 else {
            throw section.invalid(
                "seats_per_year", "is \(seats), must be 0 or more", hint: "use 0 for no allocation plan")
        }
        guard seats <= most else {
            throw section.invalid(
                "seats_per_year", "is \(seats), must be at most \(most)",
                hint: "give the seats the province can train in a year, such as 240")
        }
        let batchSize = try section.int("batch_size") ?? 30
        guard batchSize >= 1 else {
            throw section.invalid(
                "batch_size", "is \(batchSize), must be 1 or more",
                hint: "give the number of trainees per class, such as 30")
        }
        guard batchSize <= most else {
            throw section.invalid(
                "batch_size", "is \(batchSize), must be at most \(most)",
                hint: "give the number of trainees per class, such as 30")
        }
        return (seats, batchSize)
    }

    /// `[quality]`: `max_rejected_share`, a number from 0 to 1 (default ``PlanBounds/defaultMaxRejectedShare``).
    static func quality(_ root: ConfigTable) throws(ConfigError) -> Double {
        guard let section = try root.table("quality") else { return PlanBounds.defaultMaxRejectedShare }
        try section.rejectUnknownKeys(qualityKeys)
        let share = try section.double("max_rejected_share") ?? PlanBounds.defaultMaxRejectedShare
        guard share >= 0, share <= 1 else {
            throw section.invalid(
                "max_rejected_share", "is \(format(share)), must be from 0 to 1",
                hint: "give the largest share of a file's rows that may be rejected, such as 0.10")
        }
        return share
    }
}
