import CapplanDomain

/// A class plan's classes and travel per year: what a what-if compares between baseline and scenario
/// (docs/METHOD.md "What-if runs"), from a plan made in the run or from a baseline folder's `classes.csv`.
package struct ClassPlanSummary: Sendable, Equatable {
    /// One year's classes and total travel.
    package struct Year: Sendable, Equatable {
        /// The calendar year.
        package var year: Int
        /// Its classes.
        package var classes: Int
        /// Its total travel, in ``ClassPlanSummary/unit``.
        package var travel: Double

        /// Creates a year.
        package init(year: Int, classes: Int, travel: Double) {
            self.year = year
            self.classes = classes
            self.travel = travel
        }
    }

    /// The travel unit.
    package var unit: ClassPlan.Unit
    /// The years, in order.
    package var years: [Year]

    /// Creates a summary.
    package init(unit: ClassPlan.Unit, years: [Year]) {
        self.unit = unit
        self.years = years
    }

    /// The summary of `plan`, each year's travel the sum of its classes' totals at the 2 decimals `classes.csv`
    /// writes, so that a baseline computed in the run and one read from its folder give the same figures.
    package init(_ plan: ClassPlan) {
        unit = plan.unit
        years = plan.years.map { year in
            Year(
                year: year.year, classes: year.classes.count,
                travel: year.classes.reduce(0) { $0 + ($1.totalTravel * 100).rounded() / 100 })
        }
    }

    /// Classes over every year.
    package var classes: Int { years.reduce(0) { $0 + $1.classes } }
    /// Travel over every year.
    package var travel: Double { years.reduce(0) { $0 + $1.travel } }
}
