import Analysis
import Ingestion
import Reporting

extension Capplan.WhatIf.Variants {
    /// Ranks the kecamatan without variants and under each variant, from one ingestion of the same
    /// data, and publishes `robustness.csv` and `robustness.md`.
    func rankVariants(console: Console, pipeline: CommandSteps) throws {
        let out = destination
        let common = inputs.scenario
        let prepared = try pipeline.prepare(
            scenarios: common + variant, out: out, force: publishing.force, noWait: publishing.noWait)
        let runs =
            [(name: "baseline", files: common)]
            + variant.map { (name: Capplan.WhatIf.variantName($0), files: common + [$0]) }
        let variants = runs.map { run in
            var data = prepared.data
            data.scenario = prepared.data.scenario.restricted(to: Set(run.files))
            let analysis = pipeline.analyse(prepared, data: data, label: "\(run.name): ")
            return RobustnessSummary.Variant(name: run.name, ranking: RankedFigures.ranking(of: analysis))
        }
        let summary = RobustnessSummary(variants, top: top)
        let files = [
            OutputFile("robustness.csv", text: RobustnessCSV.render(summary)),
            OutputFile("robustness.md", text: RobustnessMarkdown.render(summary, language: lang)),
        ]
        try pipeline.publish(files, to: out)
        let robust = summary.robust.map { "\($0.code) \($0.name)" }
        console.out(
            "capplan whatif: \(summary.rows.count) kecamatan ranked under \(variants.count) variants "
                + "(\(summary.variants.joined(separator: ", ")))\n"
                + "wrote \(files.map(\.name).joined(separator: ", ")) to \(out)\n"
                + "in the top \(top) under every variant (\(robust.count)): "
                + (robust.isEmpty ? "none" : robust.joined(separator: ", ")) + "\n")
    }
}
