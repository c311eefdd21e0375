import CapplanDomain

/// Roster counts of one role in one kecamatan and year, before attrition (docs/METHOD.md "Active workers",
/// "Training status").
package struct WorkforceCounts: Sendable, Equatable {
    /// n(ρ,k,t): active workers with no start year or one ≤ t.
    package var workers = 0
    /// Of those, fully trained at t (every applicable module current).
    package var fullyTrained = 0
    /// Missing applicable modules summed over those workers.
    package var missingModules = 0

    /// Zero counts.
    package init(workers: Int = 0, fullyTrained: Int = 0, missingModules: Int = 0) {
        self.workers = workers
        self.fullyTrained = fullyTrained
        self.missingModules = missingModules
    }
}

/// The roster's counts per kecamatan, role and year of the plan, and the training needs of the workers
/// active at the base year, from two passes over the roster: the first finds each counted worker's
/// kecamatan, the second reads each worker's completion years once and adds, per worker, the years it
/// counts, the years each module is current and the years it is fully trained as intervals, so that no
/// module is tested year by year.
///
/// The counts are kept in one flat array indexed by a dense kecamatan index (in order of first appearance
/// in the roster), role and year: slot `(index · 2 + role.position) · years.count + (t − B)` holds workers, fully
/// trained and missing modules at `3 · slot`, `3 · slot + 1` and `3 · slot + 2`.
package struct WorkforceTally: Sendable {
    /// The plan years B…H.
    package let years: ClosedRange<Int>
    /// Dense index of each kecamatan with at least one counted worker.
    private var index: [KecamatanCode: Int] = [:]
    /// Workers, fully trained and missing modules per slot.
    private var tallies: [Int] = []
    /// Active workers at B missing at least one applicable module, in roster order.
    package private(set) var needs: [TrainingNeed] = []
    /// The number of roles, each a block of slots per kecamatan at its ``Role/position``.
    private static let roleCount = Role.allCases.count

    /// Tallies the roster.
    package init(roster: RosterTable, modules: [TrainingModule], years: ClosedRange<Int>) {
        self.years = years
        let yearCount = years.count
        let base = years.lowerBound
        let horizon = years.upperBound
        let roleCount = Self.roleCount
        let roles = PerRole { role in
            RoleModules(
                modules: modules, applicable: TrainingStatus.applicable(modules, to: role), columns: roster.moduleIDs)
        }
        let moduleCount = roles.map(\.applicable.count)
        let width = max(1, moduleCount.values.max() ?? 0)
        // Per role, `width` entries from `role.position · width`: the roster column (−1 for none) and valid_years
        // of each applicable module.
        var column = [Int](repeating: -1, count: roleCount * width)
        var validYears = [Int](repeating: 0, count: roleCount * width)
        for role in Role.allCases {
            let applicable = roles[role]
            for slot in applicable.applicable.indices {
                column[role.position * width + slot] = applicable.column[slot] ?? -1
                validYears[role.position * width + slot] = applicable.validYears[slot]
            }
        }
        let rosterWorkers = roster.workers
        // Pass 1: the dense index of every counted worker's kecamatan (−1 for a worker never counted), found in
        // a block of 100 entries (one per kecamatan part) per kabupaten seen, every code part having two digits.
        var denseOfWorker = [Int32](repeating: -1, count: rosterWorkers.count)
        var blockOfKabupaten = [Int32](repeating: -1, count: 100 * 100)
        var denseInBlock: [Int32] = []
        var codes: [KecamatanCode] = []
        for workerIndex in rosterWorkers.indices {
            let worker = rosterWorkers[workerIndex]
            guard worker.isActive, (worker.startYear ?? base) <= horizon else { continue }
            let code = worker.kecamatan
            let kabupaten = code.province * 100 + code.kabupaten
            if blockOfKabupaten[kabupaten] < 0 {
                blockOfKabupaten[kabupaten] = Int32(denseInBlock.count / 100)
                denseInBlock.append(contentsOf: repeatElement(-1, count: 100))
            }
            let entry = Int(blockOfKabupaten[kabupaten]) * 100 + code.kecamatan
            if denseInBlock[entry] < 0 {
                denseInBlock[entry] = Int32(codes.count)
                codes.append(code)
            }
            denseOfWorker[workerIndex] = denseInBlock[entry]
        }
        // Pass 2: per worker, the years it counts, the years each module is current and the years it is fully
        // trained, as intervals of year offsets [lo, hi) added to per-slot difference arrays (workers, current
        // modules, fully trained: `3 · (yearCount + 1)` entries per slot); and the workers with a need at B with
        // the mask of their missing modules (or, past 64 modules, the ids themselves).
        let span = yearCount + 1
        var changes = [Int](repeating: 0, count: 3 * span * codes.count * roleCount)
        var needWorkers: [Int32] = []
        var needMasks: [UInt64] = []
        var needIDs: [[String]] = []
        withUnsafeTemporaryAllocation(of: Int.self, capacity: width) { completed in
            changes.withUnsafeMutableBufferPointer { changes in
                for workerIndex in rosterWorkers.indices where denseOfWorker[workerIndex] >= 0 {
                    let worker = rosterWorkers[workerIndex]
                    let role = worker.role
                    let count = moduleCount[role]
                    let offset = role.position * width
                    for slot in 0..<count {
                        let module = column[offset + slot]
                        completed[slot] = module < 0 ? 0 : roster.completion(worker: workerIndex, module: module) ?? 0
                    }
                    let first = max(base, worker.startYear ?? base) - base
                    let at = 3 * span * (Int(denseOfWorker[workerIndex]) * roleCount + role.position)
                    changes[at + first] += 1
                    changes[at + yearCount] -= 1
                    // A module completed in c with valid_years v is current in the years t with c ≤ t and, for
                    // v > 0, t < c + v (docs/METHOD.md "Training status").
                    // Missing at B (offset 0, when the worker counts then): the modules whose interval misses 0.
                    var fullyFrom = first
                    var fullyTo = yearCount
                    var mask: UInt64 = 0
                    var lacksModule = false
                    for slot in 0..<count {
                        let done = completed[slot]
                        guard done != 0 else {
                            fullyTo = fullyFrom
                            lacksModule = true
                            if slot < 64 { mask |= 1 << UInt64(slot) }
                            continue
                        }
                        let valid = validYears[offset + slot]
                        let start = done - base
                        let from = max(first, min(start, yearCount))
                        // Written so that no valid_years, however large, overflows.
                        let to =
                            valid == 0 || valid >= yearCount - start
                            ? yearCount : valid < 0 ? from : max(from, start + valid)
                        changes[at + span + from] += 1
                        changes[at + span + to] -= 1
                        fullyFrom = max(fullyFrom, from)
                        fullyTo = min(fullyTo, to)
                        if from != 0 || to == 0 {
                            lacksModule = true
                            if slot < 64 { mask |= 1 << UInt64(slot) }
                        }
                    }
                    if fullyFrom < fullyTo {
                        changes[at + 2 * span + fullyFrom] += 1
                        changes[at + 2 * span + fullyTo] -= 1
                    }
                    guard first == 0, lacksModule else { continue }
                    needWorkers.append(Int32(workerIndex))
                    if count <= 64 {
                        needMasks.append(mask)
                    } else {
                        needIDs.append(
                            (0..<count).filter {
                                !TrainingStatus.isCurrent(
                                    completed: completed[$0] == 0 ? nil : completed[$0], at: base,
                                    validYears: validYears[offset + $0])
                            }
                            .map { roles[role].ids[$0] })
                    }
                }
            }
        }
        // The counts from the running sums of the changes: missing = workers · applicable − current.
        var tallies = [Int](repeating: 0, count: 3 * codes.count * roleCount * yearCount)
        for dense in codes.indices {
            for role in Role.allCases {
                let slot = dense * roleCount + role.position
                let applicable = moduleCount[role]
                let at = 3 * span * slot
                var (workers, current, fully) = (0, 0, 0)
                for offset in 0..<yearCount {
                    workers += changes[at + offset]
                    current += changes[at + span + offset]
                    fully += changes[at + 2 * span + offset]
                    let tally = 3 * (slot * yearCount + offset)
                    tallies[tally] = workers
                    tallies[tally + 1] = fully
                    tallies[tally + 2] = workers * applicable - current
                }
            }
        }
        self.tallies = tallies
        index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        // The needs, in roster order, sharing one id array per role and pattern.
        let ids = roster.ids
        let names = roster.names
        var patterns = roles.map { NeedPatterns(ids: $0.ids) }
        var masks = needMasks.makeIterator()
        var direct = needIDs.makeIterator()
        needs = needWorkers.map { needWorker in
            let workerIndex = Int(needWorker)
            let worker = rosterWorkers[workerIndex]
            let missing =
                moduleCount[worker.role] <= 64
                ? patterns[worker.role].ids(mask: masks.next()!) : ModulePattern(direct.next()!)
            return TrainingNeed(
                id: ids[workerIndex], code: codes[Int(denseOfWorker[workerIndex])], role: worker.role,
                missingModules: missing.ids, missingModulesText: missing.text,
                name: names.isEmpty ? nil : names[workerIndex])
        }
    }

    /// The counts of a role in a kecamatan and year of the plan (zero where nobody works).
    package func counts(_ code: KecamatanCode, _ role: Role, _ year: Int) -> WorkforceCounts {
        guard let dense = index[code] else { return WorkforceCounts() }
        return counts(position: dense, role: role, year: year)
    }

    /// The dense index of a kecamatan's counts, for ``counts(position:role:year:)``; nil where nobody works.
    func position(of code: KecamatanCode) -> Int? { index[code] }

    /// The counts at a dense index from ``position(of:)`` (zero for nil), role and year.
    @inline(__always)
    func counts(position: Int?, role: Role, year: Int) -> WorkforceCounts {
        guard let position else { return WorkforceCounts() }
        let slot = 3 * ((position * Self.roleCount + role.position) * years.count + (year - years.lowerBound))
        return WorkforceCounts(
            workers: tallies[slot], fullyTrained: tallies[slot + 1], missingModules: tallies[slot + 2])
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
}

/// The missing-module id arrays of one role, one per pattern of missing modules, shared between the
/// training needs with that pattern.
private struct NeedPatterns {
    /// The ids of the role's applicable modules, in config order.
    private let ids: [String]
    /// The patterns built so far, by bit mask of the missing applicable modules, for up to 16 modules.
    private var byMask: [ModulePattern?]
    /// The patterns built so far for 17 to 64 modules.
    private var byLongMask: [UInt64: ModulePattern] = [:]

    /// The patterns of the role whose applicable modules have these ids; room for every pattern when there
    /// are at most 16.
    init(ids: [String]) {
        self.ids = ids
        byMask = ids.count <= 16 ? Array(repeating: nil, count: 1 << ids.count) : []
    }

    /// The ids, in config order, of the applicable modules whose bit is set in `mask`, and their text.
    mutating func ids(mask: UInt64) -> ModulePattern {
        if !byMask.isEmpty, let pattern = byMask[Int(mask)] { return pattern }
        if byMask.isEmpty, let pattern = byLongMask[mask] { return pattern }
        let pattern = ModulePattern(self.ids.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { self.ids[$0] })
        if byMask.isEmpty { byLongMask[mask] = pattern } else { byMask[Int(mask)] = pattern }
        return pattern
    }
}

/// The ids of a need's missing modules and the same joined by `;`, made once per pattern and shared.
private struct ModulePattern {
    /// The ids, in config order.
    let ids: [String]
    /// `ids` joined by `;`.
    let text: String

    /// The pattern of these ids.
    init(_ ids: [String]) {
        self.ids = ids
        text = ids.joined(separator: ";")
    }
}
