import Analysis
import Ingestion

/// One ranked kecamatan as `priorities.csv`, `summary.json` (`kecamatan`) and the workbook's
/// Prioritas sheet show it: figures at the priority year Y unless a column says `_base` (base year B).
package struct PriorityRecord: Sendable {
    /// The rank, score and components.
    package var ranked: RankedKecamatan
    /// The kecamatan's figures.
    package var kecamatan: KecamatanAnalysis
    /// Its figures at B.
    package var base: YearFigures
    /// Its figures at Y.
    package var year: YearFigures
    /// w_i · component_i / Σw, in the order of ``PriorityComponents/contributions(_:)``.
    package var contributions: [Double]

    /// The records of `analysis`, in rank order.
    package static func records(of analysis: PlanAnalysis) -> [PriorityRecord] {
        analysis.ranking.compactMap { ranked in
            guard let kecamatan = analysis.kecamatan(ranked.code) else { return nil }
            return PriorityRecord(
                ranked: ranked, kecamatan: kecamatan, base: kecamatan.figures(analysis.years.base),
                year: kecamatan.figures(analysis.years.priority),
                contributions: ranked.components.contributions(analysis.config.weights))
        }
    }
}

extension PriorityRecord {
    /// The columns of `priorities.csv`, then the score's components and contributions (JSON and workbook only).
    package static let schema = RecordSchema<PriorityRecord>(
        file: "priorities.csv", row: "ranked kecamatan, in rank order (rank 1 first)",
        columns: [
            .init(
                "rank", id: "Peringkat", en: "Rank", unit: .rank, kind: .integer,
                meaning: "Position in the ranking; 1 is where to train and recruit first."
            ) { .integer($0.ranked.rank) },
            .init(
                "kode_kecamatan", id: "Kode kecamatan", en: "Kecamatan code", kind: .text,
                meaning: "Kemendagri code of the kecamatan, `PP.KK.DD`."
            ) { .text($0.ranked.code.description) },
            .init("kecamatan", id: "Kecamatan", en: "Kecamatan", kind: .text, meaning: "Name of the kecamatan.") {
                .text($0.kecamatan.name)
            },
            .init(
                "kabupaten", id: "Kabupaten/kota", en: "Regency/city", kind: .text,
                meaning: "Name of its kabupaten or kota (empty when unknown)."
            ) { .text($0.kecamatan.kabupaten) },
            .init(
                "population_base", id: "Penduduk tahun dasar", en: "Population, base year", unit: .residents,
                kind: .whole, meaning: "Projected population at the base year B."
            ) { .real($0.base.population) },
            .init(
                "population_year", id: "Penduduk tahun prioritas", en: "Population, priority year", unit: .residents,
                kind: .whole, meaning: "Projected population at the priority year Y."
            ) { .real($0.year.population) },
            .init(
                "growth_rate", id: "Pertumbuhan per tahun", en: "Growth a year", unit: .ratePerYear, kind: .share,
                meaning: "Steady yearly growth of the projected population between B and the horizon H (g_k)."
            ) {
                .real($0.kecamatan.growth)
            },
        ] + WorkforceColumns.columns(.priorityYear) { $0.year } + [
            .init(
                "untrained_share_base", id: "Porsi modul belum dilatih (tahun dasar)", en: "Untrained share, base year",
                unit: .share, kind: .share,
                meaning: "Share of applicable module slots not current at B (1 when there are none)."
            ) {
                .real($0.base.untrainedShare)
            },
            .init(
                "score", id: "Skor prioritas", en: "Priority score", unit: .score, kind: .share,
                meaning: "The weighted priority score; the sum of the four contributions."
            ) { .real($0.ranked.score) },
            .init(
                "data_note", id: "Catatan data", en: "Data note", kind: .text,
                meaning: "What the kecamatan's figures rest on, empty when clean: `rejected rows: population N, "
                    + "roster M` (input rows rejected that concern it; a zero count is left out) and `population "
                    + "figures: allocated, derived` (those of the kinds, `jenis`, of its population figures that are "
                    + "`alokasi` or `turunan`), joined by `; `. Fixed English words and counts only."
            ) { .text(dataNote($0.kecamatan.dataQuality)) },
        ] + componentColumns)

    /// The `data_note` text: fixed English words and counts only, never a cell of the input.
    static func dataNote(_ quality: KecamatanDataQuality) -> String {
        var parts: [String] = []
        let rejected = [("population", quality.rejectedPopulationRows), ("roster", quality.rejectedRosterRows)]
            .filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }
        if !rejected.isEmpty { parts.append("rejected rows: " + rejected.joined(separator: ", ")) }
        let kinds = quality.secondHandKinds.map(\.english)
        if !kinds.isEmpty { parts.append("population figures: " + kinds.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// The four components and their weighted contributions: `summary.json` and the workbook.
    private static let componentColumns: [OutputColumn<PriorityRecord>] = {
        // Keys, names and values from PriorityComponent: the brief, explain and these columns use
        // the same words for the same component.
        let components = PriorityComponent.allCases.map { component in
            let (id, en) = (component.label(.indonesian), component.label(.english))
            return OutputColumn<PriorityRecord>(
                "component_" + component.rawValue, id: "Komponen: " + id, en: "Component: " + en, unit: .share,
                kind: .share, meaning: "Score component (0–1): \(component.definition).",
                json: ["components", component.rawValue], formats: [.json, .workbook]
            ) { .real(component.value($0.ranked.components)) }
        }
        let contributions = PriorityComponent.allCases.enumerated().map { index, component in
            let (id, en) = (component.label(.indonesian), component.label(.english))
            return OutputColumn<PriorityRecord>(
                "contribution_" + component.rawValue, id: "Sumbangan: " + id, en: "Contribution: " + en,
                unit: .score, kind: .share,
                meaning: "Weight × component ÷ sum of weights: what the \(en) adds to the score.",
                json: ["contributions", component.rawValue], formats: [.json, .workbook]
            ) { .real($0.contributions[index]) }
        }
        return components + contributions
    }()
}
