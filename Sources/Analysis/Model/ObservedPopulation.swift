import CapplanDomain

/// One population figure given for a kecamatan (docs/METHOD.md "Population"): a data figure with its
/// `sumber`, or a scenario's explicit figure. The used ones are the points O_k the projection runs
/// through; the data figures, used or not, give the base rate r_k.
package struct ObservedPopulation: Sendable, Equatable {
    /// Where a figure comes from.
    package enum Origin: String, Sendable, Equatable {
        /// A population file of the config.
        case data
        /// A `--scenario` file's explicit figure.
        case scenario
    }

    /// Data or scenario.
    package var origin: Origin
    /// The year of the figure.
    package var year: Int
    /// Residents.
    package var population: Int
    /// The `sumber` cell of a data figure; nil when the row leaves it empty, and for a scenario figure.
    package var source: String?
    /// The kind of a data figure (`jenis`: census, projection, allocated, …), when the row gives it.
    package var kind: PopulationKind?
    /// The file it came from.
    package var file: String
    /// The 1-based line it came from.
    package var line: Int
    /// False when a later figure of the same year replaced it: a scenario figure replaces a data
    /// figure, a later scenario row an earlier one.
    package var used: Bool

    /// Creates a figure.
    package init(
        origin: Origin, year: Int, population: Int, source: String?, file: String, line: Int, used: Bool,
        kind: PopulationKind? = nil
    ) {
        self.origin = origin
        self.year = year
        self.population = population
        self.source = source
        self.kind = kind
        self.file = file
        self.line = line
        self.used = used
    }

    /// A kecamatan's data figures and its scenario figures (in file and row order), by year; within
    /// a year, data first and then scenario rows in order, the last one used.
    package static func figures(data: [PopulationFigure], scenario: [ScenarioPopulation]) -> [ObservedPopulation] {
        let given =
            data.map {
                ObservedPopulation(
                    origin: .data, year: $0.year, population: $0.population, source: $0.source, file: $0.file,
                    line: $0.line, used: true, kind: $0.kind)
            }
            + scenario.map {
                ObservedPopulation(
                    origin: .scenario, year: $0.year, population: $0.population, source: nil, file: $0.file,
                    line: $0.line, used: true)
            }
        if zip(given, given.dropFirst()).allSatisfy({ $0.year <= $1.year }) {
            // Already in (year, index) order: the last of a year is the one before another year.
            var figures = given
            for index in figures.indices {
                figures[index].used = index + 1 == figures.count || figures[index + 1].year != figures[index].year
            }
            return figures
        }
        var lastOfYear: [Int: Int] = [:]
        for (index, figure) in given.enumerated() { lastOfYear[figure.year] = index }
        return given.enumerated()
            .map { index, figure in
                var figure = figure
                figure.used = lastOfYear[figure.year] == index
                return (index, figure)
            }
            .sorted { ($0.1.year, $0.0) < ($1.1.year, $1.0) }
            .map(\.1)
    }
}
