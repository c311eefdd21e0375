import Analysis
import Ingestion

/// `brief.md` (docs/OUTPUTS.md): a policy brief for Dinas Sosial planners, in Bahasa Indonesia by default
/// or in English (`--lang en`), with the same structure in both:
///
/// 1. headline figures of the province(s): population at B and H, workers required, active and
///    fully trained at Y, staffing gap and training seats needed;
/// 2. the top 10 with one sentence each on the components that put them there;
/// 3. the allocation plan year by year, or why there is none;
/// 4. rank changes since the previous run (only when there was one);
/// 5. kecamatan left unranked for lack of population data;
/// 6. the norms, weights and method, and the data's provenance.
///
/// Deterministic: no timestamps, no dictionary order; numbers in the language's prose style.
package enum BriefMarkdown {
    /// How many kecamatan the priorities table shows.
    package static let topCount = 10
    /// How many rank movers the brief lists.
    package static let moverCount = 5

    /// Renders the brief, ending in a newline. `comparison` is a what-if run's comparison with its
    /// baseline (`ComparisonMarkdown.blocks`), placed right after the summary so a scenario is never
    /// read as the plan.
    package static func render(
        _ analysis: PlanAnalysis, _ context: RunContext, language: ReportLanguage = .indonesian,
        comparison: [Block] = []
    ) -> String {
        let brief = BriefSections(analysis: analysis, context: context, language: language)
        return MarkdownRenderer.render(BriefDocument(brief, comparison: comparison, figures: false))
    }
}

/// The brief's sections, each a list of blocks (empty when the section is left out).
struct BriefSections {
    /// The run analysed.
    let analysis: PlanAnalysis
    /// Where its data came from, and the previous run.
    let context: RunContext
    /// The brief's language.
    let language: ReportLanguage

    /// Base, horizon and priority year.
    var years: PlanYears { analysis.years }

    /// `B–H`, or `B` when the plan covers one year.
    var span: String { years.base == years.horizon ? "\(years.base)" : "\(years.base)–\(years.horizon)" }

    /// The Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }

    /// `pick` for text with spans.
    func pickText(_ indonesian: RichText, _ english: RichText) -> RichText {
        language == .indonesian ? indonesian : english
    }

    /// A count of workers or seats for prose, up to 1 decimal.
    func count(_ value: Double) -> String { NumberFormat.prose(value, upTo: 1, language) }
    /// A whole number for prose.
    func whole(_ value: Double) -> String { NumberFormat.prose(value, language) }
    /// A share as a percentage for prose.
    func percent(_ share: Double) -> String { NumberFormat.percent(share, language) }

    /// The brief's title: the plan, or for a scenario run "Skenario: NAME — …".
    var heading: String {
        let plan = pick("Rencana pelatihan TKSK dan PSM \(span)", "TKSK and PSM training plan \(span)")
        guard let scenario = context.scenarioName else { return plan }
        return pick(
            "Skenario: \(scenario) — rencana pelatihan TKSK dan PSM \(span)",
            "Scenario: \(scenario) — TKSK and PSM training plan \(span)")
    }

    /// The scenario warning that opens a scenario brief (and bands every printed page), nil for the plan.
    var scenarioBanner: String? {
        guard context.scenarioName != nil else { return nil }
        return pick("SKENARIO — bukan rencana resmi", "SCENARIO — not the official plan")
    }

    /// The title, what the brief is for, the date of the run and of the data; a scenario brief first
    /// says it is one.
    func title() -> [Block] {
        var blocks: [Block] = [.heading(1, "\(heading)")]
        if context.scenarioName != nil {
            let files = context.scenarioFiles.map { file -> RichText in "\(code: file)" }
            blocks.append(
                .paragraph(
                    pickText(
                        "\(strong: "Skenario, bukan rencana resmi.") Peringkat ini memakai asumsi dari "
                            + "\(list(files)); perbandingannya dengan rencana dasar menyusul ringkasan.",
                        "\(strong: "A scenario, not the official plan.") This ranking uses the assumptions of "
                            + "\(list(files)); its comparison with the baseline follows the summary.")))
        }
        let purpose = pick(
            "Ringkasan kebijakan untuk perencana Dinas Sosial: di kecamatan mana Tenaga Kesejahteraan Sosial "
                + "Kecamatan (TKSK) dan Pekerja Sosial Masyarakat (PSM) perlu dilatih lebih dahulu. Tahun dasar "
                + "\(years.base), tahun proyeksi terakhir \(years.horizon), peringkat untuk tahun \(years.priority).",
            "A policy brief for Dinas Sosial planners: in which kecamatan Tenaga Kesejahteraan Sosial Kecamatan "
                + "(TKSK) and Pekerja Sosial Masyarakat (PSM) should be trained first. Base year \(years.base), "
                + "horizon \(years.horizon), ranking for \(years.priority).")
        blocks.append(.paragraph("\(purpose)"))
        var dates: [String] = []
        if let day = context.runDate {
            dates.append(
                pick("Tanggal analisis: \(BriefDate.long(day, language)).", "Run on \(BriefDate.long(day, language))."))
        }
        if let data = context.dataYears {
            let span =
                data.lowerBound == data.upperBound ? "\(data.lowerBound)" : "\(data.lowerBound)–\(data.upperBound)"
            dates.append(pick("Data penduduk tahun \(span).", "Population data of \(span)."))
        }
        if !dates.isEmpty { blocks.append(.paragraph("\(dates.joined(separator: " "))")) }
        return blocks
    }

    /// `a, b dan c` / `a, b and c`.
    func list(_ items: [RichText]) -> RichText {
        guard items.count > 1 else { return items.first ?? "" }
        return Array(items.dropLast()).joined(separator: ", ") + "\(pick(" dan ", " and "))" + items.last!
    }
}
