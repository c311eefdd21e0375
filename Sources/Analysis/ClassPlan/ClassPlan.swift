import CapplanDomain

/// The class plan (docs/METHOD.md "Class plan"): for each year of the allocation, classes of at most `batch_size`
/// trainees, each at one venue, every kecamatan's allocated seats assigned to them with the least travel the
/// method finds, beside two naive plans.
package struct ClassPlan: Sendable, Equatable {
    /// What travel is measured in.
    package enum Unit: String, Sendable, Equatable {
        /// Straight-line (great-circle) kilometres between kecamatan centroids, one way.
        case kilometres = "km"
        /// Hours of the travel table, one way.
        case hours = "jam"
        /// Rupiah of the travel table, one way.
        case rupiah = "rupiah"
    }

    /// Where a trainee's travel figure comes from.
    package enum Basis: String, Sendable, Equatable {
        /// The straight-line distance between centroids (no travel table).
        case distance = "jarak"
        /// The travel table.
        case table = "tabel"
        /// The distance converted to the table's unit at the table's own rate: the table is silent on the pair.
        case estimated = "perkiraan_jarak"
    }

    /// A venue of the plan.
    package struct Venue: Sendable, Equatable {
        /// Its kecamatan.
        package var code: KecamatanCode
        /// Its name: the plan's, else the kecamatan's.
        package var name: String
        /// The most classes a year, nil for no limit.
        package var capacity: Int?

        /// Creates a venue.
        package init(code: KecamatanCode, name: String, capacity: Int?) {
            self.code = code
            self.name = name
            self.capacity = capacity
        }
    }

    /// A kecamatan's trainees in one class.
    package struct Member: Sendable, Equatable {
        /// The kecamatan.
        package var code: KecamatanCode
        /// Its trainees (seats) in the class.
        package var seats: Int
        /// Travel per trainee from the kecamatan to the class's venue, in the plan's unit.
        package var travel: Double
        /// Where that figure comes from.
        package var basis: Basis

        /// Creates a member.
        package init(code: KecamatanCode, seats: Int, travel: Double, basis: Basis) {
            self.code = code
            self.seats = seats
            self.travel = travel
            self.basis = basis
        }
    }

    /// One class.
    package struct Class: Sendable, Equatable {
        /// Its number within the year, from 1.
        package var number: Int
        /// The index of its venue in ``ClassPlan/venues``.
        package var venue: Int
        /// Its kecamatan, in code order.
        package var members: [Member]

        /// Creates a class.
        package init(number: Int, venue: Int, members: [Member]) {
            self.number = number
            self.venue = venue
            self.members = members
        }

        /// Its trainees.
        package var trainees: Int { members.reduce(0) { $0 + $1.seats } }
        /// Its trainees' travel together.
        package var totalTravel: Double { members.reduce(0) { $0 + Double($1.seats) * $1.travel } }
        /// Travel per trainee on average; 0 for an empty class (none is formed).
        package var meanTravel: Double { trainees == 0 ? 0 : totalTravel / Double(trainees) }
        /// Where its figures come from: one basis, or ``Basis/estimated`` when any member's is.
        package var basis: Basis {
            members.contains { $0.basis == .estimated } ? .estimated : members.first?.basis ?? .distance
        }
    }

    /// A plan's classes and its travel in all: what the comparisons put side by side.
    package struct Tally: Sendable, Equatable {
        /// The classes.
        package var classes: Int
        /// The travel, in the plan's unit.
        package var travel: Double

        /// Creates a tally.
        package init(classes: Int, travel: Double) {
            self.classes = classes
            self.travel = travel
        }

        /// The sum of `tallies`; nil when any is nil (that plan does not fit every year).
        package static func sum(_ tallies: [Tally?]) -> Tally? {
            var total = Tally(classes: 0, travel: 0)
            for tally in tallies {
                guard let tally else { return nil }
                total.classes += tally.classes
                total.travel += tally.travel
            }
            return total
        }
    }

    /// One year's classes and its comparison with the naive plans.
    package struct Year: Sendable, Equatable {
        /// The calendar year.
        package var year: Int
        /// Its classes, numbered from 1, by venue in the plan's venue order.
        package var classes: [Class]
        /// The seats the allocation gives this year.
        package var seats: Int
        /// The classes the year's seats need: ⌈seats ÷ batch_size⌉.
        package var classesNeeded: Int
        /// The plan's travel in all.
        package var totalTravel: Double
        /// Travel when every class is held at the first venue (naive plan 1).
        package var travelAllAtFirst: Double
        /// Classes and travel when each kecamatan's trainees go to their nearest venue in classes of their own
        /// (naive plan 2).
        package var nearestUnmixed: Tally
        /// True when the method proves the plan's travel the lowest possible.
        package var provenOptimal: Bool
        /// The travel and classes of the plan under the other `limit_classes` setting: without the limit (each
        /// venue opening the classes its own trainees need) when it is on, within ⌈seats ÷ batch_size⌉ classes
        /// when it is off; nil when that plan does not fit the venues.
        package var otherRule: Tally?

        /// The plan's own classes and travel.
        package var tally: Tally { Tally(classes: classes.count, travel: totalTravel) }

        /// The plan within ⌈seats ÷ batch_size⌉ classes and the plan without that limit, whichever this one is;
        /// `limited` tells which rule the plan itself follows.
        package func rules(limited: Bool) -> (limit: Tally?, free: Tally?) {
            limited ? (tally, otherRule) : (otherRule, tally)
        }

        /// Creates a year.
        package init(
            year: Int, classes: [Class], seats: Int, classesNeeded: Int, totalTravel: Double,
            travelAllAtFirst: Double, nearestUnmixed: Tally, provenOptimal: Bool, otherRule: Tally? = nil
        ) {
            self.otherRule = otherRule
            self.year = year
            self.classes = classes
            self.seats = seats
            self.classesNeeded = classesNeeded
            self.totalTravel = totalTravel
            self.travelAllAtFirst = travelAllAtFirst
            self.nearestUnmixed = nearestUnmixed
            self.provenOptimal = provenOptimal
        }
    }

    /// The unit of every travel figure.
    package var unit: Unit
    /// The venues, in the plan's order (or the capitals' code order).
    package var venues: [Venue]
    /// The years with seats, in order.
    package var years: [Year]
    /// True when every year's classes are held to ⌈seats ÷ batch_size⌉ (`[training] limit_classes`).
    package var limitClasses: Bool
    /// The largest class.
    package var batchSize: Int

    /// Creates a plan.
    package init(unit: Unit, venues: [Venue], years: [Year], limitClasses: Bool, batchSize: Int) {
        self.unit = unit
        self.venues = venues
        self.years = years
        self.limitClasses = limitClasses
        self.batchSize = batchSize
    }

    /// The seats of every year.
    package var seats: Int { years.reduce(0) { $0 + $1.seats } }
    /// The plan's classes and travel over every year.
    package var tally: Tally { Tally.sum(years.map(\.tally)) ?? Tally(classes: 0, travel: 0) }
    /// Naive plan 1's travel over every year.
    package var travelAllAtFirst: Double { years.reduce(0) { $0 + $1.travelAllAtFirst } }
    /// Naive plan 2's classes and travel over every year.
    package var nearestUnmixed: Tally { Tally.sum(years.map(\.nearestUnmixed)) ?? Tally(classes: 0, travel: 0) }
    /// The plan under the other class rule over every year; nil when it does not fit every year.
    package var otherRule: Tally? { Tally.sum(years.map(\.otherRule)) }

    /// Every class of every year with its year, in order.
    package var allClasses: [(year: Int, class: Class)] {
        years.flatMap { year in year.classes.map { (year: year.year, class: $0) } }
    }
}

/// Why a run has no class plan: one line for stderr (``description``); the brief words it in its own language.
package enum ClassPlanAbsence: Error, Sendable, Equatable, CustomStringConvertible {
    /// `seats_per_year` is 0 or the allocation placed no seat.
    case noSeats(seatsPerYear: Int)
    /// The plan lists no venue and the regions file marks no seat; `config` is the plan's path.
    case noVenues(config: String)
    /// `[[venues]]` number `index` (from 1) names a kecamatan that is not one of the run.
    case unknownVenue(code: KecamatanCode, index: Int)
    /// Neither a map nor a travel table; `config` is the plan's path.
    case noTravel(config: String)
    /// No figure from a kecamatan with seats to a venue.
    case unplaced(from: KecamatanCode, name: String, venue: KecamatanCode, venueName: String)
    /// The venues' capacities cannot hold a year's trainees.
    case tooSmall(year: Int, seats: Int, batchSize: Int)

    /// The line on stderr.
    package var description: String {
        switch self {
        case .noSeats(let seats):
            "no class plan: there are no seats to place (seats_per_year is \(seats)) — set [training] seats_per_year "
                + "for an allocation and its classes"
        case .noVenues(let config):
            "no class plan: the plan lists no [[venues]] and the regions file marks no kabupaten capital (ibukota) — "
                + "add [[venues]] to \(config)"
        case .unknownVenue(let code, let index):
            "no class plan: venue \(code) (venues[\(index)]) is not a kecamatan of the run — check its code against "
                + "the regions file"
        case .noTravel(let config):
            "no class plan: the plan names neither a map (for distances) nor a travel table — add map = \"…geojson\" "
                + "or travel = \"…csv\" to \(config)"
        case .unplaced(let from, let name, let venue, let venueName):
            "no class plan: no travel figure from \(from) \(name) to venue \(venue) \(venueName) — add the pair to the "
                + "travel table, or the kecamatan's boundary to the map"
        case .tooSmall(let year, let seats, let batchSize):
            "no class plan: in \(year) the venues cannot hold \(seats) trainees in classes of \(batchSize) — raise a "
                + "venue's capacity or add a venue"
        }
    }
}
