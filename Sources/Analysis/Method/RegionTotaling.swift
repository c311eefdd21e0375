import CapplanDomain

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
        // Members as indices into `kecamatan`, in its order.
        var provinces: [Int: [Int]] = [:]
        var kabupaten: [KabupatenCode: [Int]] = [:]
        for index in kecamatan.indices {
            let code = kecamatan[index].code
            provinces[code.province, default: []].append(index)
            kabupaten[code.kabupatenCode, default: []].append(index)
        }
        let provinceTotals = provinces.keys.sorted().map { province in
            RegionTotals(
                level: .province, code: RegionCode.province(province).description, name: provinceNames[province] ?? "",
                years: sum(provinces[province]!, of: kecamatan, years: years))
        }
        let kabupatenTotals = kabupaten.keys.sorted().map { code in
            let members = kabupaten[code]!
            return RegionTotals(
                level: .kabupaten, code: code.description,
                name: members.lazy.map { kecamatan[$0].kabupaten }.first { !$0.isEmpty } ?? "",
                years: sum(members, of: kecamatan, years: years))
        }
        return (provinceTotals, kabupatenTotals)
    }

    /// The members' figures (indices into `kecamatan`) summed in order, for every year of `years`.
    private static func sum(
        _ members: [Int], of kecamatan: [KecamatanAnalysis], years: ClosedRange<Int>
    )
        -> [TotalFigures]
    {
        years.map { year in
            var total = TotalFigures(year: year)
            for member in members { total.add(kecamatan[member].figures(year)) }
            return total
        }
    }
}
