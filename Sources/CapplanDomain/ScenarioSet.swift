/// An explicit projected population from a scenario (docs/INPUTS.md "Scenario"): replaces or adds a
/// (kecamatan, year) figure.
package struct ScenarioPopulation: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(code: KecamatanCode, year: Int, population: Int, file: String, line: Int) {
        self.code = code
        self.year = year
        self.population = population
        self.file = file
        self.line = line
    }

    /// The kecamatan.
    package var code: KecamatanCode
    /// The year of the figure.
    package var year: Int
    /// Residents.
    package var population: Int
    /// Where it came from.
    package var file: String
    /// The 1-based line.
    package var line: Int
}

/// One entry of a growth schedule (docs/INPUTS.md "Scenario"): `rate` a year from `startYear` on, for a
/// kecamatan, a kabupaten or a province.
package struct ScenarioRate: Sendable, Equatable {
    /// Creates the value from its parts.
    package init(code: RegionCode, startYear: Int? = nil, rate: Double, file: String, line: Int) {
        self.code = code
        self.startYear = startYear
        self.rate = rate
        self.file = file
        self.line = line
    }

    /// The code the rate is for: `.kecamatan`, `.kabupaten` or `.province` (BPS codes already translated).
    package var code: RegionCode
    /// The first year the rate applies, or nil for "from the first projected year".
    package var startYear: Int?
    /// Annual growth rate (0.045 = 4.5 %).
    package var rate: Double
    /// Where it came from.
    package var file: String
    /// The 1-based line.
    package var line: Int
}

/// Every accepted scenario row, in the order given (later rows and files win; the analysis applies
/// that precedence).
package struct ScenarioSet: Sendable, Equatable {
    /// Explicit populations, in file and row order.
    package var populations: [ScenarioPopulation] = []
    /// Growth-rate entries, in file and row order.
    package var rates: [ScenarioRate] = []

    /// An empty scenario set (no what-if).
    package init() {}
}
