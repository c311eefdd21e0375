import Testing

@testable import CapplanSample

/// The rules of the regions-mode roster (`capplan sample --regions`), on a small made-up province.
@Suite("SampleRegionRoster: the rules of the synthetic roster for real kecamatan")
struct SampleRegionRosterTests {
    typealias Region = SampleRegionRoster.Region

    /// 40 kecamatan: 12 remote (10 desa each), 8 urban (4 kelurahan each, in a Kota), 20 other (8 desa).
    static let regions: [Region] = {
        let remote = ["Krayan", "Krayan Barat", "Lumbis", "Lumbis Ogong", "Kayan Hulu", "Pujungan"]
        var list: [Region] = []
        for name in remote + remote {
            list.append(.init(code: "", name: name, kabupaten: "Kabupaten Hulu", desa: 10, kelurahan: 0))
        }
        for _ in 0..<8 { list.append(.init(code: "", name: "Kota", kabupaten: "Kota Pesisir", desa: 0, kelurahan: 4)) }
        for _ in 0..<20 {
            list.append(.init(code: "", name: "Sungai", kabupaten: "Kabupaten Hilir", desa: 8, kelurahan: 0))
        }
        return list.enumerated().map { index, region in
            var region = region
            region.code = "65.\(index / 20 + 10).\(index % 20 + 10)"
            return region
        }
    }()

    static func roster(seed: UInt64 = 2025, asOf: Int = 2025) -> SampleRegionRoster {
        SampleRegionRoster(regions: regions, settings: .init(seed: seed, asOf: asOf, idPrefix: "KTR"))
    }

    /// The data rows, split into fields.
    static func rows(_ roster: SampleRegionRoster) -> [[String]] {
        roster.text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test(
        "remoteness tiers: the named interior kecamatan, Kota, all-kelurahan kecamatan and capitals",
        arguments: [
            ("Krayan", "Kabupaten Nunukan", 23, 0, SampleRemoteness.remote),
            ("Krayan  Timur", "Kabupaten Nunukan", 17, 0, .remote),
            ("LUMBIS HULU", "Kabupaten Nunukan", 10, 0, .remote),
            ("Kayan Hilir", "Kabupaten Malinau", 5, 0, .remote),
            ("Sungai Tubu", "Kabupaten Malinau", 5, 0, .remote),
            ("Krayanku", "Kabupaten Nunukan", 5, 0, .other),
            ("Sebuku", "Kabupaten Nunukan", 10, 0, .other),
            ("Tulin Onsoi", "Kabupaten Nunukan", 12, 0, .other),
            ("Tarakan Utara", "Kota Tarakan", 0, 3, .urban),
            ("Nunukan Selatan", "Kabupaten Nunukan", 0, 4, .urban),
            ("Tanjung Selor", "Kabupaten Bulungan", 6, 3, .urban),
            ("Sesayap", "Kabupaten Tana Tidung", 7, 0, .urban),
            ("Malinau Kota", "Kabupaten Malinau", 6, 0, .urban),
            ("Sekatak", "Kabupaten Bulungan", 22, 0, .other),
        ])
    func tiers(name: String, kabupaten: String, desa: Int, kelurahan: Int, tier: SampleRemoteness) {
        #expect(SampleRemoteness.of(name: name, kabupaten: kabupaten, desa: desa, kelurahan: kelurahan) == tier)
    }

    @Test("the same seed gives the same text; another seed other text")
    func determinism() {
        #expect(Self.roster().text == Self.roster().text)
        #expect(Self.roster(seed: 1).text != Self.roster(seed: 2).text)
    }

    @Test("one TKSK per kecamatan but round(7.5 %) vacant: 40 kecamatan, 3 vacant, 37 TKSK rows")
    func tksk() {
        let roster = Self.roster()
        #expect(roster.hasTKSK.filter { !$0 }.count == 3)
        let tksk = Self.rows(roster).filter { $0[2] == "TKSK" }
        #expect(tksk.count == 37)
        #expect(Set(tksk.map { $0[3] }).count == 37)
        for seed: UInt64 in 1...20 { #expect(Self.roster(seed: seed).hasTKSK.filter { !$0 }.count == 3) }
    }

    @Test("PSM coverage: remote 40–60 %, urban at least 90 % (and extra PSM in kelurahan), others 70–85 %")
    func coverage() {
        for seed: UInt64 in 1...20 {
            let roster = Self.roster(seed: seed)
            func share(_ range: Range<Int>) -> Double {
                let villages = range.reduce(0) { $0 + (Self.regions[$1].desa ?? 0) + (Self.regions[$1].kelurahan ?? 0) }
                return Double(range.reduce(0) { $0 + roster.psmCounts[$1] }) / Double(villages)
            }
            let (remote, urban, other) = (share(0..<12), share(12..<20), share(20..<40))
            #expect((0.35...0.65).contains(remote), "seed \(seed): remote \(remote)")
            #expect((0.65...0.9).contains(other), "seed \(seed): other \(other)")
            #expect((0.9...2.0).contains(urban), "seed \(seed): urban \(urban)")
            #expect(remote < other && other < urban, "seed \(seed): \(remote), \(other), \(urban)")
            #expect(roster.psmCounts[12..<20].contains { $0 > 4 }, "some urban kelurahan have an extra PSM")
        }
    }

    @Test("about 10 % nonaktif; ids KTR-TKSK-0001 and KTR-PSM-00001 in file order; no NIK column")
    func statusAndIDs() {
        let roster = Self.roster()
        let rows = Self.rows(roster)
        let inactive = Double(rows.filter { $0[4] == "nonaktif" }.count) / Double(rows.count)
        #expect((0.05...0.15).contains(inactive), "\(inactive)")
        #expect(rows.allSatisfy { ["aktif", "nonaktif"].contains($0[4]) && $0.last == "synthetic" })
        #expect(rows.filter { $0[2] == "TKSK" }.first?[0] == "KTR-TKSK-0001")
        #expect(rows.filter { $0[2] == "PSM" }.map { $0[0] }.prefix(2) == ["KTR-PSM-00001", "KTR-PSM-00002"])
        #expect(
            roster.text.prefix(while: { $0 != "\n" })
                == "id,nama,peran,kode_kecamatan,status,tahun_mulai,kebijakan_sosial,komunikasi,penanganan_kasus,sumber"
        )
    }

    @Test(
        "no start or completion year after --as-of, no completion before the start, none in 2020",
        arguments: [2025, 2022, 2019])
    func years(asOf: Int) {
        let rows = Self.rows(Self.roster(asOf: asOf))
        for row in rows {
            let start = Int(row[5])
            if let start { #expect((2010...asOf).contains(start)) }
            for year in row[6...8].compactMap({ Int($0) }) {
                #expect((2018...asOf).contains(year) && year != 2020 && year >= (start ?? 0), "\(row)")
            }
        }
        let blank = rows.flatMap { $0[6...8] }.filter(\.isEmpty).count
        #expect(blank > 0 && blank < rows.count * 3, "a fair share of modules never completed")
        #expect(rows.contains { $0[5].isEmpty }, "some start years blank")
    }

    @Test("TKSK completions lean to recent courses; PSM spread evenly")
    func recent() {
        var random = SampleRandom(seed: 9)
        let years = [2018, 2019, 2021, 2022]
        var recent = [Int: Int]()
        for _ in 0..<10_000 { recent[SampleRegionRoster.pick(years, recent: true, using: &random), default: 0] += 1 }
        // Weights 1, 2, 3, 4 of 10.
        #expect((900...1_100).contains(recent[2018]!) && (3_800...4_200).contains(recent[2022]!))
        #expect(Set((0..<200).map { _ in SampleRegionRoster.pick(years, recent: false, using: &random) }) == Set(years))
    }

    @Test("a region without desa and kelurahan counts gets its TKSK and no PSM")
    func noCounts() {
        let region = Region(code: "65.01.01", name: "Nowhere", kabupaten: nil, desa: nil, kelurahan: nil)
        let roster = SampleRegionRoster(regions: [region], settings: .init(seed: 1, asOf: 2025, idPrefix: "X"))
        #expect(roster.hasTKSK == [true] && roster.psmCounts == [0])
        #expect(roster.text.hasSuffix("\n") && roster.text.split(separator: "\n").count == 2)
    }
}
