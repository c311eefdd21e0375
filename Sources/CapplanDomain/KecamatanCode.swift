/// A Kemendagri kecamatan code `PP.KK.DD` (docs/INPUTS.md "Codes"), e.g. `65.02.01`: the key of a kecamatan.
package struct KecamatanCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The province part, 11–99.
    package let province: Int
    /// The kabupaten/kota part, 01–99.
    package let kabupaten: Int
    /// The kecamatan part, 01–99.
    package let kecamatan: Int

    /// Creates a code from its parts; each must fit in two digits.
    package init(province: Int, kabupaten: Int, kecamatan: Int) {
        precondition(
            (0...99).contains(province) && (0...99).contains(kabupaten) && (0...99).contains(kecamatan),
            "code parts have two digits")
        self.province = province
        self.kabupaten = kabupaten
        self.kecamatan = kecamatan
    }

    /// The kabupaten/kota the kecamatan lies in.
    package var kabupatenCode: KabupatenCode {
        KabupatenCode(province: province, kabupaten: kabupaten)
    }

    /// The canonical form, `65.02.01`.
    package var description: String {
        RegionCode.dotted([province, kabupaten, kecamatan], count: 3)
    }

    /// Hashes the three parts as one number (each is below 100): one word for the hasher, not three.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(province &* 10_000 &+ kabupaten &* 100 &+ kecamatan)
    }

    /// Orders by province, then kabupaten, then kecamatan.
    package static func < (lhs: KecamatanCode, rhs: KecamatanCode) -> Bool {
        (lhs.province, lhs.kabupaten, lhs.kecamatan) < (rhs.province, rhs.kabupaten, rhs.kecamatan)
    }
}
