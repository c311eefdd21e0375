import Analysis
import Ingestion

extension BriefSections {
    /// The top 10 (or fewer) as a table, and a sentence each on what puts them there.
    func priorities() -> [Block] {
        var blocks: [Block] = [.heading(2, "\(pick("Prioritas pelatihan", "Training priorities"))")]
        let top = analysis.ranking.prefix(BriefMarkdown.topCount).compactMap { ranked in
            analysis.kecamatan(ranked.code).map { (ranked, $0) }
        }
        guard !top.isEmpty else {
            blocks.append(
                .paragraph("\(pick("Tidak ada kecamatan yang diberi peringkat.", "No kecamatan is ranked."))"))
            return blocks
        }
        let total = analysis.ranking.count
        let y = years.priority
        blocks.append(
            .paragraph(
                total > top.count
                    ? pickText(
                        "\(top.count) kecamatan teratas dari \(total) yang diberi peringkat, menurut skor prioritas. "
                            + "Kesiapan dan penduduk per pekerja aktif untuk tahun \(y); pertumbuhan rata-rata per "
                            + "tahun \(span). Daftar lengkap ada di \(code: "priorities.csv").",
                        "The top \(top.count) of \(total) ranked kecamatan by priority score. Readiness and residents "
                            + "per active worker in \(y); average growth a year over \(span). The full list is in "
                            + "\(code: "priorities.csv").")
                    : pickText(
                        "Semua \(total) kecamatan yang diberi peringkat, menurut skor prioritas. Kesiapan dan "
                            + "penduduk per pekerja aktif untuk tahun \(y); pertumbuhan rata-rata per tahun \(span). "
                            + "Rinciannya ada di \(code: "priorities.csv").",
                        "All \(total) ranked kecamatan by priority score. Readiness and residents per active worker "
                            + "in \(y); average growth a year over \(span). Details are in \(code: "priorities.csv")."))
        )
        let header: [RichText] = [
            "\(pick("Peringkat", "Rank"))", "Kecamatan", "Kabupaten/kota", "\(pick("Skor", "Score"))",
            "\(pick("Kesiapan", "Readiness"))",
            "\(pick("Penduduk per pekerja aktif", "Residents per active worker"))",
            "\(pick("Pertumbuhan per tahun", "Growth a year"))",
        ]
        let rows = top.map { ranked, kecamatan -> [RichText] in
            let figures = kecamatan.figures(y)
            let mark = kecamatan.dataQuality.isClean ? "" : " †"
            return [
                "\(ranked.rank)", "\(kecamatan.name) (\(kecamatan.code))\(mark)", "\(kecamatan.kabupaten)",
                "\(NumberFormat.prose(ranked.score, places: 3, language))", "\(percent(figures.readiness))",
                "\(whole(figures.pressure))", "\(percent(kecamatan.growth))",
            ]
        }
        blocks.append(
            .table(header: header, alignments: [.right, .left, .left, .right, .right, .right, .right], rows: rows))
        if top.contains(where: { !$0.1.dataQuality.isClean }) {
            blocks.append(
                .note(
                    pickText(
                        "† Angkanya bertumpu pada baris yang ditolak atau pada angka penduduk hasil alokasi atau "
                            + "turunan; lihat kolom \(code: "data_note") pada \(code: "priorities.csv").",
                        "† Its figures rest on rejected rows or on allocated or derived population figures; see the "
                            + "\(code: "data_note") column of \(code: "priorities.csv").")))
        }
        blocks.append(
            .paragraph("\(pick("Mengapa kecamatan ini berada di peringkat atas:", "Why these kecamatan rank high:"))"))
        blocks.append(
            .list(
                top.map { ranked, kecamatan in
                    "\(strong: "\(ranked.rank). \(kecamatan.name)"): \(reason(ranked, kecamatan))"
                }))
        return blocks
    }

    /// One sentence naming the one or two components with the largest weighted contribution, each
    /// with the figure behind it.
    func reason(_ ranked: RankedKecamatan, _ kecamatan: KecamatanAnalysis) -> String {
        let leading = ranked.leadingComponents(analysis.config.weights)
        guard !leading.isEmpty else {
            return pick(
                "semua komponen skornya nol; tidak ada yang menonjol dibanding kecamatan lain.",
                "every component of its score is zero; nothing stands out against the other kecamatan.")
        }
        let clauses = leading.map { clause($0, kecamatan) }
        return pick("berada di peringkat ini terutama karena ", "ranks here mainly because ")
            + clauses.joined(separator: pick(" dan ", ", and ")) + "."
    }

    /// What a component says about the kecamatan, with its figure.
    func clause(_ component: PriorityComponent, _ kecamatan: KecamatanAnalysis) -> String {
        let y = years.priority
        let b = years.base
        switch component {
        case .readinessGap:
            // "Few" only when fewer than half the needed modules are held; above that it would mislead.
            let readiness = kecamatan.figures(y).readiness
            let shown = percent(readiness)
            return readiness < 0.5
                ? pick(
                    "baru sedikit pekerja yang dibutuhkan telah menuntaskan modul yang berlaku (kesiapan \(shown) "
                        + "pada \(y))",
                    "few of the required workers hold the current modules (readiness \(shown) in \(y))")
                : pick(
                    "sebagian pekerja yang dibutuhkan belum menuntaskan modul yang berlaku (kesiapan \(shown) "
                        + "pada \(y))",
                    "some of the required workers still lack current modules (readiness \(shown) in \(y))")
        case .pressure:
            let pressure = whole(kecamatan.figures(y).pressure)
            return pick(
                "setiap pekerja aktif melayani banyak penduduk (\(pressure) jiwa per pekerja pada \(y))",
                "there are many residents per active worker (\(pressure) in \(y))")
        case .growth:
            let growth = percent(kecamatan.growth)
            return pick(
                "penduduknya tumbuh cepat (\(growth) per tahun, \(span))",
                "its population grows fast (\(growth) a year, \(span))")
        case .untrainedShare:
            let share = percent(kecamatan.figures(b).untrainedShare)
            return pick(
                "banyak slot modul yang belum terlatih (\(share) dari slot modul pekerja aktif pada \(b))",
                "many module slots are untrained (\(share) of the active workers' module slots in \(b))")
        }
    }
}
