import CapplanDomain

/// A kecamatan's scenario growth schedule (docs/INPUTS.md "Scenario"; docs/METHOD.md "Population"): (start year, rate)
/// entries, the rate of the entry with the latest start ≤ s applying in year s.
package struct GrowthSchedule: Sendable, Equatable {
    /// The entry without a start year ("from the first projected year": before every year), if any.
    package var openingRate: Double?
    /// Entries with a start year, sorted by start; one per start year.
    package var entries: [(start: Int, rate: Double)]

    /// Creates a schedule.
    package init(openingRate: Double?, entries: [(start: Int, rate: Double)]) {
        self.openingRate = openingRate
        self.entries = entries.sorted { $0.start < $1.start }
    }

    /// rate_k(s): the rate of the entry with the latest start ≤ `year`; `baseRate` (r_k) when `year`
    /// is before the first start and there is no opening entry.
    package func rate(in year: Int, baseRate: Double) -> Double {
        entries.last { $0.start <= year }?.rate ?? openingRate ?? baseRate
    }

    /// Compares entries (tuples are not Equatable by themselves).
    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.openingRate == rhs.openingRate && lhs.entries.map(\.start) == rhs.entries.map(\.start)
            && lhs.entries.map(\.rate) == rhs.entries.map(\.rate)
    }
}

/// Builds each kecamatan's growth schedule from the scenario rate rows (docs/INPUTS.md "Scenario"): per code, for
/// the same start year the later row or file wins; a kecamatan follows the schedule of its own
/// code if it has one, else its kabupaten's, else its province's — the most specific code wins,
/// as a whole schedule.
package struct GrowthScheduleBook: Sendable {
    private var byCode: [RegionCode: GrowthSchedule] = [:]

    /// Collects the schedules of every code from rows in file and row order.
    package init(_ rates: [ScenarioRate]) {
        var opening: [RegionCode: Double] = [:]
        var dated: [RegionCode: [Int: Double]] = [:]
        for row in rates {
            if let start = row.startYear {
                dated[row.code, default: [:]][start] = row.rate
            } else {
                opening[row.code] = row.rate
            }
        }
        for code in Set(opening.keys).union(dated.keys) {
            byCode[code] = GrowthSchedule(
                openingRate: opening[code], entries: (dated[code] ?? [:]).map { (start: $0.key, rate: $0.value) })
        }
    }

    /// The schedule kecamatan `code` follows, or nil when no scenario rate reaches it.
    package func schedule(for code: KecamatanCode) -> GrowthSchedule? {
        owner(of: code).map { byCode[$0]! }
    }

    /// The code whose schedule kecamatan `code` follows: its own, else its kabupaten's, else its
    /// province's (the most specific code with a schedule wins, as a whole); nil when none has one.
    package func owner(of code: KecamatanCode) -> RegionCode? {
        guard !byCode.isEmpty else { return nil }
        return [RegionCode.kecamatan(code), .kabupaten(code.kabupatenCode), .province(code.province)]
            .first { byCode[$0] != nil }
    }
}
