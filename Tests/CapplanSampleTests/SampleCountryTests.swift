import Testing

@testable import CapplanSample

@Suite("SampleCountry and SampleRoster: the shape of the synthetic data")
struct SampleCountryTests {
    @Test("3 kecamatan: one province, one kabupaten, codes 11.01.01 to 11.01.03")
    func tiny() {
        let country = SampleCountry(count: 3, years: [2020, 2024], seed: 1)
        #expect(country.kecamatan.map(\.code) == ["11.01.01", "11.01.02", "11.01.03"])
        #expect(country.kecamatan.map(\.name) == ["Kecamatan 11.01.01", "Kecamatan 11.01.02", "Kecamatan 11.01.03"])
        #expect(Set(country.kecamatan.map(\.kabupatenName)) == ["Kabupaten 11.01"])
    }

    @Test("7,300 kecamatan: all 34 provinces, ~14 per kabupaten, ~84,000 desa and kelurahan")
    func country() {
        let country = SampleCountry(count: 7300, years: [2020, 2024], seed: 2025)
        let kecamatan = country.kecamatan
        #expect(kecamatan.count == 7300)
        #expect(kecamatan.map(\.code) == kecamatan.map(\.code).sorted())
        #expect(Set(kecamatan.map(\.code)).count == 7300)
        #expect(Set(kecamatan.map(\.province)) == Set(SampleCountry.provinceCodes))
        let kabupaten = Set(kecamatan.map(\.kabupatenCode)).count
        #expect((450...600).contains(kabupaten), "\(kabupaten) kabupaten")
        let villages = kecamatan.reduce(0) { $0 + $1.villages }
        #expect((80_000...88_000).contains(villages), "\(villages) desa and kelurahan")
        #expect(kecamatan.allSatisfy { (2...18).contains($0.desa) && (0...3).contains($0.kelurahan) })
        #expect(kecamatan.allSatisfy { (2_000...150_000).contains($0.population[0]) })
        // Growth between −1 % and +4 % a year over the four years, with room for rounding.
        #expect(
            kecamatan.allSatisfy { k in
                let ratio = Double(k.population[1]) / Double(k.population[0])
                return ratio >= 0.96 - 0.001 && ratio <= 1.17 + 0.001
            })
    }

    @Test("the largest country keeps every code part within two digits")
    func largest() {
        let country = SampleCountry(count: SampleCountry.maximumKecamatan, years: [2024], seed: 9)
        #expect(country.kecamatan.count == SampleCountry.maximumKecamatan)
        #expect(country.kecamatan.allSatisfy { (1...99).contains($0.kabupaten) && (1...99).contains($0.number) })
        #expect(Set(country.kecamatan.map(\.code)).count == SampleCountry.maximumKecamatan)
    }

    @Test(
        "apportion hands out exactly the total, largest remainders first, ties to the earlier part",
        arguments: [
            (10, [1.0, 1.0, 1.0], [4, 3, 3]),
            (0, [1.0, 2.0], [0, 0]),
            (7, [0.0, 1.0], [0, 7]),
            (5, [0.0, 0.0], [0, 0]),
            (100, [0.5, 1.5, 1.0], [17, 50, 33]),
        ])
    func apportion(total: Int, weights: [Double], expected: [Int]) {
        #expect(SampleCountry.apportion(total, weights: weights) == expected)
    }

    @Test("the roster has exactly the workers asked for, one TKSK at most per kecamatan, ~5 % vacant")
    func roster() {
        let country = SampleCountry(count: 2000, years: [2020, 2024], seed: 3)
        let roster = SampleRoster(country: country, workers: 20_000, seed: 3)
        let tksk = roster.hasTKSK.filter { $0 }.count
        #expect(tksk + roster.psmCounts.reduce(0, +) == 20_000)
        #expect((1840...1960).contains(tksk), "\(tksk) TKSK")
    }

    @Test("fewer workers than TKSK posts: the first kecamatan get them, and there are no PSM")
    func fewWorkers() {
        let country = SampleCountry(count: 50, years: [2024], seed: 3)
        let roster = SampleRoster(country: country, workers: 10, seed: 3)
        #expect(roster.hasTKSK.filter { $0 }.count == 10)
        #expect(roster.psmCounts.allSatisfy { $0 == 0 })
        #expect(roster.hasTKSK.lastIndex(of: true)! < 15)
    }

    @Test("worker ids are zero-padded to seven digits", arguments: [(1, "0000001"), (1_234_567, "1234567")])
    func ids(id: Int, text: String) {
        #expect(SampleRoster.sevenDigits(id) == text)
    }
}
