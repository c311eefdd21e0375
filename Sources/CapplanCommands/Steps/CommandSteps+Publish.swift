import Analysis
import Foundation
import Ingestion

extension CommandSteps {
    /// Step 4 on `data` (the prepared data, or a variant of it with other scenario rows).
    func analyse(_ prepared: Prepared, data: IngestedData, label: String = "") -> PlanAnalysis {
        console.timed(
            "analyse \(label)\(data.population.kecamatan.count) kecamatan, "
                + "\(prepared.years.base)–\(prepared.years.horizon)",
            as: "analyse \(label)".trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        ) {
            PlanAnalyzer.analyze(config: prepared.config, years: prepared.years, data: data.planData)
        }
    }

    /// A pause before the swap, for the end-to-end tests that interrupt a run while its staging folder is
    /// full: `CAPPLAN_TEST_PAUSE_BEFORE_SWAP=SECONDS` (not for planners; undocumented in docs/CLI.md).
    static func testPause() {
        guard let text = ProcessInfo.processInfo.environment["CAPPLAN_TEST_PAUSE_BEFORE_SWAP"],
            let seconds = Double(text), seconds > 0
        else { return }
        Thread.sleep(forTimeInterval: min(seconds, 60))
    }

    /// Step 5: the files into `out`, all or nothing (a ``RunDirectoryPublisher/PublishError``, 73, otherwise).
    func publish(_ files: [OutputFile], to out: String) throws {
        try console.timed("publish \(files.count) files to \(out)", as: "render and publish") {
            try RunDirectoryPublisher(destination: out).publish(
                files,
                written: { name, duration in
                    console.timings?.record(name, duration, depth: 1)
                    console.progress("  write \(name) in \(Console.seconds(duration))")
                }, beforeSwap: Self.testPause)
        }
    }
}
