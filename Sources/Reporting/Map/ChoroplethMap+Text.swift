import Ingestion

extension ChoroplethMap {
    /// The legend's heading.
    var legendTitle: String {
        switch mode {
        case .priorityScore: pick("Skor prioritas", "Priority score")
        case .rankChange: pick("Perubahan peringkat", "Rank change")
        }
    }

    /// The key's heading, for `count` kecamatan numbered.
    func keyTitle(_ count: Int) -> String {
        switch mode {
        case .priorityScore: pick("\(count) besar", "Top \(count)")
        case .rankChange: pick("\(count) besar skenario", "Scenario top \(count)")
        }
    }

    /// A line of the key: the kecamatan's name, noted when it is not on the map.
    func keyName(_ entry: KeyEntry) -> String {
        entry.onMap ? entry.name : entry.name + pick(" (tidak di peta)", " (not on the map)")
    }

    /// A class's limits: scores with 3 decimals (`0,412–0,538`); rank changes as climbs and falls in places
    /// (`naik 1–3`, `tetap`, `turun 4–7`).
    func classLabel(_ mapClass: MapClasses.Class) -> String {
        switch mode {
        case .priorityScore:
            let lower = NumberFormat.prose(mapClass.lower, places: 3, language)
            let upper = NumberFormat.prose(mapClass.upper, places: 3, language)
            return lower == upper ? lower : "\(lower)–\(upper)"
        case .rankChange:
            guard mapClass.upper != 0 || mapClass.lower != 0 else { return pick("tetap", "unchanged") }
            let from = min(mapClass.lower.magnitude, mapClass.upper.magnitude)
            let to = max(mapClass.lower.magnitude, mapClass.upper.magnitude)
            let places = from == to ? places(from) : "\(places(from))–\(places(to))"
            return (mapClass.upper < 0 ? pick("naik ", "climbed ") : pick("turun ", "fell ")) + places
        }
    }

    /// A whole number of places for prose.
    private func places(_ value: Double) -> String { NumberFormat.prose(value, language) }

    /// A kecamatan's tooltip: `Tanjung Selor (65.01.05) — peringkat 3, skor 0,7241`, or in a what-if
    /// `… — peringkat 3, naik 2 peringkat`; `tanpa data` without a value.
    func tooltip(_ code: KecamatanCode, value: Double?) -> String {
        var parts: [String] = []
        if let rank = labels[code]?.rank { parts.append(pick("peringkat \(rank)", "rank \(rank)")) }
        if let value {
            switch mode {
            case .priorityScore:
                parts.append(pick("skor ", "score ") + NumberFormat.prose(value, places: 4, language))
            case .rankChange:
                parts.append(change(value))
            }
        } else {
            parts.append(pick("tanpa data", "no data"))
        }
        return "\(name(of: code)) (\(code)) — " + parts.joined(separator: ", ")
    }

    /// A rank change in words: `naik 2 peringkat`, `turun 1 peringkat`, `peringkat tetap`.
    func change(_ value: Double) -> String {
        let count = places(value.magnitude)
        let unit = value.magnitude == 1 ? "place" : "places"
        if value < 0 { return pick("naik \(count) peringkat", "climbed \(count) \(unit)") }
        if value > 0 { return pick("turun \(count) peringkat", "fell \(count) \(unit)") }
        return pick("peringkat tetap", "rank unchanged")
    }

    /// The figure's caption, from what was drawn: the mode and its number of classes, the borders when any,
    /// the numbered top when any, and grey when some kecamatan has no data.
    func caption(classes: Int, borders: Bool, numbered: Int, noData: Bool) -> String {
        let count = countWord(classes)
        var parts: [String]
        switch mode {
        case _ where classes == 0:
            parts = [
                legendTitle + pick(" per kecamatan: tidak ada nilai di peta", " by kecamatan: no values on the map")
            ]
        case .priorityScore:
            parts = [
                pick(
                    "Skor prioritas per kecamatan, \(count) kelas kuantil",
                    "Priority score by kecamatan, "
                        + "\(count) quantile \(classes == 1 ? "class" : "classes")")
            ]
        case .rankChange:
            var text = pick(
                "Perubahan peringkat per kecamatan (skenario dibanding dasar), \(count) kelas simetris di sekitar 0",
                "Rank change by kecamatan (scenario against baseline), \(count) "
                    + "\(classes == 1 ? "class" : "classes") symmetric around 0")
            if classes > 1 { text += pick(" (merah: naik, biru: turun)", " (red: climbed, blue: fell)") }
            parts = [text]
        }
        if borders { parts.append(pick("garis tebal: batas kabupaten/kota", "thick lines: kabupaten/kota borders")) }
        if numbered > 0 {
            switch mode {
            case .priorityScore: parts.append(pick("angka: \(numbered) besar", "numbers: top \(numbered)"))
            case .rankChange:
                parts.append(pick("angka: \(numbered) besar skenario", "numbers: the scenario's top \(numbered)"))
            }
        }
        if noData { parts.append(pick("abu-abu: tanpa data", "grey: no data")) }
        return parts.joined(separator: "; ")
    }

    /// A small count in words (`lima`, `five`); larger ones in digits.
    func countWord(_ count: Int) -> String {
        let indonesian = ["nol", "satu", "dua", "tiga", "empat", "lima"]
        let english = ["no", "one", "two", "three", "four", "five"]
        guard (0..<indonesian.count).contains(count) else { return "\(count)" }
        return pick(indonesian[count], english[count])
    }
}
