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

    /// Orders TKSK before PSM, as every output lists them.
    package static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
