/// How hard a kecamatan is to reach, which sets how thinly `capplan sample roster` staffs it with PSM.
///
/// The tiers follow Kalimantan Utara, the province the regions-mode roster was written for; names
/// elsewhere fall into ``other`` unless they are urban by the generic rules.
///
/// - ``remote``: the interior and border highland kecamatan, reached mainly by small aircraft or long
///   river journeys, where a village volunteer is hardest to recruit and to bring to a course: the
///   five Krayan and four Lumbis
///   kecamatan of Nunukan (on the Sabah/Sarawak border), and upper Malinau (Bahau Hulu, Kayan Hulu,
///   Kayan Hilir, Kayan Selatan, Pujungan, Sungai Boh, Mentarang Hulu, Sungai Tubu). Sebuku and
///   Tulin Onsoi are left out: lowland kecamatan on the Sebuku river with road links to Nunukan.
/// - ``urban``: every kecamatan of a *Kota* (Tarakan), every kecamatan whose villages are all
///   kelurahan (Nunukan Selatan), and the kabupaten capitals: Tanjung Selor (Bulungan), Malinau Kota,
///   Nunukan, and Sesayap, the kecamatan of Tideng Pale (Tana Tidung).
/// - ``other``: the rest.
enum SampleRemoteness: String, CaseIterable {
    case remote
    case urban
    case other

    /// Remote kecamatan named in full (lowercase).
    static let remoteNames: Set<String> = [
        "bahau hulu", "kayan hulu", "kayan hilir", "kayan selatan", "pujungan", "sungai boh", "mentarang hulu",
        "sungai tubu",
    ]
    /// A kecamatan whose name is one of these words, or starts with one and a space, is remote:
    /// Krayan, Krayan Barat, … and Lumbis, Lumbis Ogong, ….
    static let remoteFamilies = ["krayan", "lumbis"]
    /// The kabupaten capitals' kecamatan (lowercase).
    static let capitalNames: Set<String> = ["tanjung selor", "malinau kota", "nunukan", "sesayap"]

    /// The tier of a kecamatan, from its name, its kabupaten's name and its desa and kelurahan counts.
    static func of(name: String, kabupaten: String?, desa: Int?, kelurahan: Int?) -> SampleRemoteness {
        let name = fold(name)
        if remoteNames.contains(name) || remoteFamilies.contains(where: { name == $0 || name.hasPrefix($0 + " ") }) {
            return .remote
        }
        let isKota = kabupaten.map { fold($0).hasPrefix("kota ") } ?? false
        let allKelurahan = (desa ?? 0) == 0 && (kelurahan ?? 0) > 0
        return isKota || allKelurahan || capitalNames.contains(name) ? .urban : .other
    }

    /// The share of desa and kelurahan that have a PSM: drawn once per kecamatan from this range.
    var coverage: ClosedRange<Double> {
        switch self {
        case .remote: 0.40...0.60
        case .urban: 0.90...1.00
        case .other: 0.70...0.85
        }
    }

    /// The chance that a kelurahan of the kecamatan has one more PSM (dense urban neighbourhoods).
    var extraPerKelurahan: Double { self == .urban ? 0.3 : 0 }

    /// Lowercase, with runs of spaces made one and the ends trimmed.
    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
