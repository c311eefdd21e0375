import Analysis
import Foundation
import Ingestion
import Reporting

extension CommandSteps {
    /// What a whole run published.
    struct PublishedRun {
        /// The ingested inputs.
        var data: IngestedData
        /// The analysis the files render.
        var analysis: PlanAnalysis
        /// Every file written into the run folder, as named in the manifest.
        var files: [OutputFile]
    }

    /// The whole of `capplan run` (docs/CLI.md), shared with ``InProcessRun``: steps 1–3 (checking and locking
    /// `out` when `publishing` is given: nil for an in-process run), the analysis, the run context (the inputs'
    /// digests, the previous run in `out`, `started` as the run's start), the boundary map, every output in
    /// `language`, and their publication into `out`. `ingested` sees the data as soon as it is read.
    func runPlan(
        out: String, language: ReportLanguage, started: Date, publishing: DestinationOptions?,
        keepNames: Bool = false, ingested: (IngestedData) -> Void = { _ in }
    ) throws -> PublishedRun {
        let prepared = try prepare(
            out: out, checked: publishing != nil, force: publishing?.force ?? false, keepNames: keepNames,
            noWait: publishing?.noWait ?? false, ingested: ingested)
        var analysis = analyse(prepared, data: prepared.data)
        var context = try console.measured("hash inputs, read previous run") {
            try RunContextBuilder.context(
                config: prepared.config, data: prepared.data, started: started,
                previousRanks: PreviousRun.ranks(in: out))
        }
        context.boundaries = try console.measured("read map") { () throws(CommandFailure) in
            try MapLoader.load(prepared.config)
        }
        MapLoader.warn(context.boundaries, ranked: analysis.ranking.map(\.code), console: console)
        ClassPlanStep.plan(&analysis, data: prepared.data, boundaries: context.boundaries, console: console)
        let files = RunOutputs.render(analysis: analysis, context: context, language: language)
        try publish(files, to: out)
        return PublishedRun(data: prepared.data, analysis: analysis, files: files)
    }
}
