import Analysis
import Reporting

/// The files of a run folder (docs/OUTPUTS.md), rendered before anything is written except
/// `summary.json`, which is streamed into its file as it is rendered.
enum RunOutputs {
    /// Every output file; `allocation.csv` only when an allocation plan is enabled. A what-if adds
    /// `extra` files (listed in the manifest) and a `briefAppendix` section.
    static func render(
        analysis: PlanAnalysis, context: RunContext, language: ReportLanguage, briefAppendix: String = "",
        extra: [OutputFile] = []
    ) -> [OutputFile] {
        var files = [
            OutputFile("priorities.csv", text: PrioritiesCSV.render(analysis)),
            OutputFile("projection.csv", text: ProjectionCSV.render(analysis)),
            OutputFile("training_needs.csv", text: TrainingNeedsCSV.render(analysis)),
        ]
        if analysis.config.seatsPerYear > 0 {
            files.append(OutputFile("allocation.csv", text: AllocationCSV.render(analysis)))
        }
        files += [
            OutputFile("summary.json", .stream { SummaryJSON.write(analysis, context: context, to: &$0) }),
            OutputFile(
                "brief.md", text: BriefMarkdown.render(analysis, context, language: language) + appendix(briefAppendix)),
            OutputFile(
                "brief.html", text: BriefHTML.render(analysis, context, language: language, appendix: briefAppendix)),
            OutputFile("rejects.csv", text: RejectsCSV.render(context.rejects)),
            OutputFile(
                "capplan.xlsx",
                .path {
                    try CapplanWorkbook.write(
                        analysis, context: context, language: language,
                        created: RunDay.created(startedAt: context.startedAt), to: $0)
                }),
        ]
        files += extra
        let names = files.map(\.name) + ["manifest.json"]
        files.append(OutputFile("manifest.json", text: ManifestJSON.render(context, outputs: names)))
        return files
    }

    /// A section appended to the brief, after a blank line.
    private static func appendix(_ section: String) -> String { section.isEmpty ? "" : "\n" + section }
}
