import Analysis
import Ingestion

extension ComparisonSections {
    /// Only the assumptions that differ: the scenario's rows.
    func assumptionRows() -> [Block] {
        guard let assumptions, !assumptions.isEmpty else { return [] }
        let header = [
            pick("Baris", "Row"), pick("Wilayah", "Region"), pick("Tingkat", "Level"), pick("Tahun", "Year"),
            pick("Asumsi", "Assumption"), pick("Berlaku untuk", "Applies to"), pick("Catatan", "Note"),
        ]
        var rows: [[String]] = []
        for rate in assumptions.rates {
            let row = rate.row
            rows.append([
                "\(row.file):\(row.line)", region(row.code.description), level(rate.level),
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
                "\(row.file):\(row.line)", region(row.code.description), level(.kecamatan),
                String(row.year),
                pick("penduduk ", "population ") + NumberFormat.prose(Double(row.population), language),
                figure.overriddenBy == nil ? "1 kecamatan" : "0 kecamatan", note,
            ])
        }
        return [
            .heading(3, "\(pick("Asumsi yang berbeda", "Assumptions that differ"))"),
            .table(
                header: header.map { RichText($0) }, alignments: [.left, .left, .left, .left, .right, .right, .left],
                rows: rows.map { $0.map { RichText($0) } }),
        ]
    }

    /// The name of the level a scenario row applies at.
    func level(_ level: ScenarioAssumptions.Level) -> String {
        switch level {
        case .kecamatan: "kecamatan"
        case .kabupaten: "kabupaten/kota"
        case .province: pick("provinsi", "province")
        }
    }

    /// `file:line` of a scenario row.
    func location(_ file: String, _ line: Int) -> String { "\(file):\(line)" }

    /// What became of a growth row: replaced by a later one, or shadowed by more specific ones.
    func rateNote(_ rate: ScenarioAssumptions.Rate) -> String {
        if let later = rate.overriddenBy {
            return pick("diganti oleh ", "replaced by ") + location(later.file, later.line)
        }
        let shadows = rate.shadows.map { shadow in
            pick(
                "\(shadow.kecamatan) kecamatan mengikuti jadwal \(region(shadow.code.description)) yang lebih rinci",
                "\(shadow.kecamatan) kecamatan follow the more specific schedule of \(region(shadow.code.description))")
        }
        return shadows.isEmpty ? "" : shadows.joined(separator: "; ")
    }
}
