import CapplanDomain

/// Seats given to one kecamatan in one year (docs/METHOD.md "Training allocation").
package struct AllocationEntry: Sendable, Equatable {
    /// The year t.
    package var year: Int
    /// The kecamatan's rank.
    package var rank: Int
    /// Kemendagri code.
    package var code: KecamatanCode
    /// Whole seats, > 0.
    package var seats: Int

    /// Creates an entry.
    package init(year: Int, rank: Int, code: KecamatanCode, seats: Int) {
        self.year = year
        self.rank = rank
        self.code = code
        self.seats = seats
    }
}

/// One year of the allocation plan.
package struct AllocationYear: Sendable, Equatable {
    /// The year t.
    package var year: Int
    /// Seats handed out (≤ seats_per_year).
    package var seats: Int
    /// ⌈seats / batch_size⌉.
    package var classes: Int
    /// Whole seats still needed after this year's allocation, over all kecamatan.
    package var unmetNeed: Int
    /// Kecamatan that received seats.
    package var kecamatan: Int

    /// Creates a year of the plan.
    package init(year: Int, seats: Int, classes: Int, unmetNeed: Int, kecamatan: Int) {
        self.year = year
        self.seats = seats
        self.classes = classes
        self.unmetNeed = unmetNeed
        self.kecamatan = kecamatan
    }
}

/// The allocation plan; empty when `seats_per_year` is 0.
package struct AllocationPlan: Sendable, Equatable {
    /// Seats per kecamatan and year, by year then rank.
    package var entries: [AllocationEntry]
    /// Per year, B to H.
    package var years: [AllocationYear]

    /// Creates a plan.
    package init(entries: [AllocationEntry], years: [AllocationYear]) {
        self.entries = entries
        self.years = years
    }

    /// No plan.
    package static let none = AllocationPlan(entries: [], years: [])
}
