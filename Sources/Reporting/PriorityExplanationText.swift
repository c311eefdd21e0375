import Analysis
import Ingestion

/// A ``PriorityExplanation`` as text for a terminal, in Bahasa Indonesia or English: population,
/// required workers with the norm that binds, workers at Y, the score's components from raw value to
/// contribution, and the neighbours in the ranking with what separates them.
package struct PriorityExplanationText {
    /// The explanation rendered.
    let explanation: PriorityExplanation
    /// The language of words and numbers.
    let language: ReportLanguage

    /// The text, ending in a newline.
    package static func render(_ explanation: PriorityExplanation, language: ReportLanguage) -> String {
        let text = PriorityExplanationText(explanation: explanation, language: language)
        let sections = [text.heading(), text.population(), text.required(), text.workers(), text.score()]
        return (sections + [text.neighbours()]).map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    func pick(_ indonesian: String, _ english: String) -> String { language.pick(indonesian, english) }
    func whole(_ value: Double) -> String { NumberFormat.prose(value, language) }
    func share(_ value: Double) -> String { NumberFormat.prose(value, places: NumberFormat.sharePlaces, language) }
    func workers(_ value: Double) -> String { NumberFormat.prose(value, upTo: NumberFormat.countPlaces, language) }
    func percent(_ value: Double) -> String { NumberFormat.percent(value, places: 2, language) }
    var y: Int { explanation.years.priority }

    /// Name, code, kabupaten, rank, score and years.
    func heading() -> [String] {
        let e = explanation
        let place = e.kabupaten.isEmpty ? "" : ", \(e.kabupaten)"
        return [
            "\(e.name) (\(e.code))\(place): "
                + pick("peringkat \(e.rank) dari \(e.rankedCount), skor ", "rank \(e.rank) of \(e.rankedCount), score ")
                + share(e.score),
            pick(
                "Tahun dasar \(e.years.base), horizon \(e.years.horizon), tahun prioritas \(y).",
                "Base year \(e.years.base), horizon \(e.years.horizon), priority year \(y)."),
        ]
    }

    /// The figures given with their sources, r_k, g_k and the projection.
    func population() -> [String] {
        let p = explanation.population
        var lines = [pick("Penduduk", "Population")]
        let width = p.observed.map { whole(Double($0.population)).count }.max() ?? 0
        for figure in p.observed {
            let origin: String
            switch figure.origin {
            case .data:
                let kind = figure.kind.map { " [\(pick($0.rawValue, $0.english))]" } ?? ""
                origin =
                    pick("data", "data") + kind
                    + (figure.source.map { ": \($0)" } ?? pick(" (tanpa sumber)", " (no source)"))
            case .scenario: origin = pick("skenario", "scenario") + " \(figure.file):\(figure.line)"
            }
            let replaced = figure.used ? "" : pick(" (diganti angka yang lebih akhir)", " (replaced by a later figure)")
            lines.append("  \(figure.year)  \(Self.pad(whole(Double(figure.population)), width))  \(origin)\(replaced)")
        }
        lines.append(
            pick(
                "  Laju dasar r_k: \(percent(p.baseRate)) per tahun; pertumbuhan g_k \(span): \(percent(p.growth)) "
                    + "per tahun",
                "  Base rate r_k: \(percent(p.baseRate)) a year; growth g_k \(span): \(percent(p.growth)) a year"))
        var rows = [[pick("tahun", "year")] + p.projected.map { "\($0.year)" }]
        rows.append([pick("penduduk", "population")] + p.projected.map { whole($0.population) })
        if p.projected.contains(where: { $0.caseload > 0 }) {
            rows.append([pick("kasus", "caseload")] + p.projected.map { workers($0.caseload) })
        }
        lines.append(pick("  Proyeksi:", "  Projected:"))
        lines += Self.table(rows, indent: "    ")
        return lines
    }

    var span: String { "\(explanation.years.base)–\(explanation.years.horizon)" }

    /// Required workers per role, each term of its norm and the one that binds.
    func required() -> [String] {
        var lines = [
            pick(
                "Kebutuhan pekerja \(y): suku terbesar norma peran (D = \(explanation.villages) desa/kelurahan)",
                "Required workers in \(y): the largest term of the role's norm (D = \(explanation.villages) "
                    + "desa/kelurahan)")
        ]
        let atY = explanation.population.projected.first { $0.year == y }
        for role in explanation.roles {
            let terms = role.terms
            let binding = terms.binding.map(\.rawValue).joined(separator: pick(" dan ", " and "))
            let bound =
                terms.binding.isEmpty
                ? pick(" (semua norma 0)", " (every norm is 0)")
                : pick(", ditentukan oleh ", ", set by ") + binding
                    + (terms.binding.count > 1 ? pick(" (sama besar)", " (equal)") : "")
            lines.append("  \(role.role.rawValue): \(workers(role.workforce.required))\(bound)")
            for term in WorkforceRequirement.Term.allCases {
                let norm = workers(terms.normValue(term))
                guard let value = terms.value(term) else {
                    lines.append("    \(term.rawValue): " + pick("tidak dipakai (norma 0)", "off (norm 0)"))
                    continue
                }
                let formula: String
                switch term {
                case .perKecamatan: formula = "per_kecamatan"
                case .perDesa: formula = "per_desa × D = \(norm) × \(explanation.villages)"
                case .population: formula = "⌈P / population_per_worker⌉ = ⌈\(whole(atY?.population ?? 0)) / \(norm)⌉"
                case .caseload: formula = "⌈C / cases_per_worker⌉ = ⌈\(workers(atY?.caseload ?? 0)) / \(norm)⌉"
                }
                let mark = terms.binding.contains(term) ? pick("  ← maks", "  ← max") : ""
                lines.append("    \(formula) = \(workers(value))\(mark)")
            }
        }
        return lines
    }

    /// Required, active, trained, gap and seats per role and in total at Y.
    func workers() -> [String] {
        let header = [
            pick("peran", "role"), pick("kebutuhan", "required"), pick("aktif", "active"), pick("terlatih", "trained"),
            pick("kekurangan", "staffing gap"), pick("kursi pelatihan", "training seats"),
        ]
        func row(_ label: String, _ w: PriorityExplanation.Workforce) -> [String] {
            [
                label, workers(w.required), workers(w.active), workers(w.trained), workers(w.staffingGap),
                workers(w.trainingSeats),
            ]
        }
        let rows = explanation.roles.map { row($0.role.rawValue, $0.workforce) } + [row("total", explanation.total)]
        return [pick("Pekerja \(y)", "Workers in \(y)")] + Self.table([header] + rows, indent: "  ")
    }

    /// Columns padded to their widest cell: the first left-aligned, the others right-aligned.
    static func table(_ rows: [[String]], indent: String) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0) : pad(cell, widths[column])
            }
            return indent + cells.joined(separator: "  ")
        }
    }

    /// `text` right-aligned in `width` characters.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
