import Analysis
import Ingestion

extension ComparisonSections {
    /// Kecamatan entering and leaving the top.
    func topMoves() -> [Block] {
        let entering = comparison.enteringTop
        let leaving = comparison.leavingTop
        let n = comparison.top
        let heading = Block.heading(3, "\(pick("Masuk dan keluar \(n) besar", "Entering and leaving the top \(n)"))")
        if entering.isEmpty && leaving.isEmpty {
            return [
                heading,
                .paragraph("\(pick("\(n) besar tidak berubah anggotanya.", "The top \(n) keeps the same kecamatan."))"),
            ]
        }
        func names(_ rows: [RunComparison.Row]) -> String {
            rows.isEmpty
                ? pick("tidak ada", "none")
                : rows.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
        }
        return [
            heading,
            .list([
                "\(pick("Masuk: ", "Entering: "))\(names(entering)).",
                "\(pick("Keluar: ", "Leaving: "))\(names(leaving)).",
            ]),
        ]
    }

    /// The kecamatan the scenario reaches, every figure before and after.
    func touched() -> [Block] {
        let rows = comparison.rows.filter { touchedCodes.contains($0.code) && !$0.isUnchanged }
        guard !rows.isEmpty else { return [] }
        let heading =
            assumptions == nil
            ? pick("Kecamatan yang berubah", "Kecamatan that changed")
            : pick("Kecamatan yang disentuh skenario", "Kecamatan the scenario touches")
        let header = [
            pick("Kode", "Code"), "Kecamatan", pick("Peringkat", "Rank"), pick("Penduduk", "Population"),
            pick("Kebutuhan tenaga", "Workers required"), pick("Kursi pelatihan", "Training seats"),
            pick("Kursi dialokasikan", "Seats allocated"),
        ]
        let table = rows.map { row in
            [
                row.code.description, row.name,
                pair(row.baseline.map { Double($0.rank) }, row.scenario.map { Double($0.rank) }, places: 0),
                pair(row.baseline?.population, row.scenario?.population, places: 0),
                pair(row.baseline?.required, row.scenario?.required, places: 2),
                pair(row.baseline?.trainingSeats, row.scenario?.trainingSeats, places: 2),
                pair(
                    row.baseline?.allocatedSeats.map(Double.init), row.scenario?.allocatedSeats.map(Double.init),
                    places: 0),
            ]
        }
        return [
            .heading(3, "\(heading)"),
            .table(
                header: header.map { RichText($0) },
                alignments: [.left, .left, .right, .right, .right, .right, .right],
                rows: table.map { $0.map { RichText($0) } }),
        ]
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
    func untouched() -> [Block] {
        guard let assumptions, !assumptions.isEmpty else { return [] }
        let others = comparison.rows.filter { !touchedCodes.contains($0.code) }
        let scoreMoved = others.filter { ($0.scoreChange ?? 0) != 0 }
        guard others.contains(where: { !$0.isUnchanged }) else {
            let text = pick(
                "Kecamatan lain yang tidak disentuh skenario tidak berubah sama sekali.",
                "No kecamatan the scenario does not touch changes at all.")
            return [.paragraph("\(text)")]
        }
        let figuresSame = others.allSatisfy {
            ($0.populationChange ?? 1) == 0 && ($0.requiredChange ?? 1) == 0 && ($0.trainingSeatsChange ?? 1) == 0
        }
        let rankMoved = others.filter { ($0.rankChange ?? 0) != 0 }
        let explanation = pick(
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
                + "touched kecamatan shifts the scale for every kecamatan.")
        var blocks: [Block] = [
            .heading(3, "\(pick("Kecamatan lain", "Other kecamatan"))"), .paragraph("\(explanation)"),
        ]
        if !rankMoved.isEmpty {
            let moves = rankMoved.map { row in "\(row.name) \(row.baseline!.rank) → \(row.scenario!.rank)" }
            blocks.append(
                .paragraph(
                    "\(pick("Yang berpindah peringkat: ", "Those that change rank: "))\(moves.joined(separator: ", "))."
                ))
        }
        return blocks
    }
}
