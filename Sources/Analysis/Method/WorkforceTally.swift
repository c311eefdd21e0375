import Ingestion

/// Roster counts of one role in one kecamatan and year, before attrition (docs/METHOD.md "Active workers",
/// "Training status").
public struct WorkforceCounts: Sendable, Equatable {
    /// n(ρ,k,t): active workers with no start year or one ≤ t.
    public var workers = 0
    /// Of those, fully trained at t (every applicable module current).
    public var fullyTrained = 0
    /// Missing applicable modules summed over those workers.
    public var missingModules = 0

    /// Zero counts.
    public init(workers: Int = 0, fullyTrained: Int = 0, missingModules: Int = 0) {
        self.workers = workers
        self.fullyTrained = fullyTrained
        self.missingModules = missingModules
    }
}

/// One pass over the roster: counts per kecamatan, role and year of the plan, and the training
/// needs of the workers active at the base year.
public struct WorkforceTally: Sendable {
    /// The plan years B…H.
    public let years: ClosedRange<Int>
    private var counts: [KecamatanCode: [WorkforceCounts]] = [:]
    /// Active workers at B missing at least one applicable module, in roster order.
    public private(set) var needs: [TrainingNeed] = []

    /// Tallies the roster.
    public init(roster: RosterTable, modules: [TrainingModule], years: ClosedRange<Int>) {
        self.years = years
        let applicable = Role.allCases.map { TrainingStatus.applicable(modules, to: $0) }
        let moduleColumn = modules.map { module in roster.moduleIDs.firstIndex(of: module.id) }
        let zeros = Array(repeating: WorkforceCounts(), count: 2 * years.count)
        for (index, worker) in roster.workers.enumerated() where worker.isActive {
            let roleIndex = worker.role == .tksk ? 0 : 1
            let modulesOfRole = applicable[roleIndex]
            for year in years where worker.startYear.map({ $0 <= year }) ?? true {
                let isCurrent = { (module: Int) in
                    let completed = moduleColumn[module].flatMap { roster.completion(worker: index, module: $0) }
                    return TrainingStatus.isCurrent(
                        completed: completed, at: year, validYears: modules[module].validYears)
                }
                let missing = modulesOfRole.count { !isCurrent($0) }
                let slot = roleIndex * years.count + (year - years.lowerBound)
                counts[worker.kecamatan, default: zeros][slot].workers += 1
                counts[worker.kecamatan, default: zeros][slot].missingModules += missing
                if missing == 0 { counts[worker.kecamatan, default: zeros][slot].fullyTrained += 1 }
                if year == years.lowerBound && missing > 0 {
                    needs.append(
                        TrainingNeed(
                            id: roster.ids[index], code: worker.kecamatan, role: worker.role,
                            missingModules: modulesOfRole.filter { !isCurrent($0) }.map { modules[$0].id },
                            name: roster.names.isEmpty ? nil : roster.names[index]))
                }
            }
        }
    }

    /// The counts of a role in a kecamatan and year of the plan (zero where nobody works).
    public func counts(_ code: KecamatanCode, _ role: Role, _ year: Int) -> WorkforceCounts {
        guard let slots = counts[code] else { return WorkforceCounts() }
        return slots[(role == .tksk ? 0 : 1) * years.count + (year - years.lowerBound)]
    }
}
