import CapplanCommands
import Ingestion
import Synchronization

/// ``FuzzTarget/inputs``: one input reader on any bytes, the first byte choosing which.
enum InputsProperty {
    /// The file the first byte chooses.
    enum Reader: UInt8, CaseIterable {
        case regions, population, roster, scenario, runFolder
    }

    static func check(_ bytes: [UInt8], in scratch: FuzzScratch) -> String? {
        guard let first = bytes.first else { return nil }
        let body = bytes.dropFirst()
        let reader = Reader(rawValue: first % UInt8(Reader.allCases.count))!
        if reader == .runFolder {
            // A previous run folder: priorities.csv, then allocation.csv after a 0x1E byte.
            let parts = body.split(separator: 0x1E, maxSplits: 1, omittingEmptySubsequences: false)
            scratch.write("run/priorities.csv", parts.first ?? [])
            if parts.count > 1 {
                scratch.write("run/allocation.csv", parts[1])
            } else {
                scratch.remove("run/allocation.csv")
            }
            let message = InProcessRun.readRunFolder(scratch.file("run"))
            return message.flatMap { Invariants.echoedNumber(in: [$0], scratch: scratch) }
        }
        FuzzData.write(into: scratch, regions: reader != .population)
        let name = ["regions.csv", "population.csv", "roster.csv", "scenario.csv"][Int(reader.rawValue)]
        scratch.write(name, body)
        let config: PlanConfig
        do {
            config = try plan(in: scratch, regions: reader != .population)
        } catch {
            return "the fixed plan does not load: \(error)"
        }
        let options = IngestionOptions(
            currentYear: 2026, scenarios: reader == .scenario ? [scratch.file("scenario.csv")] : [],
            hashInputs: true)
        let data = Ingestor.ingest(config: config, options: options)
        return Invariants.unbalanced(InProcessRun.counts(of: data))
            ?? Invariants.echoedNumber(in: InProcessRun.messages(of: data), scratch: scratch)
    }

    /// The fixed plan of ``FuzzData`` in `scratch`, loaded once per scratch folder and variant: the TOML
    /// library leaks each document it parses, which over hundreds of thousands of inputs filled the
    /// fuzzer's memory (1.6 GB after 30 minutes).
    static func plan(in scratch: FuzzScratch, regions: Bool) throws(ConfigError) -> PlanConfig {
        let key = "\(scratch.path) \(regions)"
        if let config = plans.withLock({ $0[key] }) { return config }
        let config = try PlanConfigLoader.load(path: scratch.file("plan.toml"))
        plans.withLock { $0[key] = config }
        return config
    }

    /// The plans loaded, by scratch folder and variant.
    private static let plans = Mutex<[String: PlanConfig]>([:])
}
