import Analysis
import Foundation
import Ingestion
import Reporting

extension Capplan.WhatIf.Scenario {
    /// The scenario run, the baseline (read or computed) and their comparison, published as one folder.
    func compareScenario(console: Console, pipeline: CommandSteps) throws {
        let out = destination
        let started = Date()
        let prepared = try pipeline.prepare(
            out: out, force: publishing.force, readOnly: baseline.map(OutputDestination.runFolderInputs) ?? [],
            noWait: publishing.noWait)
        var analysis = pipeline.analyse(prepared, data: prepared.data, label: "scenario: ")
        let digests = try RunContextBuilder.digests(config: prepared.config, data: prepared.data)
        let boundaries = try MapLoader.load(prepared.config)
        MapLoader.warn(boundaries, ranked: analysis.ranking.map(\.code), console: console)
        ClassPlanStep.plan(&analysis, data: prepared.data, boundaries: boundaries, console: console)
        let baselineRanking: [RankedFigures]
        let baselineSource: ComparisonMarkdown.Baseline
        var baselineFiles: [OutputFile] = []
        let baselineClasses: ClassPlanSummary?
        if let baseline {
            baselineRanking = try RunFolderReader.ranking(in: baseline)
            baselineClasses = try RunFolderReader.classPlan(in: baseline)
            baselineSource = .folder(baseline)
        } else {
            var data = prepared.data
            data.scenario = ScenarioSet()
            data.files = data.files.filter { $0.role != .scenario }
            var analysed = pipeline.analyse(prepared, data: data, label: "baseline: ")
            ClassPlanStep.plan(&analysed, data: data, boundaries: boundaries, console: .silent)
            baselineRanking = RankedFigures.ranking(of: analysed)
            baselineClasses = Self.summary(analysed)
            var context = try RunContextBuilder.context(
                config: prepared.config, data: data, started: started, previousRanks: nil, digests: digests)
            context.boundaries = boundaries
            baselineFiles = RunOutputs.render(analysis: analysed, context: context, language: lang).map {
                $0.inFolder("baseline")
            }
            baselineSource = .computed
        }
        let comparison = RunComparison(
            baseline: baselineRanking, scenario: RankedFigures.ranking(of: analysis), top: top)
        let section = ComparisonMarkdown.blocks(
            comparison, assumptions: ScenarioAssumptions(prepared.data.planData), baseline: baselineSource,
            language: lang,
            names: Self.regionNames(analysis))
        let classes = ClassPlanComparison(baseline: baselineClasses, scenario: Self.summary(analysis), language: lang)
        var context = try RunContextBuilder.context(
            config: prepared.config, data: prepared.data, started: started, previousRanks: PreviousRun.ranks(in: out),
            digests: digests)
        context.boundaries = boundaries
        let files = RunOutputs.render(
            analysis: analysis, context: context, language: lang, comparison: section + classes.blocks(),
            rankChanges: comparison,
            extra: [OutputFile("comparison.csv", text: ComparisonCSV.render(comparison))])
        try pipeline.publish(files + baselineFiles, to: out)
        let summary = RunSummary(analysis: analysis, data: prepared.data, out: out, files: files.map(\.name))
        console.out(
            summary.text.replacingOccurrences(of: "capplan run:", with: "capplan whatif:") + "\n"
                + Self.movement(comparison) + (classes.baseline == nil && classes.scenario == nil ? "" : classes.line))
    }

    /// The class plan of `analysis` as classes and travel per year; nil when it has none.
    static func summary(_ analysis: PlanAnalysis) -> ClassPlanSummary? {
        guard case .success(let plan) = analysis.classPlan else { return nil }
        return ClassPlanSummary(plan)
    }

    /// Two lines on what moved, for stdout.
    static func movement(_ comparison: RunComparison) -> String {
        let moved = comparison.rows.filter { ($0.rankChange ?? 1) != 0 }.count
        let entering = comparison.enteringTop.map { "\($0.code) \($0.name)" }
        let leaving = comparison.leavingTop.map { "\($0.code) \($0.name)" }
        return "compared with the baseline: \(moved) of \(comparison.rows.count) kecamatan change rank\n"
            + "entering the top \(comparison.top): \(entering.isEmpty ? "none" : entering.joined(separator: ", "))\n"
            + "leaving the top \(comparison.top): \(leaving.isEmpty ? "none" : leaving.joined(separator: ", "))\n"
    }

    /// Names by code of every kecamatan, kabupaten and province of the run, for the comparison.
    static func regionNames(_ analysis: PlanAnalysis) -> [String: String] {
        var names: [String: String] = [:]
        for kecamatan in analysis.kecamatan where !kecamatan.name.isEmpty {
            names[kecamatan.code.description] = kecamatan.name
        }
        for region in analysis.kabupaten + analysis.provinces where !region.name.isEmpty {
            names[region.code] = region.name
        }
        return names
    }
}
