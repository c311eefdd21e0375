/// Totals of a province or kabupaten/kota for every year (docs/OUTPUTS.md, `summary.json`).
public struct RegionTotals: Sendable, Equatable {
    /// Province or kabupaten/kota.
    public enum Level: String, Sendable, Equatable {
        /// A province (`65`).
        case province
        /// A kabupaten or kota (`65.01`).
        case kabupaten
    }

    /// The level.
    public var level: Level
    /// Kemendagri code, canonical (`65`, `65.01`).
    public var code: String
    /// Name: a kabupaten's from its kecamatan, a province's from the regions file's `provinsi` or the plan's
    /// `[region] province`; "" when the inputs give none.
    public var name: String
    /// One entry per year, B to H.
    public var years: [TotalFigures]

    /// Creates totals.
    public init(level: Level, code: String, name: String, years: [TotalFigures]) {
        self.level = level
        self.code = code
        self.name = name
        self.years = years
    }

    /// The totals of a year in [B, H].
    public func figures(_ year: Int) -> TotalFigures { years[year - years[0].year] }
}
