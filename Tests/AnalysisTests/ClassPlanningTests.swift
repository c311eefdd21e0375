import Testing

@testable import Analysis
@testable import Ingestion

/// The class plan built from an allocation (docs/METHOD.md "Class plan", interpretations 41–43).
@Suite("ClassPlanning: venues, travel and the plan of a run")
struct ClassPlanningTests {
    /// Three kecamatan on the equator, 0.1° of longitude apart.
    static let places: [KecamatanCode: TravelCosts.Place] = [
        kec("65.01.01"): .init(latitude: 0, longitude: 117.0),
        kec("65.01.02"): .init(latitude: 0, longitude: 117.1),
        kec("65.01.03"): .init(latitude: 0, longitude: 117.3),
    ]
    static let kecamatan: [(code: KecamatanCode, name: String)] = [
        (kec("65.01.01"), "Satu"), (kec("65.01.02"), "Dua"), (kec("65.01.03"), "Tiga"),
    ]

    /// A config of `seats` a year in classes of `batch`, with `classes`.
    static func config(seats: Int = 10, batch: Int = 4, classes: ClassPlanSettings = ClassPlanSettings()) -> PlanConfig
    {
        PlanConfig(
            path: "plan.toml", population: ["p.csv"], roster: "r.csv", seatsPerYear: seats, batchSize: batch,
            classes: classes)
    }

    /// One year's allocation of `seats` by code.
    static func allocation(_ seats: [(String, Int)], year: Int = 2025) -> AllocationPlan {
        let entries = seats.enumerated().map { AllocationEntry(year: year, rank: $0 + 1, code: kec($1.0), seats: $1.1) }
        let total = seats.reduce(0) { $0 + $1.1 }
        return AllocationPlan(
            entries: entries,
            years: [AllocationYear(year: year, seats: total, classes: 0, unmetNeed: 0, kecamatan: entries.count)])
    }

    @Test("great-circle kilometres: 0.1° of longitude on the equator is 11.119508 km")
    func distance() {
        let km = TravelCosts.kilometres(Self.places[kec("65.01.01")]!, Self.places[kec("65.01.02")]!)
        #expect(abs(km - 11.119_508) < 1e-6)
    }

    @Test("with a table: its figure either way, 0 within a kecamatan, else the distance at the table's own rate")
    func tableCosts() {
        var table = TravelTable()
        // 2 hours for 11.12 km: the rate is 2 / 11.119508 hours per km.
        _ = table.add(kec("65.01.02"), kec("65.01.01"), .init(hours: 2, cost: 100, line: 2))
        let costs = TravelCosts(places: Self.places, table: table, measure: nil)
        #expect(costs.unit == .hours)
        #expect(costs.cost(from: kec("65.01.01"), to: kec("65.01.02"))! == (2, .table))
        #expect(costs.cost(from: kec("65.01.01"), to: kec("65.01.01"))! == (0, .table))
        let estimated = costs.cost(from: kec("65.01.01"), to: kec("65.01.03"))!
        #expect(estimated.basis == .estimated)
        // 0.3° is three times 0.1° on the equator: 6 hours.
        #expect(abs(estimated.value - 6) < 1e-9)
        let byCost = TravelCosts(places: Self.places, table: table, measure: .cost)
        #expect(byCost.unit == .rupiah)
        #expect(byCost.cost(from: kec("65.01.02"), to: kec("65.01.01"))! == (100, .table))
    }

    @Test("a plan of one year: every seat in a class at most batch_size, the naive plans beside it")
    func oneYear() throws {
        let settings = ClassPlanSettings(venues: [
            PlanVenue(code: kec("65.01.03")), PlanVenue(code: kec("65.01.01"), name: "Balai"),
        ])
        let inputs = ClassPlanning.Inputs(
            config: Self.config(classes: settings), kecamatan: Self.kecamatan, capitals: [],
            costs: TravelCosts(places: Self.places, table: nil, measure: nil))
        let plan = try ClassPlanning.plan(Self.allocation([("65.01.02", 5), ("65.01.03", 3)]), inputs).get()
        #expect(plan.unit == .kilometres)
        #expect(plan.venues.map(\.name) == ["Tiga", "Balai"])
        let year = try #require(plan.years.first)
        // Dua is 11.12 km from Satu and 22.24 km from Tiga: its 5 go to Satu (Balai) in 2 classes; Tiga's 3 stay.
        #expect(
            year.classes == [
                ClassPlan.Class(
                    number: 1, venue: 0, members: [.init(code: kec("65.01.03"), seats: 3, travel: 0, basis: .distance)]),
                ClassPlan.Class(
                    number: 2, venue: 1,
                    members: [.init(code: kec("65.01.02"), seats: 3, travel: 11.12, basis: .distance)]),
                ClassPlan.Class(
                    number: 3, venue: 1,
                    members: [.init(code: kec("65.01.02"), seats: 2, travel: 11.12, basis: .distance)]),
            ])
        #expect(year.totalTravel == 55.6)
        #expect(year.classesNeeded == 2)
        // All at Tiga: 5 × 22.239 km; nearest unmixed: Dua's 5 at Satu in 2 classes, Tiga's 3 at home in 1.
        #expect(year.travelAllAtFirst == 111.195)
        #expect(year.nearestUnmixed == ClassPlan.Tally(classes: 3, travel: 55.6))
        // Within ⌈8 ÷ 4⌉ = 2 classes: as in the limited test below.
        #expect(year.otherRule == ClassPlan.Tally(classes: 2, travel: 66.719))
    }

    @Test("limit_classes holds the year to ⌈seats ÷ batch_size⌉ classes and reports the plan without the limit")
    func limited() throws {
        let settings = ClassPlanSettings(
            venues: [PlanVenue(code: kec("65.01.03")), PlanVenue(code: kec("65.01.01"))], limitClasses: true)
        let inputs = ClassPlanning.Inputs(
            config: Self.config(classes: settings), kecamatan: Self.kecamatan, capitals: [],
            costs: TravelCosts(places: Self.places, table: nil, measure: nil))
        let plan = try ClassPlanning.plan(Self.allocation([("65.01.02", 5), ("65.01.03", 3)]), inputs).get()
        let year = try #require(plan.years.first)
        // Two classes of 4: one at Tiga (its 3 and 1 from Dua, 22.239 km), one at Satu (4 from Dua, 11.12 km).
        #expect(year.classes.count == 2)
        #expect(year.classes.allSatisfy { $0.trainees <= 4 })
        #expect(year.totalTravel == 66.719)
        #expect(year.otherRule == ClassPlan.Tally(classes: 3, travel: 55.6))
    }

    @Test("the default venues are the marked seats, in code order")
    func capitals() throws {
        let inputs = ClassPlanning.Inputs(
            config: Self.config(), kecamatan: Self.kecamatan, capitals: [kec("65.01.01"), kec("65.01.03")],
            costs: TravelCosts(places: Self.places, table: nil, measure: nil))
        let plan = try ClassPlanning.plan(Self.allocation([("65.01.02", 5)]), inputs).get()
        #expect(plan.venues.map(\.code) == [kec("65.01.01"), kec("65.01.03")])
    }

    static let absences: [(String, ClassPlanSettings, [KecamatanCode], Bool, Int, String)] = [
        (
            "no seats", ClassPlanSettings(), [kec("65.01.01")], true, 0,
            "no class plan: there are no seats to place (seats_per_year is 0) — set [training] seats_per_year for an "
                + "allocation and its classes"
        ),
        (
            "no venue", ClassPlanSettings(), [], true, 10,
            "no class plan: the plan lists no [[venues]] and the regions file marks no kabupaten capital (ibukota) — "
                + "add [[venues]] to plan.toml"
        ),
        (
            "a venue outside the run", ClassPlanSettings(venues: [PlanVenue(code: kec("65.09.01"))]), [], true, 10,
            "no class plan: venue 65.09.01 (venues[1]) is not a kecamatan of the run — check its code against the "
                + "regions file"
        ),
        (
            "no map and no table", ClassPlanSettings(), [kec("65.01.01")], false, 10,
            "no class plan: the plan names neither a map (for distances) nor a travel table — add map = \"…geojson\" "
                + "or travel = \"…csv\" to plan.toml"
        ),
    ]

    /// The line of an absent plan; nil when there is a plan.
    private func absence(_ result: Result<ClassPlan, ClassPlanAbsence>) -> String? {
        guard case .failure(let absence) = result else { return nil }
        return absence.description
    }

    @Test("without seats, venues, a known venue or any travel: no plan, and one line that says why and what to do")
    func absence() {
        for (name, settings, capitals, costs, seats, message) in Self.absences {
            let inputs = ClassPlanning.Inputs(
                config: Self.config(seats: seats, classes: settings), kecamatan: Self.kecamatan, capitals: capitals,
                costs: costs ? TravelCosts(places: Self.places, table: nil, measure: nil) : nil)
            let allocation = seats == 0 ? AllocationPlan.none : Self.allocation([("65.01.02", 5)])
            #expect(
                absence(ClassPlanning.plan(allocation, inputs)) == message, "\(name)")
        }
    }

    @Test("a kecamatan with seats that neither the table nor the map places: no plan, naming the pair")
    func unplaced() {
        var places = Self.places
        places[kec("65.01.02")] = nil
        let inputs = ClassPlanning.Inputs(
            config: Self.config(), kecamatan: Self.kecamatan, capitals: [kec("65.01.01")],
            costs: TravelCosts(places: places, table: nil, measure: nil))
        #expect(
            absence(ClassPlanning.plan(Self.allocation([("65.01.02", 5)]), inputs))
                == ("no class plan: no travel figure from 65.01.02 Dua to venue 65.01.01 Satu — add the pair to the "
                    + "travel table, or the kecamatan's boundary to the map"))
    }
}
