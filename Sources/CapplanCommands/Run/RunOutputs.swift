import Analysis
import Reporting

/// The files of a run folder (docs/OUTPUTS.md), each rendered as it is written (`summary.json`
/// streamed into its file), all written side by side (`RunDirectoryPublisher.publish`).
enum RunOutputs {
    /// Every output file; `allocation.csv` only when an allocation plan is enabled, `classes.csv` and
    /// `class_assignments.csv` only with a class plan. A what-if adds
    /// `extra` files (listed in the manifest) and its `comparison` section to the brief.
    static func render(
        analysis: PlanAnalysis, context: RunContext, language: ReportLanguage, comparison: [Block] = [],
        rankChanges: RunComparison? = nil,
        extra: [OutputFile] = []
    ) -> [OutputFile] {
        var files = [
            OutputFile("priorities.csv", .stream { PrioritiesCSV.write(analysis, to: &$0) }),
            OutputFile("projection.csv", .stream { ProjectionCSV.write(analysis, to: &$0) }),
            OutputFile("training_needs.csv", .stream { TrainingNeedsCSV.write(analysis, to: &$0) }),
        ]
        if analysis.config.seatsPerYear > 0 {
            files.append(OutputFile("allocation.csv", .stream { AllocationCSV.write(analysis, to: &$0) }))
        }
        if case .success(let plan) = analysis.classPlan {
            files.append(OutputFile("classes.csv", .stream { ClassPlanCSV.writeClasses(plan, to: &$0) }))
            files.append(
                OutputFile("class_assignments.csv", .stream { ClassPlanCSV.writeAssignments(plan, to: &$0) }))
        }
        files += [
            OutputFile("summary.json", .stream { SummaryJSON.write(analysis, context: context, to: &$0) }),
            OutputFile("brief.md") {
                BriefMarkdown.render(analysis, context, language: language, comparison: comparison)
            },
            OutputFile("brief.html") {
                BriefHTML.render(
                    analysis, context, language: language, comparison: comparison, rankChanges: rankChanges)
            },
            OutputFile("rejects.csv", .stream { RejectsCSV.write(context.rejects, to: &$0) }),
            OutputFile(
                "capplan.xlsx",
                .path {
                    try CapplanWorkbook.write(
                        analysis, context: context, language: language,
                        created: context.runDate ?? RunDay.earliest, to: $0)
                }),
        ]
        files += extra
        let names = files.map(\.name) + ["manifest.json"]
        files.append(OutputFile("manifest.json", text: ManifestJSON.render(context, outputs: names)))
        return files
    }

}
