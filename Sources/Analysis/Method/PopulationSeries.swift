import CapplanDomain
import Foundation

/// One kecamatan's population over time (docs/METHOD.md "Population"): observed points, the base rate and
/// the scenario schedule, and P(k,t) for any year.
package struct PopulationSeries: Sendable, Equatable {
    /// O_k: (year, population) points, data figures with scenario figures replacing the same year, sorted by year.
    package let points: [(year: Int, population: Double)]
    /// r_k: the base rate (docs/METHOD.md "Population").
    package let baseRate: Double
    /// The scenario schedule the kecamatan follows, or nil.
    package let schedule: GrowthSchedule?

    /// Builds a series. `data` are the kecamatan's data figures (year → residents), `explicit` its
    /// scenario figures in file and row order (a later one wins for the same year).
    package init(
        data: [(year: Int, population: Int)], explicit: [(year: Int, population: Int)], defaultGrowth: Double,
        schedule: GrowthSchedule?
    ) {
        var merged: [Int: Double] = [:]
        for point in data { merged[point.year] = Double(point.population) }
        for point in explicit { merged[point.year] = Double(point.population) }
        self.points = merged.sorted { $0.key < $1.key }.map { (year: $0.key, population: $0.value) }
        self.baseRate = Self.baseRate(data: data, defaultGrowth: defaultGrowth)
        self.schedule = schedule
    }

    /// r_k = (P_last / P_first)^(1 / (y_last − y_first)) − 1 over the earliest and latest *data*
    /// years (scenario figures do not count), when there are at least two data years and
    /// P_first > 0; otherwise `default_growth`. A rate per year, e.g. 0.021 = 2.1 %.
    package static func baseRate(data: [(year: Int, population: Int)], defaultGrowth: Double) -> Double {
        guard let first = data.min(by: { $0.year < $1.year }), let last = data.max(by: { $0.year < $1.year }),
            last.year > first.year, first.population > 0
        else { return defaultGrowth }
        return pow(Double(last.population) / Double(first.population), 1 / Double(last.year - first.year)) - 1
    }

    /// rate_k(s): the schedule's rate in year `s`, or r_k.
    package func rate(in year: Int) -> Double {
        schedule?.rate(in: year, baseRate: baseRate) ?? baseRate
    }

    /// The largest P(k,t): 10^15 residents, about 100,000 times the world's population. Only compounded growth
    /// at the edge of the input bounds (docs/INPUTS.md "Bounds") comes near it; beyond it figures would leave the
    /// finite numbers.
    package static let maximumPopulation = 1e15
    /// The smallest P(k,t) above 0: a millionth of a resident; anything below (or not a number) is 0, so that
    /// ratios of populations stay finite.
    package static let minimumPopulation = 1e-6

    /// P(k,t) (``projected(at:)``) kept within ``minimumPopulation`` … ``maximumPopulation``, 0 below
    /// (docs/METHOD.md "Population").
    package func population(at year: Int) -> Double {
        let value = projected(at: year)
        guard value >= Self.minimumPopulation else { return 0 }
        return min(value, Self.maximumPopulation)
    }

    /// P(k,t), residents as a real number:
    /// - t an observed year: that figure;
    /// - between two points y0 < t < y1: P0 · (P1/P0)^((t − y0)/(y1 − y0)), linear when P0 = 0;
    /// - after the last point y_L: P(y_L) · Π_{s = y_L+1 … t} (1 + rate_k(s));
    /// - before the first point y_F: P(y_F) · (1 + r_k)^(t − y_F) (back-casting with the base rate;
    ///   when 1 + r_k = 0 the first figure is kept, as no rate can lead back from zero).
    func projected(at year: Int) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if year <= first.year {
            if year == first.year || 1 + baseRate == 0 { return first.population }
            return first.population * pow(1 + baseRate, Double(year - first.year))
        }
        if year >= last.year {
            var value = last.population
            if year > last.year {
                for s in (last.year + 1)...year { value *= 1 + rate(in: s) }
            }
            return value
        }
        let upper = points.firstIndex { $0.year >= year }!
        let p1 = points[upper]
        if p1.year == year { return p1.population }
        let p0 = points[upper - 1]
        let fraction = Double(year - p0.year) / Double(p1.year - p0.year)
        if p0.population == 0 { return p0.population + (p1.population - p0.population) * fraction }
        return p0.population * pow(p1.population / p0.population, fraction)
    }

    /// Compares the series (tuples are not Equatable by themselves).
    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.points.map(\.year) == rhs.points.map(\.year) && lhs.points.map(\.population) == rhs.points.map(\.population)
            && lhs.baseRate == rhs.baseRate && lhs.schedule == rhs.schedule
    }
}
