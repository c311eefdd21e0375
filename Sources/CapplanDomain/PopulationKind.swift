/// What kind of figure a population row gives (the `jenis` column, docs/INPUTS.md "Population"): a first-hand
/// count or estimate, or a figure made from others, which the reports flag (docs/OUTPUTS.md, `data_note`).
package enum PopulationKind: String, Sendable, CaseIterable, Comparable {
    /// `sensus`: a census count (BPS Sensus Penduduk).
    case census = "sensus"
    /// `proyeksi`: a BPS projection or estimate.
    case projection = "proyeksi"
    /// `alokasi`: a kabupaten total allocated to its kecamatan by a proxy (desa count), not by a figure of the
    /// kecamatan's own.
    case allocated = "alokasi"
    /// `registrasi`: a Dukcapil registration count.
    case registration = "registrasi"
    /// `turunan`: derived by arithmetic from other figures (a total grown by another region's rate).
    case derived = "turunan"

    /// The English word, also accepted in the column: `census`, `projection`, `allocated`, `registration`,
    /// `derived`.
    package var english: String {
        switch self {
        case .census: "census"
        case .projection: "projection"
        case .allocated: "allocated"
        case .registration: "registration"
        case .derived: "derived"
        }
    }

    /// Whether the figure is made from others rather than counted or estimated for the kecamatan itself.
    package var isSecondHand: Bool { self == .allocated || self == .derived }

    /// In declaration order.
    package static func < (lhs: PopulationKind, rhs: PopulationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
