import Analysis
import Ingestion

extension BriefSections {
    /// The allocation plan year by year, or a sentence that `seats_per_year` is not set.
    func allocation() -> [Block] {
        var blocks: [Block] = [
            .heading(2, "\(pick("Rencana alokasi kursi pelatihan", "Training seat allocation plan"))")
        ]
        let config = analysis.config
        guard config.seatsPerYear > 0, !analysis.allocation.years.isEmpty else {
            blocks.append(
                .paragraph(
                    pickText(
                        "Tidak ada rencana alokasi: \(code: "seats_per_year") tidak diatur dalam konfigurasi (nilainya "
                            + "0). Isi \(code: "[training] seats_per_year") untuk membagi kursi pelatihan per tahun "
                            + "menurut peringkat.",
                        "No allocation plan: \(code: "seats_per_year") is not set in the config (it is 0). Set "
                            + "\(code: "[training] seats_per_year") to hand out training seats year by year in rank "
                            + "order.")))
            return blocks
        }
        let seats = whole(Double(config.seatsPerYear))
        let batch = whole(Double(config.batchSize))
        blocks.append(
            .paragraph(
                pickText(
                    "Setiap tahun tersedia \(seats) kursi pelatihan, dibagikan menurut peringkat sampai kebutuhan "
                        + "tiap kecamatan terpenuhi; satu kelas berisi \(batch) peserta. Rincian per kecamatan ada di "
                        + "\(code: "allocation.csv").",
                    "Each year \(seats) training seats are handed out in rank order until each kecamatan's need is "
                        + "met; a class holds \(batch) trainees. The seats per kecamatan are in "
                        + "\(code: "allocation.csv").")))
        let header: [RichText] = [
            "\(pick("Tahun", "Year"))", "\(pick("Kursi", "Seats"))", "\(pick("Kelas", "Classes"))",
            "\(pick("Kecamatan yang dilayani (kursi)", "Kecamatan served (seats)"))",
            "\(pick("Kebutuhan belum terpenuhi (kursi)", "Unmet need (seats)"))",
        ]
        let rows = analysis.allocation.years.map { year -> [RichText] in
            let served = analysis.allocation.entries.filter { $0.year == year.year }.map { entry in
                let name = analysis.kecamatan(entry.code)?.name ?? entry.code.description
                return "\(name) (\(whole(Double(entry.seats))))"
            }
            return [
                "\(year.year)", "\(whole(Double(year.seats)))", "\(whole(Double(year.classes)))",
                "\(served.isEmpty ? "—" : served.joined(separator: "; "))", "\(whole(Double(year.unmetNeed)))",
            ]
        }
        blocks.append(.table(header: header, alignments: [.left, .right, .right, .left, .right], rows: rows))
        if let last = analysis.allocation.years.last {
            let text =
                last.unmetNeed > 0
                ? pick(
                    "Pada akhir \(last.year) masih dibutuhkan \(whole(Double(last.unmetNeed))) kursi lagi.",
                    "At the end of \(last.year), \(whole(Double(last.unmetNeed))) more seats are still needed.")
                : pick(
                    "Dengan rencana ini, semua kursi yang dibutuhkan terpenuhi hingga \(last.year).",
                    "With this plan, every seat needed is covered by \(last.year).")
            blocks.append(.paragraph("\(text)"))
        }
        return blocks
    }

    /// The (up to 5) kecamatan whose rank changed most since the previous run; nothing at all when
    /// there was no previous run.
    func movers() -> [Block] {
        guard let previous = context.previousRanks else { return [] }
        var blocks: [Block] = [
            .heading(
                2, "\(pick("Perubahan peringkat sejak analisis sebelumnya", "Rank changes since the previous run"))")
        ]
        // Largest change first; equal changes by the new rank.
        let moved = analysis.ranking.compactMap { ranked -> RankMove? in
            guard let old = previous[ranked.code], old != ranked.rank else { return nil }
            return RankMove(ranked: ranked, old: old)
        }
        .sorted { ($0.steps, $1.ranked.rank) > ($1.steps, $0.ranked.rank) }
        .prefix(BriefMarkdown.moverCount)
        if moved.isEmpty {
            let text = pick(
                "Tidak ada kecamatan yang berpindah peringkat sejak analisis sebelumnya.",
                "No kecamatan changed rank since the previous run.")
            blocks.append(.paragraph("\(text)"))
        } else {
            let text = pick(
                "Kecamatan yang peringkatnya paling banyak berubah:", "The kecamatan whose rank changed most:")
            blocks.append(.paragraph("\(text)"))
            let items = moved.map { move -> RichText in
                let steps = move.steps
                let direction =
                    move.old > move.ranked.rank
                    ? pick("naik \(steps)", "up \(steps)") : pick("turun \(steps)", "down \(steps)")
                return "\(name(move.ranked.code)): \(move.old) → \(move.ranked.rank) (\(direction))"
            }
            blocks.append(.list(items))
        }
        let newcomers = analysis.ranking.filter { previous[$0.code] == nil }.map { name($0.code) }
        if !newcomers.isEmpty {
            let intro = pick(
                "Baru diberi peringkat (tidak ada di analisis sebelumnya): ", "Newly ranked (not in the previous run): "
            )
            blocks.append(.paragraph("\(intro)\(list(newcomers))."))
        }
        return blocks
    }

    /// Kecamatan of the master list without population data, or a sentence that all have data.
    func unranked() -> [Block] {
        var blocks: [Block] = [
            .heading(2, "\(pick("Kecamatan tanpa data penduduk", "Kecamatan without population data"))")
        ]
        guard !analysis.unranked.isEmpty else {
            let text = pick(
                "Semua kecamatan memiliki data penduduk dan diberi peringkat.",
                "Every kecamatan has population data and is ranked.")
            blocks.append(.paragraph("\(text)"))
            return blocks
        }
        let intro = pick(
            "Kecamatan berikut ada dalam daftar wilayah tetapi tidak memiliki angka penduduk, sehingga tidak diberi "
                + "peringkat (angka yang tidak ada tidak dianggap nol):",
            "These kecamatan are in the regions list but have no population figure, so they are not ranked (a "
                + "missing figure is never taken as zero):")
        blocks.append(.paragraph("\(intro)"))
        let items = analysis.unranked.map { kecamatan -> RichText in
            let kabupaten = kecamatan.kabupaten.isEmpty ? "" : ", \(kecamatan.kabupaten)"
            return "\(kecamatan.name) (\(kecamatan.code))\(kabupaten)"
        }
        blocks.append(.list(items))
        return blocks
    }

    /// `Name (65.02.04)`, as plain text.
    func name(_ code: KecamatanCode) -> RichText {
        if let kecamatan = analysis.kecamatan(code) { return "\(kecamatan.name) (\(code))" }
        // A kecamatan left without population data is still named by the regions file.
        if let unranked = analysis.unranked.first(where: { $0.code == code }), !unranked.name.isEmpty {
            return "\(unranked.name) (\(code))"
        }
        return "\(code)"
    }
}

/// A kecamatan's rank now and in the previous run.
private struct RankMove {
    /// The kecamatan and its rank now.
    let ranked: RankedKecamatan
    /// Its rank in the previous run.
    let old: Int
    /// Places moved, either way.
    var steps: Int { abs(old - ranked.rank) }
}
