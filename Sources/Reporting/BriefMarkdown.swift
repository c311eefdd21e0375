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
public enum BriefMarkdown {
    /// How many kecamatan the priorities table shows.
    public static let topCount = 10
    /// How many rank movers the brief lists.
    public static let moverCount = 5

    /// Renders the brief, ending in a newline. `comparison` is a what-if run's comparison with its
    /// baseline (Markdown), placed right after the summary so a scenario is never read as the plan.
    public static func render(
        _ analysis: PlanAnalysis, _ context: RunContext, language: ReportLanguage = .indonesian,
        comparison: String = ""
    ) -> String {
        let brief = BriefSections(analysis: analysis, context: context, language: language)
        let compared = comparison.isEmpty ? [] : comparison.components(separatedBy: "\n").dropLastEmpty()
        let sections = [
            brief.title(), brief.headline(), compared, brief.priorities(), brief.allocation(), brief.movers(),
            brief.unranked(), brief.method(), brief.provenance(),
        ]
        return sections.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}

/// The brief's sections, each a list of Markdown lines (empty when the section is left out).
struct BriefSections {
    let analysis: PlanAnalysis
    let context: RunContext
    let language: ReportLanguage

    var years: PlanYears { analysis.years }

    /// `B–H`, or `B` when the plan covers one year.
    var span: String { years.base == years.horizon ? "\(years.base)" : "\(years.base)–\(years.horizon)" }

    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }

    func count(_ value: Double) -> String { NumberFormat.prose(value, upTo: 1, language) }
    func whole(_ value: Double) -> String { NumberFormat.prose(value, language) }
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
    func title() -> [String] {
        var lines = ["# " + MarkdownText.escape(heading), ""]
        if context.scenarioName != nil {
            let files = context.scenarioFiles.map { "`\($0)`" }
            lines += [
                pick(
                    "**Skenario, bukan rencana resmi.** Peringkat ini memakai asumsi dari \(list(files)); "
                        + "perbandingannya dengan rencana dasar menyusul ringkasan.",
                    "**A scenario, not the official plan.** This ranking uses the assumptions of \(list(files)); "
                        + "its comparison with the baseline follows the summary."),
                "",
            ]
        }
        lines.append(
            pick(
                "Ringkasan kebijakan untuk perencana Dinas Sosial: di kecamatan mana Tenaga Kesejahteraan Sosial "
                    + "Kecamatan (TKSK) dan Pekerja Sosial Masyarakat (PSM) perlu dilatih lebih dahulu. Tahun dasar "
                    + "\(years.base), tahun proyeksi terakhir \(years.horizon), peringkat untuk tahun \(years.priority).",
                "A policy brief for Dinas Sosial planners: in which kecamatan Tenaga Kesejahteraan Sosial Kecamatan "
                    + "(TKSK) and Pekerja Sosial Masyarakat (PSM) should be trained first. Base year \(years.base), "
                    + "horizon \(years.horizon), ranking for \(years.priority)."))
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
        if !dates.isEmpty { lines += ["", dates.joined(separator: " ")] }
        return lines
    }

    /// Headline figures of the province(s), summed when the run spans several.
    func headline() -> [String] {
        var lines = [pick("## Ringkasan", "## Summary"), ""]
        guard !analysis.provinces.isEmpty else {
            lines.append(pick("Tidak ada kecamatan dengan data penduduk.", "No kecamatan has population data."))
            return lines
        }
        let base = TotalFigures.combined(analysis.provinces.map { $0.figures(years.base) }, year: years.base)
        let horizon = TotalFigures.combined(analysis.provinces.map { $0.figures(years.horizon) }, year: years.horizon)
        let year = TotalFigures.combined(analysis.provinces.map { $0.figures(years.priority) }, year: years.priority)
        let codes = analysis.provinces.map(\.code)
        let region =
            codes.count == 1
            ? MarkdownText.escape(RegionLabel.province(analysis.provinces[0], language: language))
            : pick("Provinsi ", "Provinces ")
                + list(analysis.provinces.map { MarkdownText.escape(RegionLabel.province($0, language: language)) })
        let y = years.priority
        lines.append(
            pick(
                "\(region), \(whole(Double(base.kecamatan))) kecamatan dengan data penduduk:",
                "\(region), \(whole(Double(base.kecamatan))) kecamatan with population data:"))
        lines.append("")
        lines += dataQuality()
        lines += [
            pick(
                "- Penduduk: \(whole(base.population)) jiwa pada \(years.base), diproyeksikan "
                    + "\(whole(horizon.population)) jiwa pada \(years.horizon).",
                "- Population: \(whole(base.population)) in \(years.base), projected \(whole(horizon.population)) "
                    + "in \(years.horizon)."),
            pick(
                "- Kebutuhan tenaga pada \(y): \(count(year.requiredTKSK)) TKSK dan \(count(year.requiredPSM)) PSM.",
                "- Workers required in \(y): \(count(year.requiredTKSK)) TKSK and \(count(year.requiredPSM)) PSM."),
            pick(
                "- Pekerja aktif pada \(y): \(count(year.activeTKSK)) TKSK dan \(count(year.activePSM)) PSM; yang "
                    + "terlatih lengkap (semua modul yang berlaku): \(count(year.trainedTKSK)) TKSK dan "
                    + "\(count(year.trainedPSM)) PSM.",
                "- Active workers in \(y): \(count(year.activeTKSK)) TKSK and \(count(year.activePSM)) PSM; fully "
                    + "trained (every applicable module current): \(count(year.trainedTKSK)) TKSK and "
                    + "\(count(year.trainedPSM)) PSM."),
            pick(
                "- Kekurangan tenaga pada \(y): \(count(year.staffingGap)) pekerja perlu direkrut.",
                "- Staffing gap in \(y): \(count(year.staffingGap)) workers to recruit."),
            pick(
                "- Kursi pelatihan yang dibutuhkan pada \(y) agar setiap pekerja yang dibutuhkan terlatih lengkap: "
                    + "\(count(year.trainingSeats)).",
                "- Training seats needed in \(y) so that every required worker is fully trained: "
                    + "\(count(year.trainingSeats))."),
            pick(
                "- Kesiapan pelatihan pada \(y): \(percent(year.readiness)) dari modul yang dibutuhkan tenaga kerja "
                    + "sudah dimiliki pekerja aktif.",
                "- Training readiness in \(y): \(percent(year.readiness)) of the modules the required workforce needs "
                    + "are held by active workers."),
        ]
        let attrition = analysis.config.attrition
        if attrition > 0 {
            lines.append("")
            lines.append(
                pick(
                    "Jumlah pekerja aktif memperhitungkan perkiraan \(percent(attrition)) pekerja keluar setiap tahun.",
                    "Active counts allow for an expected \(percent(attrition)) of workers leaving each year."))
        }
        return lines
    }

    /// The summary's first bullets when figures rest on incomplete or second-hand data: the rows
    /// rejected or skipped per file and the kecamatan they concern, and how many kecamatan rest on
    /// allocated or derived population figures (each marked † in the priorities table and in
    /// `priorities.csv`'s `data_note`). Nothing when the inputs were complete and first-hand.
    func dataQuality() -> [String] {
        let quality = analysis.dataQuality
        var lines: [String] = []
        let files = quality.files.filter { $0.rejected > 0 || $0.skipped > 0 }
        if !files.isEmpty {
            let parts = files.map { file -> String in
                let rows = [
                    file.rejected > 0
                        ? pick("\(whole(Double(file.rejected))) ditolak", "\(whole(Double(file.rejected))) rejected")
                        : nil,
                    file.skipped > 0
                        ? pick("\(whole(Double(file.skipped))) kosong", "\(whole(Double(file.skipped))) blank") : nil,
                ].compactMap { $0 }
                return "`\(file.path)` (\(rows.joined(separator: ", ")))"
            }
            let names = quality.affected.map(name)
            let affected =
                names.isEmpty
                ? pick("tidak satu pun menyangkut kecamatan tertentu.", "none concerns a particular kecamatan.")
                : pick("angka kecamatan berikut bisa tidak lengkap: ", "these kecamatan's figures may be incomplete: ")
                    + list(names) + "."
            lines.append(
                pick(
                    "- **Perhatian, data tidak lengkap:** baris input ditolak atau kosong di \(list(parts)); ",
                    "- **Note, incomplete data:** input rows were rejected or blank in \(list(parts)); ")
                    + affected + pick(" Rinciannya di `rejects.csv`.", " Details are in `rejects.csv`."))
        }
        let secondHand = quality.secondHand.count
        if secondHand > 0 {
            lines.append(
                pick(
                    "- **Asal angka penduduk:** \(whole(Double(secondHand))) dari \(whole(Double(quality.analysed))) "
                        + "kecamatan bertumpu pada angka hasil alokasi (angka kabupaten dibagi, misalnya menurut jumlah "
                        + "desa) atau angka turunan (\(whole(Double(quality.allocated.count))) alokasi, "
                        + "\(whole(Double(quality.derived.count))) turunan); ditandai † pada tabel prioritas dan di "
                        + "kolom `data_note` pada `priorities.csv`.",
                    "- **Where the population figures come from:** \(whole(Double(secondHand))) of "
                        + "\(whole(Double(quality.analysed))) kecamatan rest on allocated figures (a kabupaten total split, "
                        + "e.g. by desa count) or derived ones (\(whole(Double(quality.allocated.count))) allocated, "
                        + "\(whole(Double(quality.derived.count))) derived); marked † in the priorities table and in "
                        + "`priorities.csv`'s `data_note` column."))
        }
        return lines
    }

    /// `a, b dan c` / `a, b and c`.
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(" dan ", " and ") + items.last!
    }
}
