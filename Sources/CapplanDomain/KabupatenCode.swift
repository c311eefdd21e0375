/// A Kemendagri kabupaten/kota code `PP.KK` (docs/INPUTS.md "Codes"), e.g. `65.02`.
package struct KabupatenCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The province part, 11–99.
    package let province: Int
    /// The kabupaten/kota part, 01–99 (kota are numbered from 71).
    package let kabupaten: Int

    /// Creates a code from its parts; each must fit in two digits.
    package init(province: Int, kabupaten: Int) {
        precondition((0...99).contains(province) && (0...99).contains(kabupaten), "code parts have two digits")
        self.province = province
        self.kabupaten = kabupaten
    }

    /// The canonical form, `65.02`.
    package var description: String {
        RegionCode.dotted([province, kabupaten, 0], count: 2)
    }

    /// Orders by province, then kabupaten.
    package static func < (lhs: KabupatenCode, rhs: KabupatenCode) -> Bool {
        (lhs.province, lhs.kabupaten) < (rhs.province, rhs.kabupaten)
    }
}
