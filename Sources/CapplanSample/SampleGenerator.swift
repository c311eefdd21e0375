/// The synthetic dataset of `capplan sample country`: `regions.csv`, `population.csv`, `roster.csv`, a
/// `plan.toml` that reads them and a `README.md` that says they are synthetic.
///
/// Deterministic: the same settings give byte-identical files. Each file draws from its own seeded
/// stream (``SampleRandom``), so the regions and population depend on the kecamatan count, seed and
/// years only, not on the number of workers. The CSV files go out a row at a time to a writer the caller
/// gives (the command layer streams them to disk): only one row per kecamatan is held in memory, never one
/// per worker.
package struct SampleGenerator {
    /// What to generate.
    package struct Settings: Equatable {
        /// Number of kecamatan, 1 to ``SampleCountry/maximumKecamatan``.
        package var kecamatan: Int
        /// Number of roster rows.
        package var workers: Int
        /// The seed of every random draw.
        package var seed: UInt64
        /// Population years, ascending.
        package var years: [Int]

        /// Settings of `kecamatan` kecamatan, `workers` roster rows, `seed` and population `years`.
        package init(kecamatan: Int, workers: Int, seed: UInt64, years: [Int]) {
            self.kecamatan = kecamatan
            self.workers = workers
            self.seed = seed
            self.years = years
        }
    }

    /// The settings.
    package let settings: Settings

    /// A generator for `settings`.
    package init(settings: Settings) {
        self.settings = settings
    }

    /// The base year of the written plan: 2025, or the last population year when that is later.
    var baseYear: Int { max(2025, settings.years.last ?? 2025) }

    /// `kode,kecamatan,kabupaten,desa,kelurahan`, one row per kecamatan (docs/INPUTS.md "Regions").
    package func writeRegions<Failure: Error>(
        _ country: SampleCountry, to write: (String) throws(Failure) -> Void
    ) throws(Failure) {
        try write("kode,kecamatan,kabupaten,desa,kelurahan\n")
        for kecamatan in country.kecamatan {
            try write(
                "\(kecamatan.code),\(kecamatan.name),\(kecamatan.kabupatenName),\(kecamatan.desa),\(kecamatan.kelurahan)\n"
            )
        }
    }

    /// `kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,sumber`, one row per kecamatan and year
    /// (docs/INPUTS.md "Population"), the source always `synthetic`.
    package func writePopulation<Failure: Error>(
        _ country: SampleCountry, to write: (String) throws(Failure) -> Void
    ) throws(Failure) {
        try write("kode_kecamatan,kecamatan,kabupaten,tahun,penduduk,sumber\n")
        for kecamatan in country.kecamatan {
            for (year, population) in zip(country.years, kecamatan.population) {
                try write(
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
