/// One year's class plan problem, by index (docs/METHOD.md "Class plan"):
/// kecamatan 0..<`seats.count`, candidate venues 0..<`capacities.count`.
package struct ClassPlanProblem: Sendable, Equatable {
    /// Most trainees in one class, ≥ 1.
    package var batchSize: Int
    /// Whole training seats per kecamatan, each ≥ 0.
    package var seats: [Int]
    /// Per venue: the most classes it holds in the year; nil = no limit.
    package var capacities: [Int?]
    /// `travel[k][v]`: travel of one trainee from kecamatan k to venue v, ≥ 0, in whole units the caller chose.
    package var travel: [[Int64]]
    /// The most classes over all venues; nil = no limit.
    package var classLimit: Int?

    /// Creates a problem.
    package init(batchSize: Int, seats: [Int], capacities: [Int?], travel: [[Int64]], classLimit: Int? = nil) {
        self.batchSize = batchSize
        self.seats = seats
        self.capacities = capacities
        self.travel = travel
        self.classLimit = classLimit
    }

    /// Σ seats.
    var totalSeats: Int { seats.reduce(0, +) }

    /// ⌈Σ seats / batch size⌉: the classes every trainee needs, the most any venue can usefully hold.
    var classesNeeded: Int { (totalSeats + batchSize - 1) / batchSize }

    /// Stops on a malformed problem: a batch below 1, a negative seat count or cost, or a travel table whose
    /// shape is not kecamatan × venues.
    func checkShape() {
        precondition(batchSize >= 1, "batch size below 1")
        precondition(seats.allSatisfy { $0 >= 0 }, "negative seats")
        precondition(travel.count == seats.count, "one travel row per kecamatan")
        precondition(travel.allSatisfy { $0.count == capacities.count }, "one travel cost per venue")
        precondition(travel.allSatisfy { row in row.allSatisfy { $0 >= 0 } }, "negative travel")
        precondition(capacities.allSatisfy { ($0 ?? 0) >= 0 }, "negative capacity")
        precondition((classLimit ?? 0) >= 0, "negative class limit")
    }
}

/// The seats one kecamatan has in one class.
package struct ClassMember: Sendable, Equatable {
    /// The kecamatan's index in ``ClassPlanProblem/seats``.
    package var kecamatan: Int
    /// Its trainees in the class, ≥ 1.
    package var seats: Int

    /// Creates a member.
    package init(kecamatan: Int, seats: Int) {
        self.kecamatan = kecamatan
        self.seats = seats
    }
}

/// One class of the plan: a venue and the trainees of each kecamatan in it.
package struct PlannedClass: Sendable, Equatable {
    /// The venue's index in ``ClassPlanProblem/capacities``.
    package var venue: Int
    /// Its kecamatan, index ascending.
    package var members: [ClassMember]

    /// Creates a class.
    package init(venue: Int, members: [ClassMember]) {
        self.venue = venue
        self.members = members
    }

    /// Trainees in the class: Σ members' seats.
    package var trainees: Int { members.reduce(0) { $0 + $1.seats } }
}

/// A class plan for one year.
package struct ClassPlanSolution: Sendable, Equatable {
    /// The classes, by venue index, then class number.
    package var classes: [PlannedClass]
    /// Σ over members of seats × travel from their kecamatan to the class's venue.
    package var totalTravel: Int64
    /// True when the method guarantees that no plan has less travel; false after the local search.
    package var provenOptimal: Bool

    /// Creates a solution.
    package init(classes: [PlannedClass], totalTravel: Int64, provenOptimal: Bool) {
        self.classes = classes
        self.totalTravel = totalTravel
        self.provenOptimal = provenOptimal
    }
}
