import Analysis
import Ingestion

extension BriefSections {
    /// The allocation plan year by year, or a sentence that `seats_per_year` is not set.
    func allocation() -> [String] {
        var lines = [pick("## Rencana alokasi kursi pelatihan", "## Training seat allocation plan"), ""]
        let config = analysis.config
        guard config.seatsPerYear > 0, !analysis.allocation.years.isEmpty else {
            lines.append(
                pick(
                    "Tidak ada rencana alokasi: `seats_per_year` tidak diatur dalam konfigurasi (nilainya 0). Isi "
                        + "`[training] seats_per_year` untuk membagi kursi pelatihan per tahun menurut peringkat.",
                    "No allocation plan: `seats_per_year` is not set in the config (it is 0). Set "
                        + "`[training] seats_per_year` to hand out training seats year by year in rank order."))
            return lines
        }
        let seats = whole(Double(config.seatsPerYear))
        let batch = whole(Double(config.batchSize))
        lines.append(
            pick(
                "Setiap tahun tersedia \(seats) kursi pelatihan, dibagikan menurut peringkat sampai kebutuhan tiap "
                    + "kecamatan terpenuhi; satu kelas berisi \(batch) peserta. Rincian per kecamatan ada di "
                    + "`allocation.csv`.",
                "Each year \(seats) training seats are handed out in rank order until each kecamatan's need is met; "
                    + "a class holds \(batch) trainees. The seats per kecamatan are in `allocation.csv`."))
        lines.append("")
        let header = [
            pick("Tahun", "Year"), pick("Kursi", "Seats"), pick("Kelas", "Classes"),
            pick("Kecamatan yang dilayani (kursi)", "Kecamatan served (seats)"),
            pick("Kebutuhan belum terpenuhi (kursi)", "Unmet need (seats)"),
        ]
        let rows = analysis.allocation.years.map { year in
            let served = analysis.allocation.entries.filter { $0.year == year.year }.map { entry in
                let name = analysis.kecamatan(entry.code)?.name ?? entry.code.description
                return "\(MarkdownText.escape(name)) (\(whole(Double(entry.seats))))"
            }
            return [
                "\(year.year)", whole(Double(year.seats)), whole(Double(year.classes)),
                served.isEmpty ? "—" : served.joined(separator: "; "), whole(Double(year.unmetNeed)),
            ]
        }
        lines += MarkdownText.table(header, [.left, .right, .right, .left, .right], rows)
        if let last = analysis.allocation.years.last {
            lines.append("")
            lines.append(
                last.unmetNeed > 0
                    ? pick(
                        "Pada akhir \(last.year) masih dibutuhkan \(whole(Double(last.unmetNeed))) kursi lagi.",
                        "At the end of \(last.year), \(whole(Double(last.unmetNeed))) more seats are still needed.")
                    : pick(
                        "Dengan rencana ini, semua kursi yang dibutuhkan terpenuhi hingga \(last.year).",
                        "With this plan, every seat needed is covered by \(last.year)."))
        }
        return lines
    }

    /// The (up to 5) kecamatan whose rank changed most since the previous run; nothing at all when
    /// there was no previous run.
    func movers() -> [String] {
        guard let previous = context.previousRanks else { return [] }
        var lines = [
            pick("## Perubahan peringkat sejak analisis sebelumnya", "## Rank changes since the previous run"), "",
        ]
        // Largest change first; equal changes by the new rank.
        let moved = analysis.ranking.compactMap { ranked -> RankMove? in
            guard let old = previous[ranked.code], old != ranked.rank else { return nil }
            return RankMove(ranked: ranked, old: old)
        }
        .sorted { ($0.steps, $1.ranked.rank) > ($1.steps, $0.ranked.rank) }
        .prefix(BriefMarkdown.moverCount)
        if moved.isEmpty {
            lines.append(
                pick(
                    "Tidak ada kecamatan yang berpindah peringkat sejak analisis sebelumnya.",
                    "No kecamatan changed rank since the previous run."))
        } else {
            lines.append(
                pick("Kecamatan yang peringkatnya paling banyak berubah:", "The kecamatan whose rank changed most:"))
            lines.append("")
            for move in moved {
                let steps = move.steps
                let direction =
                    move.old > move.ranked.rank
                    ? pick("naik \(steps)", "up \(steps)") : pick("turun \(steps)", "down \(steps)")
                lines.append("- \(name(move.ranked.code)): \(move.old) → \(move.ranked.rank) (\(direction))")
            }
        }
        let newcomers = analysis.ranking.filter { previous[$0.code] == nil }.map { name($0.code) }
        if !newcomers.isEmpty {
            lines.append("")
            lines.append(
                pick(
                    "Baru diberi peringkat (tidak ada di analisis sebelumnya): ",
                    "Newly ranked (not in the previous run): ")
                    + list(newcomers) + ".")
        }
        return lines
    }

    /// Kecamatan of the master list without population data, or a sentence that all have data.
    func unranked() -> [String] {
        var lines = [pick("## Kecamatan tanpa data penduduk", "## Kecamatan without population data"), ""]
        guard !analysis.unranked.isEmpty else {
            lines.append(
                pick(
                    "Semua kecamatan memiliki data penduduk dan diberi peringkat.",
                    "Every kecamatan has population data and is ranked."))
            return lines
        }
        lines.append(
            pick(
                "Kecamatan berikut ada dalam daftar wilayah tetapi tidak memiliki angka penduduk, sehingga tidak diberi "
                    + "peringkat (angka yang tidak ada tidak dianggap nol):",
                "These kecamatan are in the regions list but have no population figure, so they are not ranked (a "
                    + "missing figure is never taken as zero):"))
        lines.append("")
        for kecamatan in analysis.unranked {
            let kabupaten = kecamatan.kabupaten.isEmpty ? "" : ", \(MarkdownText.escape(kecamatan.kabupaten))"
            lines.append("- \(MarkdownText.escape(kecamatan.name)) (\(kecamatan.code))\(kabupaten)")
        }
        return lines
    }

    /// `Name (65.02.04)`, escaped.
    func name(_ code: KecamatanCode) -> String {
        if let kecamatan = analysis.kecamatan(code) { return "\(MarkdownText.escape(kecamatan.name)) (\(code))" }
        // A kecamatan left without population data is still named by the regions file.
        if let unranked = analysis.unranked.first(where: { $0.code == code }), !unranked.name.isEmpty {
            return "\(MarkdownText.escape(unranked.name)) (\(code))"
        }
        return code.description
    }
}

/// A kecamatan's rank now and in the previous run.
private struct RankMove {
    let ranked: RankedKecamatan
    let old: Int
    /// Places moved, either way.
    var steps: Int { abs(old - ranked.rank) }
}
