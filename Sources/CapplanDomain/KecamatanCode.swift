/// A Kemendagri kecamatan code `PP.KK.DD` (docs/INPUTS.md "Codes"), e.g. `65.02.01`: the key of a kecamatan.
public struct KecamatanCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The province part, 11–99.
    public let province: Int
    /// The kabupaten/kota part, 01–99.
    public let kabupaten: Int
    /// The kecamatan part, 01–99.
    public let kecamatan: Int

    /// Creates a code from its parts; each must fit in two digits.
    public init(province: Int, kabupaten: Int, kecamatan: Int) {
        precondition(
            [province, kabupaten, kecamatan].allSatisfy { (0...99).contains($0) }, "code parts have two digits")
        self.province = province
        self.kabupaten = kabupaten
        self.kecamatan = kecamatan
    }

    /// The kabupaten/kota the kecamatan lies in.
    public var kabupatenCode: KabupatenCode {
        KabupatenCode(province: province, kabupaten: kabupaten)
    }

    /// The canonical form, `65.02.01`.
    public var description: String {
        "\(kabupatenCode).\(RegionCode.twoDigits(kecamatan))"
    }

    /// Orders by province, then kabupaten, then kecamatan.
    public static func < (lhs: KecamatanCode, rhs: KecamatanCode) -> Bool {
        (lhs.province, lhs.kabupaten, lhs.kecamatan) < (rhs.province, rhs.kabupaten, rhs.kecamatan)
    }
}
