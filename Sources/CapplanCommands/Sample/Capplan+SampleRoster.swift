import ArgumentParser
import Foundation
import Ingestion

/// `capplan sample --regions FILE --roster-out FILE`: a synthetic roster for the kecamatan of a real
/// regions file.
extension Capplan.Sample {
    /// Checks the options of the regions mode: both files, none of the dataset options.
    func validateRegionsMode() throws {
        guard regions != nil, let rosterOut, !rosterOut.isEmpty else {
            throw ValidationError("--regions and --roster-out go together: give both")
        }
        guard out == nil, kecamatan == nil, workers == nil, years == nil else {
            throw ValidationError(
                "--out, --kecamatan, --workers and --years make a dataset; leave them out with --regions")
        }
        guard (1900...2100).contains(rosterSettings.asOf) else {
            throw ValidationError("--as-of must be a year between 1900 and 2100")
        }
        let prefix = rosterSettings.idPrefix
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ValidationError("--id-prefix must be ASCII letters and digits, such as KTR")
        }
    }

    /// Reads the regions, refuses to replace an existing roster without `--force` (73), writes it.
    func runRegionsMode(_ console: Console) throws {
        guard let regionsPath = regions, let rosterOut else { return }
        let clock = ContinuousClock()
        let started = clock.now
        let regions = try readRegions(regionsPath, console)
        if FileManager.default.fileExists(atPath: rosterOut) && !force {
            console.error("\(rosterOut): the file exists — choose another --roster-out, or pass --force to replace it")
            throw ExitStatus.cantCreate.exitCode
        }
        let roster = SampleRegionRoster(regions: regions, settings: rosterSettings)
        do {
            try AtomicFile.write(roster.text, to: rosterOut)
        } catch {
            console.error(error.description)
            throw ExitStatus.cantCreate.exitCode
        }
        let tksk = roster.hasTKSK.filter { $0 }.count
        let psm = roster.psmCounts.reduce(0, +)
        console.progress(
            "sample: synthetic roster \(rosterOut) for \(regions.count) kecamatan: \(tksk) TKSK "
                + "(\(Wording.count(regions.count - tksk, "post")) vacant), \(psm) PSM, seed \(seed), as of \(rosterSettings.asOf) "
                + "in \(Console.seconds(started.duration(to: clock.now)))")
    }

    /// The regions file through the project's ingestion (docs/INPUTS.md "Regions": aliases, codes, BPS codes). A
    /// missing file exits 66; a file with a fatal error or any rejected row exits 65 — a roster for a
    /// partial list would look complete.
    private func readRegions(_ path: String, _ console: Console) throws -> [SampleRegionRoster.Region] {
        let (table, report) = Ingestor.readRegions(path: path)
        if let fatal = report.fatal {
            console.error(fatal.description)
            throw (fatal.isMissingFile ? ExitStatus.inputMissing : ExitStatus.dataError).exitCode
        }
        if !report.rejects.isEmpty {
            for reject in report.rejects.prefix(5) { console.error(reject.rendered) }
            console.error(
                "\(path): \(Wording.count(report.rejects.count, "row")) rejected — fix the regions file "
                    + "(capplan validate lists every row) and run again")
            throw ExitStatus.dataError.exitCode
        }
        return table.regions.map { region in
            .init(
                code: region.code.description, name: region.name, kabupaten: region.kabupaten, desa: region.desa,
                kelurahan: region.kelurahan)
        }
    }
}
