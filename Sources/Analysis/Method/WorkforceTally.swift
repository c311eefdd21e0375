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
///
/// The counts are kept in flat arrays indexed by a dense kecamatan index (in order of first appearance
/// in the roster), role and year: slot `(index · 2 + role) · years.count + (t − B)`.
public struct WorkforceTally: Sendable {
    /// The plan years B…H.
    public let years: ClosedRange<Int>
    /// Dense index of each kecamatan with at least one counted worker.
    private var index: [KecamatanCode: Int] = [:]
    /// n(ρ,k,t) per slot.
    private var workers: [Int] = []
    /// Fully trained workers per slot.
    private var fullyTrained: [Int] = []
    /// Missing applicable modules per slot.
    private var missing: [Int] = []
    /// Active workers at B missing at least one applicable module, in roster order.
    public private(set) var needs: [TrainingNeed] = []

    /// Tallies the roster.
    public init(roster: RosterTable, modules: [TrainingModule], years: ClosedRange<Int>) {
        self.years = years
        let yearCount = years.count
        let base = years.lowerBound
        let horizon = years.upperBound
        let roles = Role.allCases.map { role in
            RoleModules(
                modules: modules, applicable: TrainingStatus.applicable(modules, to: role), columns: roster.moduleIDs)
        }
        var patterns = roles.map { NeedPatterns(moduleCount: $0.applicable.count) }
        // Dense kecamatan index through the packed key province · 10,000 + kabupaten · 100 + kecamatan.
        var denseOfKey: [Int32] = []
        var codes: [KecamatanCode] = []
        let maxModules = roles.map(\.applicable.count).max() ?? 0
        var completed = [Int](repeating: 0, count: maxModules)
        for (workerIndex, worker) in roster.workers.enumerated() where worker.isActive {
            let first = max(base, worker.startYear ?? base)
            guard first <= horizon else { continue }
            let code = worker.kecamatan
            let key = code.province * 10_000 + code.kabupaten * 100 + code.kecamatan
            if key >= denseOfKey.count {
                denseOfKey.append(contentsOf: repeatElement(-1, count: key + 1 - denseOfKey.count))
            }
            var dense = Int(denseOfKey[key])
            if dense < 0 {
                dense = codes.count
                denseOfKey[key] = Int32(dense)
                codes.append(code)
                let grown = codes.count * 2 * yearCount
                workers.append(contentsOf: repeatElement(0, count: grown - workers.count))
                fullyTrained.append(contentsOf: repeatElement(0, count: grown - fullyTrained.count))
                missing.append(contentsOf: repeatElement(0, count: grown - missing.count))
            }
            let roleIndex = worker.role == .tksk ? 0 : 1
            let role = roles[roleIndex]
            let moduleCount = role.applicable.count
            for slot in 0..<moduleCount {
                completed[slot] = role.column[slot].flatMap { roster.completion(worker: workerIndex, module: $0) } ?? 0
            }
            let slotBase = (dense * 2 + roleIndex) * yearCount - base
            for year in first...horizon {
                var missingNow = 0
                for slot in 0..<moduleCount where !role.isCurrent(completed[slot], slot: slot, at: year) {
                    missingNow += 1
                }
                workers[slotBase + year] += 1
                missing[slotBase + year] += missingNow
                if missingNow == 0 { fullyTrained[slotBase + year] += 1 }
                if year == base && missingNow > 0 {
                    let ids = patterns[roleIndex].ids(role: role, completed: completed, at: base)
                    needs.append(
                        TrainingNeed(
                            id: roster.ids[workerIndex], code: code, role: worker.role, missingModules: ids,
                            name: roster.names.isEmpty ? nil : roster.names[workerIndex]))
                }
            }
        }
        index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    }

    /// The counts of a role in a kecamatan and year of the plan (zero where nobody works).
    public func counts(_ code: KecamatanCode, _ role: Role, _ year: Int) -> WorkforceCounts {
        guard let dense = index[code] else { return WorkforceCounts() }
        let slot = (dense * 2 + (role == .tksk ? 0 : 1)) * years.count + (year - years.lowerBound)
        return WorkforceCounts(workers: workers[slot], fullyTrained: fullyTrained[slot], missingModules: missing[slot])
    }

    /// The dense index of a kecamatan's counts, for ``counts(position:roleIndex:year:)``; nil where nobody works.
    func position(of code: KecamatanCode) -> Int? { index[code] }

    /// The counts at a dense index from ``position(of:)`` (zero for nil), role index (0 TKSK, 1 PSM) and year.
    @inline(__always)
    func counts(position: Int?, roleIndex: Int, year: Int) -> WorkforceCounts {
        guard let position else { return WorkforceCounts() }
        let slot = (position * 2 + roleIndex) * years.count + (year - years.lowerBound)
        return WorkforceCounts(workers: workers[slot], fullyTrained: fullyTrained[slot], missingModules: missing[slot])
    }
}

/// The modules that apply to one role, with what the tally needs to test them for a worker.
private struct RoleModules {
    /// Indices into the config's modules, in config order.
    let applicable: [Int]
    /// The roster column of each applicable module, nil when the roster has no such column.
    let column: [Int?]
    /// valid_years of each applicable module.
    let validYears: [Int]
    /// The id of each applicable module.
    let ids: [String]

    /// The applicable modules of a role (`applicable`) and their roster columns among `columns`.
    init(modules: [TrainingModule], applicable: [Int], columns: [String]) {
        self.applicable = applicable
        column = applicable.map { columns.firstIndex(of: modules[$0].id) }
        validYears = applicable.map { modules[$0].validYears }
        ids = applicable.map { modules[$0].id }
    }

    /// Whether applicable module `slot`, completed in year `completed` (0 for never), is current at `year`.
    @inline(__always)
    func isCurrent(_ completed: Int, slot: Int, at year: Int) -> Bool {
        TrainingStatus.isCurrent(completed: completed == 0 ? nil : completed, at: year, validYears: validYears[slot])
    }
}

/// The missing-module id arrays of one role, one per pattern of missing modules, shared between the
/// training needs with that pattern.
private struct NeedPatterns {
    /// The arrays built so far, by bit mask of the missing applicable modules (patterns of up to 16 modules).
    private var byMask: [[String]?]

    /// Room for every pattern of `moduleCount` modules when there are at most 16; none otherwise.
    init(moduleCount: Int) {
        byMask = moduleCount <= 16 ? Array(repeating: nil, count: 1 << moduleCount) : []
    }

    /// The ids, in config order, of the applicable modules of `role` not current at `year`.
    mutating func ids(role: RoleModules, completed: [Int], at year: Int) -> [String] {
        let moduleCount = role.applicable.count
        guard !byMask.isEmpty else {
            return (0..<moduleCount).filter { !role.isCurrent(completed[$0], slot: $0, at: year) }.map { role.ids[$0] }
        }
        var mask = 0
        for slot in 0..<moduleCount where !role.isCurrent(completed[slot], slot: slot, at: year) {
            mask |= 1 << slot
        }
        if let ids = byMask[mask] { return ids }
        let ids = (0..<moduleCount).filter { mask & (1 << $0) != 0 }.map { role.ids[$0] }
        byMask[mask] = ids
        return ids
    }
}
