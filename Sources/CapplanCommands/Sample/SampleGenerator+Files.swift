import CapplanSample
import Foundation

extension SampleGenerator {
    /// Writes every file into `folder` (which must exist), telling `progress` after each one: the CSV files
    /// streamed through ``BufferedFileWriter``, the plan and README atomically.
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
        try writeRegions(country, to: regions.write)
        try regions.finish()
        done("regions.csv", "\(country.kecamatan.count) kecamatan")

        let population = try BufferedFileWriter(path: path("population.csv"))
        try writePopulation(country, to: population.write)
        try population.finish()
        done("population.csv", Wording.count(country.kecamatan.count * country.years.count, "row"))

        let roster = SampleRoster(country: country, workers: settings.workers, seed: settings.seed)
        let rosterFile = try BufferedFileWriter(path: path("roster.csv"))
        try roster.write(country: country, seed: settings.seed, to: rosterFile.write)
        try rosterFile.finish()
        done("roster.csv", Wording.count(settings.workers, "worker"))

        try AtomicFile.write(planText, to: path("plan.toml"))
        try AtomicFile.write(
            readmeText(country: country, roster: roster, version: CapplanVersion.current), to: path("README.md"))
        done("plan.toml and README.md", "seed \(settings.seed)")
    }
}
