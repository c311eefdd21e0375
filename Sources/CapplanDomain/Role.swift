/// A worker role (docs/METHOD.md "Words"): TKSK, one per kecamatan, or PSM, community social workers per desa.
package enum Role: String, CaseIterable, Comparable, Sendable, Codable {
    /// Tenaga Kesejahteraan Sosial Kecamatan.
    case tksk = "TKSK"
    /// Pekerja Sosial Masyarakat.
    case psm = "PSM"

    /// The role's full Indonesian name.
    package var fullName: String {
        switch self {
        case .tksk: "Tenaga Kesejahteraan Sosial Kecamatan"
        case .psm: "Pekerja Sosial Masyarakat"
        }
    }

    /// The role's place in ``allCases`` and in every output: 0 for TKSK, 1 for PSM. The one mapping of roles to
    /// numbers, for code that packs per-role figures into flat arrays.
    package var position: Int {
        switch self {
        case .tksk: 0
        case .psm: 1
        }
    }

    /// Orders TKSK before PSM, as every output lists them.
    package static func < (lhs: Role, rhs: Role) -> Bool { lhs.position < rhs.position }
}
