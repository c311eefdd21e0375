/// The synthetic roster of `capplan sample roster`: TKSK and PSM for the kecamatan of a real
/// regions file (docs/INPUTS.md "Regions"), with the gaps a provincial roster has (docs/INPUTS.md
/// "Roster"). No real people.
///
/// The rules, each drawn from the seed:
///
/// 1. **TKSK**: one post per kecamatan; round(7.5 % of the kecamatan) posts are vacant (no row),
///    chosen uniformly.
/// 2. **PSM**: each kecamatan draws a coverage from its ``SampleRemoteness`` tier — remote 40–60 %,
///    urban 90–100 %, other 70–85 % — and has round(coverage × (desa + kelurahan)) PSM; in an urban
///    kecamatan each kelurahan has one more PSM with chance 30 % (dense urban kelurahan). A region
///    without desa and kelurahan counts gets no PSM.
/// 3. **Status**: each worker is `nonaktif` with chance 10 %, else `aktif`.
/// 4. **Start year** (`tahun_mulai`): blank with chance 15 %, else uniform from 2010 to the as-of year.
/// 5. **Modules**: for each of the three modules, a TKSK completed it with chance 75 %, a PSM with
///    chance 50 %, else blank (never). The year is one of the past course years (``courseYears``)
///    from the start year (if any) to the as-of year — uniform for PSM, weighted towards recent
///    courses for TKSK (weight 1, 2, 3, … from the oldest) — and blank when there is none.
/// 6. **Ids and names**: `PREFIX-TKSK-0001`, `PREFIX-PSM-00001`, numbered in file order; names are a
///    common Indonesian given name and a family name made of random syllables (``SampleNames``).
///
/// Rows go kecamatan by kecamatan in the regions file's order, the TKSK first. Deterministic: the
/// same regions, seed, as-of year and prefix give byte-identical text.
package struct SampleRegionRoster {
    /// One kecamatan of the regions file.
    package struct Region: Equatable {
        /// The canonical Kemendagri code, `65.02.01`.
        package var code: String
        package var name: String
        package var kabupaten: String?
        package var desa: Int?
        package var kelurahan: Int?

        /// A kecamatan with its code, names and village counts (when the regions file gives them).
        package init(code: String, name: String, kabupaten: String?, desa: Int?, kelurahan: Int?) {
            self.code = code
            self.name = name
            self.kabupaten = kabupaten
            self.desa = desa
            self.kelurahan = kelurahan
        }

        /// The remoteness tier.
        var remoteness: SampleRemoteness {
            .of(name: name, kabupaten: kabupaten, desa: desa, kelurahan: kelurahan)
        }
    }

    /// What to generate besides the regions.
    package struct Settings: Equatable {
        /// The seed of every draw.
        package var seed: UInt64
        /// No year in the roster is after this one.
        package var asOf: Int
        /// The first part of every id, `KTR` in `KTR-TKSK-0001`.
        package var idPrefix: String

        /// Settings of `seed`, the as-of year and the id prefix.
        package init(seed: UInt64, asOf: Int, idPrefix: String) {
            self.seed = seed
            self.asOf = asOf
            self.idPrefix = idPrefix
        }
    }

    /// The share of TKSK posts left vacant.
    static let vacantShare = 0.075
    /// The chance that a worker is `nonaktif`.
    static let inactiveChance = 0.10
    /// The chance that `tahun_mulai` is blank.
    static let blankStartChance = 0.15
    /// The first start year drawn.
    static let firstStartYear = 2010
    /// The chance that a worker completed a given module, by role.
    static let completionChance = ["TKSK": 0.75, "PSM": 0.5]
    /// The roster's header line: the columns of docs/INPUTS.md "Roster" with the default modules, and `sumber`
    /// (ignored by capplan) saying on every row that it is synthetic.
    static let header = SampleRoster.header + ",sumber"

    /// The kecamatan, in file order.
    let regions: [Region]
    /// The settings.
    let settings: Settings
    /// Whether each kecamatan's TKSK post is filled.
    package let hasTKSK: [Bool]
    /// How many PSM each kecamatan has.
    package let psmCounts: [Int]

    /// Staffs `regions` (rules 1–2).
    package init(regions: [Region], settings: Settings) {
        self.regions = regions
        self.settings = settings
        var random = SampleRandom(seed: settings.seed, stream: 11)
        let vacant = Int((Double(regions.count) * Self.vacantShare).rounded())
        var order = Array(regions.indices)
        for index in order.indices.dropLast() {  // Fisher–Yates; the first `vacant` are left empty
            order.swapAt(index, random.int(in: index...(order.count - 1)))
        }
        var filled = [Bool](repeating: true, count: regions.count)
        for index in order.prefix(vacant) { filled[index] = false }
        hasTKSK = filled
        psmCounts = regions.map { region in
            let tier = region.remoteness
            let villages = (region.desa ?? 0) + (region.kelurahan ?? 0)
            let coverage = random.double(in: tier.coverage)
            let extra = (0..<(region.kelurahan ?? 0)).filter { _ in random.chance(tier.extraPerKelurahan) }.count
            return Int((Double(villages) * coverage).rounded()) + extra
        }
    }

    /// The past course years: 2018 to the as-of year, except 2020 (the generator assumes no classroom
    /// course in the pandemic year).
    var courseYears: [Int] {
        settings.asOf < 2018 ? [] : (2018...settings.asOf).filter { $0 != 2020 }
    }

    /// The whole file: the header and one line per worker (rules 3–6).
    package var text: String {
        var random = SampleRandom(seed: settings.seed, stream: 12)
        var lines = [Self.header]
        var numbers = ["TKSK": 0, "PSM": 0]
        for (index, region) in regions.enumerated() {
            let roles = (hasTKSK[index] ? ["TKSK"] : []) + [String](repeating: "PSM", count: psmCounts[index])
            for role in roles {
                numbers[role, default: 0] += 1
                let id = "\(settings.idPrefix)-\(role)-\(Self.padded(numbers[role]!, to: role == "TKSK" ? 4 : 5))"
                lines.append(row(id: id, role: role, code: region.code, using: &random))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One worker's line.
    func row(id: String, role: String, code: String, using random: inout SampleRandom) -> String {
        let name = SampleNames.indonesianPerson(using: &random)
        let status = random.chance(Self.inactiveChance) ? "nonaktif" : "aktif"
        let start: Int? =
            random.chance(Self.blankStartChance) || settings.asOf < Self.firstStartYear
            ? nil : random.int(in: Self.firstStartYear...settings.asOf)
        var fields = [id, name, role, code, status, start.map(String.init) ?? ""]
        let years = courseYears.filter { $0 >= (start ?? Int.min) }
        for _ in SampleRoster.modules {
            let completed = random.chance(Self.completionChance[role] ?? 0)
            let year = completed && !years.isEmpty ? Self.pick(years, recent: role == "TKSK", using: &random) : nil
            fields.append(year.map(String.init) ?? "")
        }
        return (fields + ["synthetic"]).joined(separator: ",")
    }

    /// One of `years` (ascending, not empty): uniformly, or with weight 1, 2, 3, … when `recent`.
    static func pick(_ years: [Int], recent: Bool, using random: inout SampleRandom) -> Int {
        guard recent else { return random.pick(years) }
        var ticket = random.int(in: 1...(years.count * (years.count + 1) / 2))
        for (index, year) in years.enumerated() {
            ticket -= index + 1
            if ticket <= 0 { return year }
        }
        return years[years.count - 1]
    }

    /// `number` zero-padded to `width` digits (more when it needs them).
    static func padded(_ number: Int, to width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
