import Analysis
import Ingestion

/// The cards that end `brief.html`: for each kecamatan of the top 10, the path from its figures to
/// its rank (``PriorityExplanation``): each score component raw and rescaled with the run's range,
/// its weight and contribution, the norm that sets each role's requirement, and what separates it
/// from the kecamatan ranked just above and below. `capplan explain KODE` prints the same for any
/// kecamatan.
struct BriefCards {
    /// The brief the cards end.
    let brief: BriefSections

    /// The run analysed.
    var analysis: PlanAnalysis { brief.analysis }
    /// The brief's language.
    var language: ReportLanguage { brief.language }
    /// The Indonesian or the English wording.
    func pick(_ indonesian: String, _ english: String) -> String { brief.pick(indonesian, english) }

    /// The section, one HTML block for `brief.html` only; empty when nothing is ranked.
    func blocks() -> [Block] {
        let cards = PriorityExplanation.all(in: analysis, limit: BriefMarkdown.topCount)
        guard !cards.isEmpty else { return [] }
        let intro = brief.pickText(
            "Untuk setiap kecamatan \(cards.count) besar: nilai mentah tiap komponen skor, nilainya setelah diskalakan "
                + "ke 0–1 (tekanan dan pertumbuhan antara nilai terendah dan tertinggi semua kecamatan berperingkat), "
                + "bobot dan sumbangannya; norma yang menentukan kebutuhan pekerja; dan apa yang membedakannya dari "
                + "tetangga peringkatnya. \(code: "capplan explain KODE") mencetak rincian yang sama untuk kecamatan "
                + "mana pun.",
            "For each kecamatan of the top \(cards.count): each score component's raw value, its value rescaled to "
                + "0–1 (pressure and growth between the lowest and highest of all ranked kecamatan), its weight and "
                + "contribution; the norm that sets the workers required; and what separates it from its neighbours "
                + "in the ranking. \(code: "capplan explain KODE") prints the same for any kecamatan.")
        let heading = Block.heading(2, "\(pick("Mengapa peringkat ini", "Why these ranks"))")
        return [heading, .paragraph(intro), .html(cards.flatMap(card))]
    }

    /// One card.
    func card(_ explanation: PriorityExplanation) -> [String] {
        let kabupaten = explanation.kabupaten.isEmpty ? "" : ", \(explanation.kabupaten)"
        let heading =
            "\(explanation.rank). \(explanation.name) (\(explanation.code))\(kabupaten) — "
            + pick("skor ", "score ") + NumberFormat.prose(explanation.score, places: 3, language)
        let header = [
            pick("Komponen", "Component"), pick("Nilai mentah", "Raw value"),
            pick("Rentang (min–maks)", "Range (min–max)"),
            pick("Nilai 0–1", "Value 0–1"), pick("Bobot", "Weight"), pick("Sumbangan", "Contribution"),
        ].map { RichText($0) }
        var rows = explanation.components.map { part -> [RichText] in
            let range = part.bounds.map { "\(raw(part.component, $0.min)) – \(raw(part.component, $0.max))" } ?? "—"
            return [
                part.component.label(language), raw(part.component, part.raw), range,
                NumberFormat.prose(part.value, places: 3, language), NumberFormat.prose(part.weight, upTo: 2, language),
                NumberFormat.prose(part.contribution, places: 3, language),
            ].map { RichText($0) }
        }
        rows.append([
            "\(strong: "\(pick("Skor", "Score"))")", "", "", "", "",
            "\(strong: "\(NumberFormat.prose(explanation.score, places: 3, language))")",
        ])
        let blocks: [Block] = [
            .heading(3, "\(heading)"),
            .table(header: header, alignments: [.left, .right, .right, .right, .right, .right], rows: rows),
            .paragraph("\(requirement(explanation))"),
        ]
        let neighbours = neighbours(explanation)
        return ["<article class=\"card\">"]
            + HTMLRenderer.lines(neighbours.isEmpty ? blocks : blocks + [.list(neighbours)])
            + ["</article>"]
    }

    /// A component's raw value in its own unit: a share or rate as a percentage, pressure in residents.
    func raw(_ component: PriorityComponent, _ value: Double) -> String {
        switch component {
        case .pressure: brief.whole(value)
        case .growth: NumberFormat.percent(value, places: 2, language)
        case .readinessGap, .untrainedShare: brief.percent(value)
        }
    }

    /// The workers required per role at Y and the norm that sets each, with the workforce.
    func requirement(_ explanation: PriorityExplanation) -> String {
        let y = explanation.years.priority
        let roles = explanation.roles.map { role -> String in
            let norms = role.terms.binding.map(\.rawValue).joined(separator: ", ")
            let count = NumberFormat.prose(role.workforce.required, upTo: 2, language)
            return norms.isEmpty ? "\(role.role.rawValue) \(count)" : "\(role.role.rawValue) \(count) (\(norms))"
        }
        let total = explanation.total
        return pick(
            "Kebutuhan pekerja \(y): \(roles.joined(separator: ", ")); aktif \(brief.count(total.active)), terlatih "
                + "\(brief.count(total.trained)), kekurangan \(brief.count(total.staffingGap)), kursi pelatihan "
                + "\(brief.count(total.trainingSeats)).",
            "Workers required in \(y): \(roles.joined(separator: ", ")); active \(brief.count(total.active)), trained "
                + "\(brief.count(total.trained)), gap \(brief.count(total.staffingGap)), training seats "
                + "\(brief.count(total.trainingSeats)).")
    }

    /// The kecamatan just above and below, and the component that separates each.
    func neighbours(_ explanation: PriorityExplanation) -> [RichText] {
        var items: [RichText] = []
        for (neighbour, isAbove) in [(explanation.above, true), (explanation.below, false)] {
            guard let neighbour else { continue }
            let place = isAbove ? pick("Di atasnya", "Above it") : pick("Di bawahnya", "Below it")
            let score = NumberFormat.prose(neighbour.score, places: 3, language)
            var text = "\(place): \(neighbour.rank). \(neighbour.name), " + pick("skor ", "score ") + score
            if let separating = neighbour.separating {
                text += pick("; pembeda terbesar: ", "; what separates them most: ") + separating.label(language)
            } else if neighbour.decidedBy != .score {
                text +=
                    pick("; skor sama, ditentukan oleh ", "; equal scores, decided by ") + neighbour.decidedBy.rawValue
            }
            items.append(RichText(text + "."))
        }
        return items
    }
}
