import CapplanDomain

/// Everything the method computes for one kecamatan with population data.
package struct KecamatanAnalysis: Sendable, Equatable {
    /// Kemendagri code.
    package var code: KecamatanCode
    /// Name (latest population row).
    package var name: String
    /// Kabupaten/kota name (latest population row, else the regions file), or "" when unknown.
    package var kabupaten: String
    /// D_k: desa and kelurahan counted by the norms.
    package var villages: Int
    /// r_k: the base growth rate from the data years, or `default_growth`.
    package var baseRate: Double
    /// g_k: the growth rate between B and H (docs/METHOD.md "Growth").
    package var growth: Double
    /// Figures for every year from B to H, in order.
    package var years: [YearFigures]
    /// The population figures given for it, data and scenario, by year (docs/METHOD.md "Population").
    package var observed: [ObservedPopulation]
    /// What its figures rest on: rejected rows that concern it, the kinds of its population figures.
    package var dataQuality: KecamatanDataQuality

    /// Creates the analysis of a kecamatan.
    package init(
        code: KecamatanCode, name: String, kabupaten: String, villages: Int, baseRate: Double, growth: Double,
        years: [YearFigures], observed: [ObservedPopulation] = [],
        dataQuality: KecamatanDataQuality = KecamatanDataQuality()
    ) {
        self.code = code
        self.name = name
        self.kabupaten = kabupaten
        self.villages = villages
        self.baseRate = baseRate
        self.growth = growth
        self.years = years
        self.observed = observed
        self.dataQuality = dataQuality
    }

    /// The figures of year `year` (which must lie in [B, H]).
    package func figures(_ year: Int) -> YearFigures {
        years[year - years[0].year]
    }
}
