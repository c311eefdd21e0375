import Analysis
import Reporting

/// The files of a run folder (SPEC §4), rendered in memory before anything is written.
enum RunOutputs {
    /// Every output file as (name, text); `allocation.csv` only when an allocation plan is enabled.
    /// A what-if adds `extra` files (listed in the manifest) and a `briefAppendix` section.
    static func render(
        analysis: PlanAnalysis, context: RunContext, language: ReportLanguage, briefAppendix: String = "",
        extra: [(name: String, text: String)] = []
    ) -> [(
        name: String, text: String
    )] {
        var files: [(name: String, text: String)] = [
            ("priorities.csv", PrioritiesCSV.render(analysis)),
            ("projection.csv", ProjectionCSV.render(analysis)),
            ("training_needs.csv", TrainingNeedsCSV.render(analysis)),
        ]
        if analysis.config.seatsPerYear > 0 { files.append(("allocation.csv", AllocationCSV.render(analysis))) }
        files += [
            ("summary.json", SummaryJSON.render(analysis, context: context)),
            ("brief.md", BriefMarkdown.render(analysis, context, language: language) + appendix(briefAppendix)),
            ("brief.html", BriefHTML.render(analysis, context, language: language, appendix: briefAppendix)),
            ("rejects.csv", RejectsCSV.render(context.rejects)),
        ]
        files += extra
        let names = files.map(\.name) + ["manifest.json"]
        files.append(("manifest.json", ManifestJSON.render(context, outputs: names)))
        return files
    }

    /// A section appended to the brief, after a blank line.
    private static func appendix(_ section: String) -> String { section.isEmpty ? "" : "\n" + section }
}
