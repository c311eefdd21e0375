import CapplanCommands
import Ingestion
import Reporting

/// ``FuzzTarget/plan`` and ``FuzzTarget/pipeline``: whole runs.
enum PipelineProperty {
    /// The files of a pipeline input's sections, in order.
    static let sections = [
        "plan.toml", "regions.csv", "population.csv", "roster.csv", "scenario.csv", "map.geojson", "travel.csv",
    ]

    /// The section separator: ASCII's record separator, which no input of a real province holds.
    static let separator: UInt8 = 0x1E

    /// Any plan, run on ``FuzzData``.
    static func checkPlan(_ bytes: [UInt8], in scratch: FuzzScratch) -> String? {
        FuzzData.write(into: scratch, regions: true)
        scratch.write("plan.toml", bytes)
        scratch.remove("scenario.csv")
        scratch.remove("map.geojson")
        scratch.remove("travel.csv")
        return runTwice(in: scratch, scenario: false)
    }

    /// Any plan and inputs, split into ``sections`` at ``separator``; a section left out is a missing file.
    static func check(_ bytes: [UInt8], in scratch: FuzzScratch) -> String? {
        let parts = bytes.split(
            separator: separator, maxSplits: sections.count - 1, omittingEmptySubsequences: false)
        for (index, name) in sections.enumerated() {
            if index < parts.count { scratch.write(name, parts[index]) } else { scratch.remove(name) }
        }
        return runTwice(in: scratch, scenario: parts.count > 4 && !parts[4].isEmpty)
    }

    /// Runs the plan in `scratch` into `scratch/out` from nothing, then again over that run (its previous
    /// run) in the other language, and checks the properties. A plan naming files outside the scratch
    /// folder is not run (it could name any file of the machine).
    static func runTwice(in scratch: FuzzScratch, scenario: Bool) -> String? {
        let planPath = scratch.file("plan.toml")
        var named: [String] = []
        if let config = try? PlanConfigLoader.load(path: planPath) {
            named =
                [config.roster, config.regions, config.map, config.classes.travel].compactMap { $0 } + config.population
            guard named.allSatisfy({ $0.hasPrefix(scratch.path + "/") && !$0.contains("/../") }) else { return nil }
        }
        scratch.remove("out")
        for language in [ReportLanguage.indonesian, .english] {
            let outcome: InProcessRun.Outcome
            do {
                outcome = try InProcessRun.run(
                    configPath: planPath, scenarios: scenario ? [scratch.file("scenario.csv")] : [],
                    out: scratch.file("out"), language: language, currentYear: 2026)
            } catch {
                return "a run that ingested and analysed could not publish or read back its folder: \(error)"
            }
            if let broken = Invariants.unbalanced(outcome.counts)
                ?? Invariants.echoedNumber(in: outcome.messages, scratch: scratch, named: named)
            {
                return broken
            }
            if outcome.stop != nil { return nil }
            if outcome.readBack != outcome.ranked {
                return "priorities.csv read back \(outcome.readBack) kecamatan of \(outcome.ranked) ranked"
            }
        }
        return nil
    }
}
