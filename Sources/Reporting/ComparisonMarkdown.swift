import Analysis
import Foundation
import Ingestion

/// The comparison section `capplan whatif` appends to the scenario run's `brief.md`:
///
/// 1. what is compared with what, and the one-line outcome;
/// 2. only the assumptions that differ: each scenario row, the level it applied at, how many
///    kecamatan follow it, and the rows that lost to a later or more specific one;
/// 3. kecamatan entering and leaving the top 10;
/// 4. the kecamatan the scenario touches, with rank, population, required workers and seats;
/// 5. the kecamatan it does not touch that still moved, and why (normalisation over the run).
///
/// Deterministic, in the brief's language.
public enum ComparisonMarkdown {
    /// Where the baseline came from.
    public enum Baseline: Sendable, Equatable {
        /// Computed in the same invocation from the same config, without scenarios (`baseline/`).
        case computed
        /// Read from a run folder.
        case folder(String)
    }

    /// The section, as Markdown lines joined by newlines, ending in a newline.
    /// `assumptions` is nil when they are not known (two run folders compared).
    public static func render(
        _ comparison: RunComparison, assumptions: ScenarioAssumptions?, baseline: Baseline,
        language: ReportLanguage = .indonesian
    ) -> String {
        let section = ComparisonSections(comparison: comparison, assumptions: assumptions, language: language)
        let parts = [
            section.opening(baseline: baseline), section.assumptionRows(), section.topMoves(), section.touched(),
            section.untouched(),
        ]
        return parts.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}

/// The comparison's sections, each a list of Markdown lines (empty when left out).
struct ComparisonSections {
    let comparison: RunComparison
    let assumptions: ScenarioAssumptions?
    let language: ReportLanguage

    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }

    /// The kecamatan a scenario row reaches; all rows when the assumptions are unknown.
    var touchedCodes: Set<KecamatanCode> { Set(assumptions?.touched ?? comparison.rows.map(\.code)) }

    /// Heading, baseline and the outcome in one sentence.
    func opening(baseline: ComparisonMarkdown.Baseline) -> [String] {
        let moved = comparison.rows.filter { ($0.rankChange ?? 1) != 0 }.count
        let outcome =
            comparison.isIdentical
            ? pick(
                "Tidak ada perubahan: peringkat dan semua angka sama untuk \(comparison.rows.count) kecamatan.",
                "No change: ranks and every figure are the same for all \(comparison.rows.count) kecamatan.")
            : pick(
                "\(moved) dari \(comparison.rows.count) kecamatan berpindah peringkat; rinciannya ada di "
                    + "`comparison.csv` (perubahan = skenario dikurangi baseline).",
                "\(moved) of \(comparison.rows.count) kecamatan change rank; the details are in `comparison.csv` "
                    + "(change = scenario minus baseline).")
        return [
            pick("## Perbandingan dengan baseline", "## Comparison with the baseline"), "",
            source(baseline) + " " + outcome,
        ]
    }

    /// Where the baseline came from, in one sentence.
    func source(_ baseline: ComparisonMarkdown.Baseline) -> String {
        switch baseline {
        case .computed:
            pick(
                "Baseline: dihitung dari konfigurasi dan data yang sama tanpa skenario (folder `baseline/`).",
                "Baseline: computed from the same config and data without the scenarios (folder `baseline/`).")
        case .folder(let path):
            pick(
                "Baseline: folder run `\(path.replacingOccurrences(of: "`", with: "'"))`.",
                "Baseline: the run folder `\(path.replacingOccurrences(of: "`", with: "'"))`.")
        }
    }

    /// Only the assumptions that differ: the scenario's rows.
    func assumptionRows() -> [String] {
        guard let assumptions, !assumptions.isEmpty else { return [] }
        var lines = [pick("### Asumsi yang berbeda", "### Assumptions that differ"), ""]
        let header = [
            pick("Baris", "Row"), pick("Kode", "Code"), pick("Tingkat", "Level"), pick("Tahun", "Year"),
            pick("Asumsi", "Assumption"), pick("Berlaku untuk", "Applies to"), pick("Catatan", "Note"),
        ]
        var rows: [[String]] = []
        for rate in assumptions.rates {
            let row = rate.row
            rows.append([
                MarkdownText.escape("\(row.file):\(row.line)"), row.code.description, level(rate.level),
                row.startYear.map { pick("dari \($0)", "from \($0)") } ?? pick("semua tahun", "every year"),
                pick("pertumbuhan ", "growth ") + NumberFormat.percent(row.rate, places: 2, language),
                "\(rate.followers.count) kecamatan", rateNote(rate),
            ])
        }
        for figure in assumptions.figures {
            let row = figure.row
            let note =
                figure.overriddenBy.map { pick("diganti oleh ", "replaced by ") + location($0.file, $0.line) }
                ?? figure.replacesData.map {
                    pick("mengganti data ", "replaces the data figure ") + NumberFormat.prose(Double($0), language)
                } ?? pick("menambah titik proyeksi", "adds a projection point")
            rows.append([
                MarkdownText.escape("\(row.file):\(row.line)"), row.code.description, level(.kecamatan),
                String(row.year),
                pick("penduduk ", "population ") + NumberFormat.prose(Double(row.population), language),
                figure.overriddenBy == nil ? "1 kecamatan" : "0 kecamatan", note,
            ])
        }
        lines += MarkdownText.table(header, [.left, .left, .left, .left, .right, .right, .left], rows)
        return lines
    }

    func level(_ level: ScenarioAssumptions.Level) -> String {
        switch level {
        case .kecamatan: "kecamatan"
        case .kabupaten: "kabupaten/kota"
        case .province: pick("provinsi", "province")
        }
    }

    func location(_ file: String, _ line: Int) -> String { MarkdownText.escape("\(file):\(line)") }

    func rateNote(_ rate: ScenarioAssumptions.Rate) -> String {
        if let later = rate.overriddenBy {
            return pick("diganti oleh ", "replaced by ") + location(later.file, later.line)
        }
        let shadows = rate.shadows.map { shadow in
            pick(
                "\(shadow.kecamatan) kecamatan mengikuti jadwal \(shadow.code) yang lebih rinci",
                "\(shadow.kecamatan) kecamatan follow the more specific schedule of \(shadow.code)")
        }
        return shadows.isEmpty ? "" : shadows.joined(separator: "; ")
    }

    /// Kecamatan entering and leaving the top.
    func topMoves() -> [String] {
        let entering = comparison.enteringTop
        let leaving = comparison.leavingTop
        let n = comparison.top
        var lines = [pick("### Masuk dan keluar \(n) besar", "### Entering and leaving the top \(n)"), ""]
        if entering.isEmpty && leaving.isEmpty {
            lines.append(pick("\(n) besar tidak berubah anggotanya.", "The top \(n) keeps the same kecamatan."))
            return lines
        }
        func names(_ rows: [RunComparison.Row]) -> String {
            rows.isEmpty
                ? pick("tidak ada", "none")
                : rows.map { "\(MarkdownText.escape($0.name)) (\($0.code))" }.joined(separator: ", ")
        }
        lines.append(pick("- Masuk: ", "- Entering: ") + names(entering) + ".")
        lines.append(pick("- Keluar: ", "- Leaving: ") + names(leaving) + ".")
        return lines
    }

    /// The kecamatan the scenario reaches, every figure before and after.
    func touched() -> [String] {
        let rows = comparison.rows.filter { touchedCodes.contains($0.code) && !$0.isUnchanged }
        guard !rows.isEmpty else { return [] }
        let heading =
            assumptions == nil
            ? pick("### Kecamatan yang berubah", "### Kecamatan that changed")
            : pick("### Kecamatan yang disentuh skenario", "### Kecamatan the scenario touches")
        let header = [
            pick("Kode", "Code"), "Kecamatan", pick("Peringkat", "Rank"), pick("Penduduk", "Population"),
            pick("Kebutuhan tenaga", "Workers required"), pick("Kursi pelatihan", "Training seats"),
            pick("Kursi dialokasikan", "Seats allocated"),
        ]
        let table = rows.map { row in
            [
                row.code.description, MarkdownText.escape(row.name),
                pair(row.baseline.map { Double($0.rank) }, row.scenario.map { Double($0.rank) }, places: 0),
                pair(row.baseline?.population, row.scenario?.population, places: 0),
                pair(row.baseline?.required, row.scenario?.required, places: 2),
                pair(row.baseline?.trainingSeats, row.scenario?.trainingSeats, places: 2),
                pair(
                    row.baseline?.allocatedSeats.map(Double.init), row.scenario?.allocatedSeats.map(Double.init),
                    places: 0),
            ]
        }
        return [heading, ""]
            + MarkdownText.table(header, [.left, .left, .right, .right, .right, .right, .right], table)
    }

    /// `before → after (±change)`, or the one side there is.
    func pair(_ before: Double?, _ after: Double?, places: Int) -> String {
        func text(_ value: Double) -> String { NumberFormat.prose(value, upTo: places, language) }
        guard let before, let after else {
            return before.map { text($0) + pick(" → tidak ada", " → absent") }
                ?? after.map { pick("tidak ada → ", "absent → ") + text($0) } ?? ""
        }
        let change = after - before
        let sign = change > 0 ? "+" : ""
        return "\(text(before)) → \(text(after)) (\(sign)\(text(change)))"
    }

    /// The kecamatan no scenario row reaches that still changed: only through normalisation.
    func untouched() -> [String] {
        guard let assumptions, !assumptions.isEmpty else { return [] }
        let others = comparison.rows.filter { !touchedCodes.contains($0.code) }
        let scoreMoved = others.filter { ($0.scoreChange ?? 0) != 0 }
        guard others.contains(where: { !$0.isUnchanged }) else {
            return [
                pick(
                    "Kecamatan lain yang tidak disentuh skenario tidak berubah sama sekali.",
                    "No kecamatan the scenario does not touch changes at all.")
            ]
        }
        let figuresSame = others.allSatisfy {
            ($0.populationChange ?? 1) == 0 && ($0.requiredChange ?? 1) == 0 && ($0.trainingSeatsChange ?? 1) == 0
        }
        let rankMoved = others.filter { ($0.rankChange ?? 0) != 0 }
        var lines = [
            pick("### Kecamatan lain", "### Other kecamatan"), "",
            pick(
                "Skenario tidak menyentuh \(others.count) kecamatan lain"
                    + (figuresSame
                        ? "; penduduk, kebutuhan tenaga dan kursi pelatihan yang mereka butuhkan tidak berubah (kursi "
                            + "yang dialokasikan bisa bergeser, karena alokasi mengikuti peringkat). " : ". ")
                    + "Peringkat mereka tetap bisa bergeser karena kecamatan yang disentuh naik melewati atau turun "
                    + "di bawah mereka, dan skor \(scoreMoved.count) di antaranya bergeser karena normalisasi: "
                    + "tekanan dan pertumbuhan diskalakan ulang antara nilai terendah dan tertinggi semua kecamatan, "
                    + "sehingga perubahan pada kecamatan yang disentuh menggeser skala untuk semua kecamatan.",
                "The scenario does not touch \(others.count) other kecamatan"
                    + (figuresSame
                        ? "; their population, workers required and training seats needed do not change (seats "
                            + "allocated can shift, because the allocation follows the ranking). " : ". ")
                    + "Their ranks can still move because a touched kecamatan climbs past them or drops below them, "
                    + "and the scores of \(scoreMoved.count) of them move through normalisation: pressure and "
                    + "growth are rescaled between the lowest and the highest kecamatan of the run, so a change in a "
                    + "touched kecamatan shifts the scale for every kecamatan."),
        ]
        if !rankMoved.isEmpty {
            lines.append("")
            lines.append(
                pick("Yang berpindah peringkat: ", "Those that change rank: ")
                    + rankMoved.map { row in
                        "\(MarkdownText.escape(row.name)) \(row.baseline!.rank) → \(row.scenario!.rank)"
                    }.joined(separator: ", ") + ".")
        }
        return lines
    }
}
