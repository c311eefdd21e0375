import CapplanDomain

/// Seats given to one kecamatan in one year (docs/METHOD.md "Training allocation").
public struct AllocationEntry: Sendable, Equatable {
    /// The year t.
    public var year: Int
    /// The kecamatan's rank.
    public var rank: Int
    /// Kemendagri code.
    public var code: KecamatanCode
    /// Whole seats, > 0.
    public var seats: Int

    /// Creates an entry.
    public init(year: Int, rank: Int, code: KecamatanCode, seats: Int) {
        self.year = year
        self.rank = rank
        self.code = code
        self.seats = seats
    }
}

/// One year of the allocation plan.
public struct AllocationYear: Sendable, Equatable {
    /// The year t.
    public var year: Int
    /// Seats handed out (≤ seats_per_year).
    public var seats: Int
    /// ⌈seats / batch_size⌉.
    public var classes: Int
    /// Whole seats still needed after this year's allocation, over all kecamatan.
    public var unmetNeed: Int
    /// Kecamatan that received seats.
    public var kecamatan: Int

    /// Creates a year of the plan.
    public init(year: Int, seats: Int, classes: Int, unmetNeed: Int, kecamatan: Int) {
        self.year = year
        self.seats = seats
        self.classes = classes
        self.unmetNeed = unmetNeed
        self.kecamatan = kecamatan
    }
}

/// The allocation plan; empty when `seats_per_year` is 0.
public struct AllocationPlan: Sendable, Equatable {
    /// Seats per kecamatan and year, by year then rank.
    public var entries: [AllocationEntry]
    /// Per year, B to H.
    public var years: [AllocationYear]

    /// Creates a plan.
    public init(entries: [AllocationEntry], years: [AllocationYear]) {
        self.entries = entries
        self.years = years
    }

    /// No plan.
    public static let none = AllocationPlan(entries: [], years: [])
}
