import Ingestion

/// Province and kabupaten/kota totals (docs/OUTPUTS.md, `summary.json`): sums over the analysed kecamatan.
///
/// A province is named by `provinceNames` (the regions file or the plan's `[region]`), a kabupaten by the first of
/// its kecamatan, in code order, that has a kabupaten name; "" when there is none.
enum RegionTotaling {
    /// Totals per province and per kabupaten, in code order, for every year of `years`.
    static func totals(
        _ kecamatan: [KecamatanAnalysis], years: ClosedRange<Int>, provinceNames: [Int: String] = [:]
    )
        -> (provinces: [RegionTotals], kabupaten: [RegionTotals])
    {
        var provinces: [Int: [KecamatanAnalysis]] = [:]
        var kabupaten: [KabupatenCode: [KecamatanAnalysis]] = [:]
        for entry in kecamatan {
            provinces[entry.code.province, default: []].append(entry)
            kabupaten[entry.code.kabupatenCode, default: []].append(entry)
        }
        let provinceTotals = provinces.keys.sorted().map { province in
            RegionTotals(
                level: .province, code: RegionCode.province(province).description, name: provinceNames[province] ?? "",
                years: sum(provinces[province]!, years: years))
        }
        let kabupatenTotals = kabupaten.keys.sorted().map { code in
            let members = kabupaten[code]!
            return RegionTotals(
                level: .kabupaten, code: code.description,
                name: members.first { !$0.kabupaten.isEmpty }?.kabupaten ?? "",
                years: sum(members, years: years))
        }
        return (provinceTotals, kabupatenTotals)
    }

    private static func sum(_ members: [KecamatanAnalysis], years: ClosedRange<Int>) -> [TotalFigures] {
        years.map { year in
            var total = TotalFigures(year: year)
            for member in members { total.add(member.figures(year)) }
            return total
        }
    }
}
