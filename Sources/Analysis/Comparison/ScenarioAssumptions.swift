import CapplanDomain

/// What a what-if assumes, row by row, and how far each row reaches (docs/INPUTS.md "Scenario", precedence): the
/// "only the assumptions that differ" part of a comparison. Pure: built from the ingested data.
///
/// - A rate row is overridden by a later row for the same code and start year (later row or file
///   wins). A row that is not overridden applies to the kecamatan under its code that follow its
///   code's schedule; the others under its code follow a more specific code's schedule instead
///   (kecamatan over kabupaten over province, the whole schedule).
/// - An explicit figure is overridden by a later figure for the same kecamatan and year; one that
///   stands either replaces a data figure of that year or adds a point between or after data years.
package struct ScenarioAssumptions: Sendable, Equatable {
    /// The level of a scenario code.
    package enum Level: String, Sendable {
        case kecamatan, kabupaten, province
    }

    /// Kecamatan under a rate row's code that follow another, more specific code's schedule.
    package struct Shadow: Sendable, Equatable {
        /// The more specific code whose schedule they follow.
        package var code: RegionCode
        /// How many kecamatan.
        package var kecamatan: Int
    }

    /// One accepted rate row.
    package struct Rate: Sendable, Equatable {
        /// The row as read.
        package var row: ScenarioRate
        /// The level of its code.
        package var level: Level
        /// The later row (same code, same start) that replaces it, if any.
        package var overriddenBy: ScenarioRate?
        /// The kecamatan that follow it (empty when overridden), by code.
        package var followers: [KecamatanCode]
        /// Kecamatan under its code that follow a more specific schedule, by that code.
        package var shadows: [Shadow]
    }

    /// One accepted explicit population row.
    package struct Figure: Sendable, Equatable {
        /// The row as read.
        package var row: ScenarioPopulation
        /// The later row (same kecamatan, same year) that replaces it, if any.
        package var overriddenBy: ScenarioPopulation?
        /// The data figure of the same kecamatan and year it replaces, if any.
        package var replacesData: Int?
    }

    /// Every rate row in file and row order.
    package var rates: [Rate]
    /// Every explicit figure in file and row order.
    package var figures: [Figure]
    /// The kecamatan whose projection a standing row reaches, sorted by code.
    package var touched: [KecamatanCode]

    /// True when the scenario has no rows.
    package var isEmpty: Bool { rates.isEmpty && figures.isEmpty }

    /// The assumptions of `data.scenario` over the kecamatan of `data` (those with population data
    /// or an explicit figure).
    package init(_ data: PlanData) {
        let scenario = data.scenario
        let kecamatan = PlanAnalyzer.analysedCodes(data).sorted()
        let book = GrowthScheduleBook(scenario.rates)
        let owner = book.owner(of:)
        rates = scenario.rates.enumerated().map { index, row in
            let overriddenBy = scenario.rates[(index + 1)...].last {
                $0.code == row.code && $0.startYear == row.startYear
            }
            let covered = kecamatan.filter { Self.covers(row.code, $0) }
            var shadows: [RegionCode: Int] = [:]
            for code in covered { if let other = owner(code), other != row.code { shadows[other, default: 0] += 1 } }
            return Rate(
                row: row, level: Self.level(row.code), overriddenBy: overriddenBy,
                followers: overriddenBy == nil ? covered.filter { owner($0) == row.code } : [],
                shadows: shadows.map { Shadow(code: $0.key, kecamatan: $0.value) }.sorted {
                    $0.code.description < $1.code.description
                })
        }
        figures = scenario.populations.enumerated().map { index, row in
            Figure(
                row: row,
                overriddenBy: scenario.populations[(index + 1)...].last { $0.code == row.code && $0.year == row.year },
                replacesData: data.population.kecamatan[row.code]?.figures.last { $0.year == row.year }?.population)
        }
        touched = Set(rates.flatMap(\.followers) + figures.filter { $0.overriddenBy == nil }.map(\.row.code)).sorted()
    }

    /// The level of a scenario code (BPS kecamatan codes are translated before this point).
    static func level(_ code: RegionCode) -> Level {
        switch code {
        case .province: .province
        case .kabupaten: .kabupaten
        case .kecamatan, .bpsKecamatan: .kecamatan
        }
    }

    /// True when `code` is `kecamatan` or a kabupaten or province containing it.
    static func covers(_ code: RegionCode, _ kecamatan: KecamatanCode) -> Bool {
        switch code {
        case .kecamatan(let own): own == kecamatan
        case .kabupaten(let kabupaten): kecamatan.kabupatenCode == kabupaten
        case .province(let province): kecamatan.province == province
        case .bpsKecamatan: false
        }
    }
}
