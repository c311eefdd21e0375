/// Totals of a province or kabupaten/kota for every year (docs/OUTPUTS.md, `summary.json`).
package struct RegionTotals: Sendable, Equatable {
    /// Province or kabupaten/kota.
    package enum Level: String, Sendable, Equatable {
        /// A province (`65`).
        case province
        /// A kabupaten or kota (`65.01`).
        case kabupaten
    }

    /// The level.
    package var level: Level
    /// Kemendagri code, canonical (`65`, `65.01`).
    package var code: String
    /// Name: a kabupaten's from its kecamatan, a province's from the regions file's `provinsi` or the plan's
    /// `[region] province`; "" when the inputs give none.
    package var name: String
    /// One entry per year, B to H.
    package var years: [TotalFigures]

    /// Creates totals.
    package init(level: Level, code: String, name: String, years: [TotalFigures]) {
        self.level = level
        self.code = code
        self.name = name
        self.years = years
    }

    /// The totals of a year in [B, H].
    package func figures(_ year: Int) -> TotalFigures { years[year - years[0].year] }
}
