import Analysis
import Ingestion

extension PriorityExplanationText {
    /// Each component from its raw value through the run's bounds and its weight to what it adds.
    func score() -> [String] {
        let e = explanation
        let header = [
            pick("komponen", "component"), pick("nilai mentah", "raw"), "min", pick("maks", "max"),
            pick("nilai 0–1", "value 0–1"), pick("bobot", "weight"), pick("sumbangan", "contribution"),
        ]
        let rows = e.components.map { part in
            let isWhole = part.component.raw.kind == .whole
            let raw = { (value: Double) -> String in isWhole ? whole(value) : share(value) }
            return [
                part.component.label(language), raw(part.raw), part.bounds.map { raw($0.min) } ?? "",
                part.bounds.map { raw($0.max) } ?? "", share(part.value),
                NumberFormat.prose(part.weight, upTo: NumberFormat.sharePlaces, language), share(part.contribution),
            ]
        }
        let total = [pick("skor", "score"), "", "", "", "", "", share(e.score)]
        return [pick("Komponen skor", "Score components")] + Self.table([header] + rows + [total], indent: "  ")
            + notes()
    }

    /// How each column of the components' table is made, with the figures of this kecamatan.
    func notes() -> [String] {
        let e = explanation
        let (atY, atB) = (e.priorityYearModules, e.baseYearModules)
        // Between a function's arguments: "; " where the decimal mark is a comma.
        let comma = pick("; ", ", ")
        let gap = e.components.first { $0.component == .readinessGap }?.raw ?? 0
        let readiness =
            "min(1\(comma)(\(workers(atY.slots)) − \(workers(atY.missing))) / \(workers(atY.needed))) = \(share(1 - gap))"
        let pressure = e.components.first { $0.component == .pressure }?.raw ?? 0
        let population = e.population.projected.first { $0.year == y }?.population ?? 0
        let residents = "\(whole(population)) / " + pick("maks", "max") + "(\(workers(e.total.active))\(comma)1)"
        let untrained = "\(workers(atB.missing)) / \(workers(atB.slots))"
        let weights = NumberFormat.prose(e.components.reduce(0) { $0 + $1.weight }, upTo: 6, language)
        let b = e.years.base
        return [
            pick("  Nilai mentah:", "  Raw values:"),
            pick(
                "    kesenjangan kesiapan = 1 − kesiapan \(y); kesiapan = min(1; (slot modul − modul belum dimiliki) "
                    + "/ slot yang dibutuhkan)\n      = \(readiness)",
                "    readiness gap = 1 − readiness in \(y); readiness = min(1, (module slots − modules missing) / "
                    + "slots needed)\n      = \(readiness)"),
            pick(
                "    tekanan = penduduk per pekerja aktif \(y) = \(residents) = \(whole(pressure))",
                "    pressure = residents per active worker in \(y) = \(residents) = \(whole(pressure))"),
            pick(
                "    pertumbuhan = g_k, laju per tahun \(span)", "    growth = g_k, the growth a year \(span)"),
            pick(
                "    porsi belum terlatih = modul belum dimiliki / slot modul \(b) = \(untrained)",
                "    untrained share = modules missing / module slots in \(b) = \(untrained)"),
            pick(
                "  Nilai 0–1: tekanan dan pertumbuhan diskalakan antara nilai terendah (min) dan tertinggi (maks) "
                    + "dari\n    \(e.rankedCount) kecamatan berperingkat: (mentah − min) / (maks − min); dua komponen "
                    + "lain apa adanya.",
                "  Value 0–1: pressure and growth rescaled between the lowest (min) and highest (max) of the "
                    + "\(e.rankedCount) ranked\n    kecamatan: (raw − min) / (max − min); the other two as they are."),
            pick(
                "  Sumbangan = bobot × nilai / jumlah bobot (\(weights)); skor = jumlah sumbangan.",
                "  Contribution = weight × value / sum of weights (\(weights)); score = sum of the contributions."),
        ]
    }

    /// The kecamatan just above and just below, and what separates each from this one.
    func neighbours() -> [String] {
        let e = explanation
        return [
            pick("Tetangga dalam peringkat", "Neighbours in the ranking")
        ] + side(e.above, isAbove: true) + side(e.below, isAbove: false)
    }

    /// The lines of one side: the neighbour and its contribution differences, or that there is none.
    func side(_ n: PriorityExplanation.Neighbour?, isAbove: Bool) -> [String] {
        let label = isAbove ? pick("Di atas: ", "Above: ") : pick("Di bawah: ", "Below: ")
        guard let n else {
            return [
                "  " + label
                    + (isAbove
                        ? pick("tidak ada (peringkat 1).", "none (rank 1).")
                        : pick("tidak ada (peringkat terakhir).", "none (the last rank)."))
            ]
        }
        return [
            "  " + label + neighbour(n, isAbove: isAbove), "    " + separation(n, isAbove: isAbove),
            "    " + differences(n, isAbove: isAbove),
        ]
    }

    /// The neighbour's rank, name, code and score, and how far its score lies from this one's.
    func neighbour(_ n: PriorityExplanation.Neighbour, isAbove: Bool) -> String {
        let who = pick("peringkat \(n.rank), ", "rank \(n.rank), ") + "\(n.name) (\(n.code)), "
        guard n.separating != nil else {
            return who + pick("skor sama sampai 9 desimal (", "the same score to 9 decimals (") + share(n.score) + ")."
        }
        let gap = share(abs(n.score - explanation.score))
        return who + pick("skor ", "score ") + share(n.score)
            + (isAbove
                ? pick(" (\(gap) lebih tinggi).", " (\(gap) higher).")
                : pick(" (\(gap) lebih rendah).", " (\(gap) lower)."))
    }

    /// The separating component, or the tie-break that decided when the scores tie.
    func separation(_ n: PriorityExplanation.Neighbour, isAbove: Bool) -> String {
        guard let separating = n.separating else {
            return pick("Penentu: ", "The tie-break decided: ") + tieBreak(n, isAbove)
        }
        let higher = isAbove ? n.name : explanation.name
        let difference = share(n.differences[PriorityComponent.allCases.firstIndex(of: separating)!])
        return pick(
            "Komponen pembeda: \(separating.label(language)), sumbangannya \(difference) lebih besar untuk \(higher).",
            "Separating component: \(separating.label(language)), whose contribution is \(difference) higher for "
                + "\(higher).")
    }

    /// The four contribution differences, better ranked minus the other, signed.
    func differences(_ n: PriorityExplanation.Neighbour, isAbove: Bool) -> String {
        let (higher, lower) = isAbove ? (n.name, explanation.name) : (explanation.name, n.name)
        let parts = zip(PriorityComponent.allCases, n.differences).map { component, difference in
            let text = share(difference)
            return "\(component.label(language)) \(difference > 0 && text != share(0) ? "+" : "")\(text)"
        }
        return pick("Selisih sumbangan", "Contribution differences") + " (\(higher) − \(lower)): "
            + parts.joined(separator: ", ")
    }

    /// The tie-break of docs/METHOD.md "Ties" that put the better ranked of the two first.
    func tieBreak(_ n: PriorityExplanation.Neighbour, _ isAbove: Bool) -> String {
        let e = explanation
        let populationAtY = e.population.projected.first { $0.year == y }?.population ?? 0
        let mine = (seats: e.total.trainingSeats, population: populationAtY, code: e.code)
        let theirs = (seats: n.trainingSeats, population: n.population, code: n.code)
        let (first, second) = isAbove ? (theirs, mine) : (mine, theirs)
        switch n.decidedBy {
        // A neighbour whose score differs is separated by a component, never by a tie-break.
        case .score, .trainingSeats:
            return pick(
                "kursi pelatihan lebih banyak pada \(y) (\(workers(first.seats)) dibanding \(workers(second.seats))).",
                "more training seats in \(y) (\(workers(first.seats)) against \(workers(second.seats))).")
        case .population:
            return pick(
                "penduduk lebih besar pada \(y) (\(whole(first.population)) dibanding \(whole(second.population))).",
                "the larger population in \(y) (\(whole(first.population)) against \(whole(second.population))).")
        case .code:
            return pick(
                "kode lebih kecil (\(first.code) sebelum \(second.code)).",
                "the smaller code (\(first.code) before \(second.code)).")
        }
    }
}
