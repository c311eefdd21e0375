/// The synthetic roster of `capplan sample`: who works where, and each worker's row (docs/INPUTS.md "Roster").
///
/// About one TKSK per kecamatan, with about 5 % of the posts vacant; the other workers are PSM,
/// spread in proportion to each kecamatan's desa and kelurahan, thinned to 15–60 % in about one
/// kecamatan in five so that coverage gaps exist to be found.
package struct SampleRoster {
    /// The training modules of the default plan, one roster column each.
    static let modules = ["kebijakan_sosial", "komunikasi", "penanganan_kasus"]
    /// The roster's header line.
    static let header = "id,nama,peran,kode_kecamatan,status,tahun_mulai," + modules.joined(separator: ",")
    /// The latest year written anywhere in the roster: the data holds no year after it.
    package static let latestYear = 2025

    /// Whether each kecamatan (in the country's order) has its TKSK.
    let hasTKSK: [Bool]
    /// How many PSM work in each kecamatan.
    let psmCounts: [Int]

    /// Places `workers` workers in `country`; at most one TKSK per kecamatan, so when `workers` is
    /// smaller than the TKSK posts filled, the first kecamatan get them and there are no PSM.
    package init(country: SampleCountry, workers: Int, seed: UInt64) {
        var random = SampleRandom(seed: seed, stream: 3)
        var tksk = country.kecamatan.map { _ in random.chance(0.95) }
        var filled = 0
        for index in tksk.indices where tksk[index] {
            if filled == workers { tksk[index] = false } else { filled += 1 }
        }
        let weights = country.kecamatan.map { kecamatan in
            let coverage = random.chance(0.2) ? random.double(in: 0.15...0.6) : random.double(in: 0.8...1.2)
            return Double(kecamatan.villages) * coverage
        }
        hasTKSK = tksk
        psmCounts = SampleCountry.apportion(workers - filled, weights: weights)
    }

    /// Writes the header and every worker's row, kecamatan by kecamatan, numbering ids from 1.
    package func write<Failure: Error>(
        country: SampleCountry, seed: UInt64, to write: (String) throws(Failure) -> Void
    ) throws(Failure) {
        var random = SampleRandom(seed: seed, stream: 4)
        var id = 0
        try write(Self.header + "\n")
        for (index, kecamatan) in country.kecamatan.enumerated() {
            let roles = (hasTKSK[index] ? ["TKSK"] : []) + [String](repeating: "PSM", count: psmCounts[index])
            for role in roles {
                id += 1
                try write(Self.row(id: id, role: role, code: kecamatan.code, using: &random))
            }
        }
    }

    /// One worker: a made-up name, ~90 % active, a start year 2010–2025 for ~65 %, and each module
    /// completed (in a year 2015–2025, not before the start) by ~70 % of TKSK and ~55 % of PSM.
    static func row(id: Int, role: String, code: String, using random: inout SampleRandom) -> String {
        let name = SampleNames.person(using: &random)
        let status = random.chance(0.9) ? "aktif" : "nonaktif"
        let start: Int? = random.chance(0.35) ? nil : random.int(in: 2010...latestYear)
        let completion = role == "TKSK" ? 0.7 : 0.55
        var line = "SYN-\(sevenDigits(id)),\(name),\(role),\(code),\(status),\(start.map(String.init) ?? "")"
        for _ in modules {
            line += ","
            if random.chance(completion) { line += String(random.int(in: max(2015, start ?? 2015)...latestYear)) }
        }
        return line + "\n"
    }

    /// `id` zero-padded to seven digits (more digits when it needs them).
    static func sevenDigits(_ id: Int) -> String {
        let digits = String(id)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }
}

/// Made-up personal names from random syllables, so no real person is named.
enum SampleNames {
    /// Syllables with an Indonesian sound.
    static let syllables = [
        "ba", "bu", "da", "di", "dwi", "ga", "har", "in", "ja", "jo", "ka", "ko", "la", "li", "ma", "mi", "na", "ni",
        "pu", "ra", "ri", "sa", "se", "su", "ta", "ti", "to", "wa", "wi", "ya", "yu", "an",
    ]

    /// A given name and a family name of two or three syllables each, e.g. "Bunasa Tiwar".
    static func person(using random: inout SampleRandom) -> String {
        word(using: &random) + " " + word(using: &random)
    }

    /// A capitalised word of two or three syllables, e.g. "Tiwar".
    static func word(using random: inout SampleRandom) -> String {
        let count = random.int(in: 2...3)
        let text = (0..<count).map { _ in random.pick(syllables) }.joined()
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
