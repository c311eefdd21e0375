/// A candidate venue of the class plan (docs/INPUTS.md "Plan config", `[[venues]]`): a kecamatan where
/// classes may be held, its name for the reports and, optionally, the most classes it can hold a year.
package struct PlanVenue: Sendable, Equatable {
    /// The kecamatan the venue is in; travel is measured to it.
    package var code: KecamatanCode
    /// The venue's name as the plan gives it; nil to use the kecamatan's name.
    package var name: String?
    /// The most classes the venue can hold in a year; nil for no limit.
    package var capacity: Int?

    /// Creates a venue.
    package init(code: KecamatanCode, name: String? = nil, capacity: Int? = nil) {
        self.code = code
        self.name = name
        self.capacity = capacity
    }
}

/// Which figure of the travel table the class plan minimises (`[training] travel_measure`).
package enum TravelMeasure: String, Sendable, Equatable, CaseIterable {
    /// Hours of travel per trainee, one way (`jam`).
    case hours
    /// Cost of travel per trainee in rupiah, one way (`biaya`).
    case cost
}

/// What the plan says about the class plan (docs/INPUTS.md "Plan config"): the venues, the travel
/// table, which of its figures counts, and whether the year's classes are capped at what its seats need.
package struct ClassPlanSettings: Sendable, Equatable {
    /// `[[venues]]` in the plan's order; empty for the default, the kabupaten capitals the regions file marks.
    package var venues: [PlanVenue]
    /// `travel`: the travel table's path, resolved against the plan's folder; nil when there is none.
    package var travel: String?
    /// `[training] travel_measure`; nil to take hours when the table gives any, else cost.
    package var measure: TravelMeasure?
    /// `[training] limit_classes`: true holds every year to ⌈seats ÷ batch_size⌉ classes over all venues;
    /// false lets each venue open the classes its own trainees need.
    package var limitClasses: Bool

    /// Creates the settings; the default is no venue listed, no table and no limit.
    package init(
        venues: [PlanVenue] = [], travel: String? = nil, measure: TravelMeasure? = nil, limitClasses: Bool = false
    ) {
        self.venues = venues
        self.travel = travel
        self.measure = measure
        self.limitClasses = limitClasses
    }
}
