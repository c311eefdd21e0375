import Foundation

/// Writes a synthetic dataset for `capplan sample`: `regions.csv`, `population.csv`, `roster.csv`, a
/// `plan.toml` that reads them and a `README.md` that says they are synthetic.
///
/// Deterministic: the same settings give byte-identical files. Each file draws from its own seeded
/// stream (``SampleRandom``), so the regions and population depend on the kecamatan count, seed and
/// years only, not on the number of workers. The CSV files are streamed through
/// ``BufferedFileWriter``; only one row per kecamatan is held in memory, never one per worker.
struct SampleGenerator {
    /// What to generate.
    struct Settings: Equatable {
        /// Number of kecamatan, 1 to ``SampleCountry/maximumKecamatan``.
        var kecamatan: Int
        /// Number of roster rows.
        var workers: Int
        /// The seed of every random draw.
        var seed: UInt64
        /// Population years, ascending.
        var years: [Int]
    }

    /// The settings.
    let settings: Settings

    /// The base year of the written plan: 2025, or the last population year when that is later.
    var baseYear: Int { max(2025, settings.years.last ?? 2025) }

    /// Writes every file into `folder` (which must exist), telling `progress` after each one.
    func write(into folder: String, progress: (String) -> Void) throws(AtomicFile.WriteError) {
        let clock = ContinuousClock()
        var started = clock.now
        func done(_ file: String, _ what: String) {
            progress("sample \(file): \(what) in \(Console.seconds(started.duration(to: clock.now)))")
            started = clock.now
        }
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }

        let country = SampleCountry(count: settings.kecamatan, years: settings.years, seed: settings.seed)
        let regions = try BufferedFileWriter(path: path("regions.csv"))
        try writeRegions(country, to: regions)
        try regions.finish()
        done("regions.csv", "\(country.kecamatan.count) kecamatan")

        let population = try BufferedFileWriter(path: path("population.csv"))
        try writePopulation(country, to: population)
        try population.finish()
        done("population.csv", Wording.count(country.kecamatan.count * country.years.count, "row"))

        let roster = SampleRoster(country: country, workers: settings.workers, seed: settings.seed)
        let rosterFile = try BufferedFileWriter(path: path("roster.csv"))
        try roster.write(country: country, seed: settings.seed, to: rosterFile)
        try rosterFile.finish()
        done("roster.csv", Wording.count(settings.workers, "worker"))

        try AtomicFile.write(planText, to: path("plan.toml"))
        try AtomicFile.write(readmeText(country: country, roster: roster), to: path("README.md"))
        done("plan.toml and README.md", "seed \(settings.seed)")
    }

    /// `kode,kecamatan,kabupaten,desa,kelurahan`, one row per kecamatan (docs/INPUTS.md "Regions").
    func writeRegions(_ country: SampleCountry, to writer: BufferedFileWriter) throws(AtomicFile.WriteError) {
        try writer.write("kode,kecamatan,kabupaten,desa,kelurahan\n")
        for kecamatan in country.kecamatan {
            try writer.write(
                "\(kecamatan.code),\(kecamatan.name),\(kecamatan.kabupatenName),\(kecamatan.desa),\(kecamatan.kelurahan)\n"
            )
        }
    }

    /// `kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,sumber`, one row per kecamatan and year
    /// (docs/INPUTS.md "Population"), the source always `synthetic`.
    func writePopulation(_ country: SampleCountry, to writer: BufferedFileWriter) throws(AtomicFile.WriteError) {
        try writer.write("kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,sumber\n")
        for kecamatan in country.kecamatan {
            for (year, population) in zip(country.years, kecamatan.population) {
                try writer.write(
                    "\(kecamatan.code),\(kecamatan.name),\(kecamatan.kabupatenName),\(year),\(population),synthetic\n")
            }
        }
    }

    /// The command line that gives these files, with the folder left out (`--out DIR`).
    var commandLine: String {
        "capplan sample --out DIR --kecamatan \(settings.kecamatan) --workers \(settings.workers) "
            + "--seed \(settings.seed) --years \(settings.years.map(String.init).joined(separator: ","))"
    }
}
