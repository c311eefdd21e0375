import CapplanDomain

/// Builds the class plan of a run (docs/METHOD.md "Class plan"): the venues, the travel between every
/// kecamatan with seats and every venue, one ``ClassPlanProblem`` per year of the allocation, solved by
/// ``ClassPlanner``, beside the two naive plans.
package enum ClassPlanning {
    /// Travel figures are handed to the solver in thousandths of the unit (metres, milli-hours), as whole
    /// numbers, so that no floating-point tie can decide the plan.
    static let scale = 1000.0

    /// What the plan needs besides the allocation.
    package struct Inputs: Sendable {
        /// The plan's class settings and `batch_size`, `seats_per_year`.
        package var config: PlanConfig
        /// The kecamatan of the run with their names, in code order.
        package var kecamatan: [(code: KecamatanCode, name: String)]
        /// The kabupaten capitals the regions file marks, in code order: the default venues.
        package var capitals: [KecamatanCode]
        /// Travel between kecamatan.
        package var costs: TravelCosts?

        /// Creates the inputs.
        package init(
            config: PlanConfig, kecamatan: [(code: KecamatanCode, name: String)], capitals: [KecamatanCode],
            costs: TravelCosts?
        ) {
            self.config = config
            self.kecamatan = kecamatan
            self.capitals = capitals
            self.costs = costs
        }
    }

    /// The plan, or why there is none.
    package static func plan(_ allocation: AllocationPlan, _ inputs: Inputs) -> Result<ClassPlan, ClassPlanAbsence> {
        let config = inputs.config
        guard config.seatsPerYear > 0, allocation.years.contains(where: { $0.seats > 0 }) else {
            return .failure(.noSeats(seatsPerYear: config.seatsPerYear))
        }
        let names = Dictionary(inputs.kecamatan.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        let venues: [ClassPlan.Venue]
        switch Self.venues(inputs, names: names) {
        case .success(let list): venues = list
        case .failure(let absence): return .failure(absence)
        }
        guard let costs = inputs.costs else {
            return .failure(.noTravel(config: config.path))
        }
        var years: [ClassPlan.Year] = []
        let entries = Dictionary(grouping: allocation.entries, by: \.year)
        for year in allocation.years where year.seats > 0 {
            let demand = (entries[year.year] ?? []).filter { $0.seats > 0 }.sorted { $0.code < $1.code }
            switch Self.year(year.year, demand, venues: venues, costs: costs, names: names, config: config) {
            case .success(let planned): years.append(planned)
            case .failure(let absence): return .failure(absence)
            }
        }
        return .success(
            ClassPlan(
                unit: costs.unit, venues: venues, years: years, limitClasses: config.classes.limitClasses,
                batchSize: config.batchSize))
    }

    /// The plan's venues, or the marked capitals; each must be a kecamatan of the run.
    static func venues(
        _ inputs: Inputs, names: [KecamatanCode: String]
    ) -> Result<
        [ClassPlan.Venue], ClassPlanAbsence
    > {
        let listed = inputs.config.classes.venues
        let venues = listed.isEmpty ? inputs.capitals.map { PlanVenue(code: $0) } : listed
        guard !venues.isEmpty else {
            return .failure(.noVenues(config: inputs.config.path))
        }
        var result: [ClassPlan.Venue] = []
        for (index, venue) in venues.enumerated() {
            guard let name = names[venue.code] else {
                return .failure(.unknownVenue(code: venue.code, index: index + 1))
            }
            result.append(ClassPlan.Venue(code: venue.code, name: venue.name ?? name, capacity: venue.capacity))
        }
        return .success(result)
    }

    /// One year: the problem, its solution and the naive plans.
    static func year(
        _ year: Int, _ demand: [AllocationEntry], venues: [ClassPlan.Venue], costs: TravelCosts,
        names: [KecamatanCode: String], config: PlanConfig
    ) -> Result<ClassPlan.Year, ClassPlanAbsence> {
        var travel: [[Int64]] = []
        var figures: [[(value: Double, basis: ClassPlan.Basis)]] = []
        for entry in demand {
            var row: [Int64] = []
            var rowFigures: [(value: Double, basis: ClassPlan.Basis)] = []
            for venue in venues {
                guard let cost = costs.cost(from: entry.code, to: venue.code) else {
                    return .failure(
                        .unplaced(
                            from: entry.code, name: names[entry.code] ?? "", venue: venue.code, venueName: venue.name))
                }
                let units = Int64((cost.value * scale).rounded())
                row.append(units)
                rowFigures.append((Double(units) / scale, cost.basis))
            }
            travel.append(row)
            figures.append(rowFigures)
        }
        let seats = demand.reduce(0) { $0 + $1.seats }
        let needed = (seats + config.batchSize - 1) / config.batchSize
        let problem = ClassPlanProblem(
            batchSize: config.batchSize, seats: demand.map(\.seats), capacities: venues.map(\.capacity),
            travel: travel, classLimit: config.classes.limitClasses ? needed : nil)
        guard let solution = ClassPlanner.solve(problem) else {
            return .failure(.tooSmall(year: year, seats: seats, batchSize: config.batchSize))
        }
        let classes = solution.classes.enumerated().map { number, planned in
            ClassPlan.Class(
                number: number + 1, venue: planned.venue,
                members: planned.members.map { member in
                    let figure = figures[member.kecamatan][planned.venue]
                    return ClassPlan.Member(
                        code: demand[member.kecamatan].code, seats: member.seats, travel: figure.value,
                        basis: figure.basis)
                })
        }
        let nearest = ClassPlanner.nearestUnmixed(problem)
        // The same year under the other class rule, for the brief's comparison of the two.
        var other = problem
        other.classLimit = problem.classLimit == nil ? needed : nil
        let otherRule = ClassPlanner.solve(other).map {
            ClassPlan.Tally(classes: $0.classes.count, travel: Double($0.totalTravel) / scale)
        }
        return .success(
            ClassPlan.Year(
                year: year, classes: classes, seats: seats, classesNeeded: needed,
                totalTravel: Double(solution.totalTravel) / scale,
                travelAllAtFirst: Double(ClassPlanner.allAt(0, problem)) / scale,
                nearestUnmixed: ClassPlan.Tally(classes: nearest.classes, travel: Double(nearest.travel) / scale),
                provenOptimal: solution.provenOptimal, otherRule: otherRule))
    }
}
