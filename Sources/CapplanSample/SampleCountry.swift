import Foundation

/// The geography of a synthetic country for `capplan sample`: kecamatan with Kemendagri-shaped codes
/// over the 34 province codes 11–94, about 14 kecamatan per kabupaten and 14 kabupaten per province,
/// each with its desa and kelurahan counts and a population per year.
///
/// Codes, names and figures are invented; only their shape follows the real data (docs/INPUTS.md "Population",
/// "Regions").
package struct SampleCountry {
    /// One synthetic kecamatan.
    package struct Kecamatan {
        /// Province, kabupaten and kecamatan numbers of the code `PP.KK.DD`.
        let province: Int
        let kabupaten: Int
        let number: Int
        /// Desa (villages) and kelurahan (urban villages); their sum is D_k of docs/METHOD.md.
        let desa: Int
        let kelurahan: Int
        /// Population in each of the country's years, in the same order.
        let population: [Int]

        /// The canonical code, e.g. `11.01.01`.
        var code: String { "\(Self.twoDigits(province)).\(Self.twoDigits(kabupaten)).\(Self.twoDigits(number))" }
        /// The kabupaten code, e.g. `11.01`.
        var kabupatenCode: String { "\(Self.twoDigits(province)).\(Self.twoDigits(kabupaten))" }
        /// The synthetic name, `Kecamatan 11.01.01`.
        var name: String { "Kecamatan \(code)" }
        /// The synthetic kabupaten name, `Kabupaten 11.01`.
        var kabupatenName: String { "Kabupaten \(kabupatenCode)" }
        /// Desa and kelurahan together.
        var villages: Int { desa + kelurahan }

        private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    }

    /// The 34 province codes from 11 (Aceh) to 94 (Papua), as numbered before the 2022 Papua split.
    static let provinceCodes = [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74,
        75, 76, 81, 82, 91, 94,
    ]
    /// Kecamatan per kabupaten, and kabupaten per province, on average.
    static let meanGroupSize = 14
    /// The most kecamatan a country can have while every kabupaten stays under 100 kecamatan.
    package static let maximumKecamatan = 50_000

    /// Every kecamatan, ordered by code.
    package let kecamatan: [Kecamatan]
    /// The population years, ascending.
    package let years: [Int]

    /// Lays out `count` kecamatan for `seed`; populations for `years` (ascending, at least one).
    ///
    /// Provinces: `count / 196` of them (1 to 34), spread over the code list, each taking a share of the
    /// kecamatan that varies ±30 %. Kabupaten: about 14 kecamatan each (±50 %). Desa 2–18 and kelurahan
    /// 0–3 per kecamatan, 11.5 together on average. Population in the first year log-uniform from 2,000
    /// to 150,000, then a constant annual growth rate between −1 % and +4 %.
    package init(count: Int, years: [Int], seed: UInt64) {
        precondition((1...Self.maximumKecamatan).contains(count) && !years.isEmpty)
        self.years = years
        var layout = SampleRandom(seed: seed, stream: 1)
        var figures = SampleRandom(seed: seed, stream: 2)
        let perProvince = Self.meanGroupSize * Self.meanGroupSize
        let provinceCount = min(Self.provinceCodes.count, max(1, (count + perProvince / 2) / perProvince))
        let provinces = (0..<provinceCount).map { Self.provinceCodes[$0 * Self.provinceCodes.count / provinceCount] }
        let provinceSizes = Self.split(count, into: provinceCount, jitter: 0.7...1.3, using: &layout)
        var all: [Kecamatan] = []
        all.reserveCapacity(count)
        for (province, size) in zip(provinces, provinceSizes) {
            let kabupatenCount = min(99, max(1, (size + Self.meanGroupSize / 2) / Self.meanGroupSize))
            let kabupatenSizes = Self.split(size, into: kabupatenCount, jitter: 0.5...1.5, using: &layout)
            for (index, kabupatenSize) in kabupatenSizes.enumerated() {
                for number in 1...kabupatenSize {
                    let first = exp(figures.double(in: log(2_000)...log(150_000)))
                    let growth = figures.double(in: -0.01...0.04)
                    let population = years.map { year in
                        (first * pow(1 + growth, Double(year - years[0]))).rounded()
                    }
                    all.append(
                        Kecamatan(
                            province: province, kabupaten: index + 1, number: number,
                            desa: figures.int(in: 2...18), kelurahan: figures.int(in: 0...3),
                            population: population.map { Int($0) }))
                }
            }
        }
        kecamatan = all
    }

    /// Splits `total` into `parts` whole shares of at least 1, in proportion to random weights drawn
    /// from `jitter` (largest remainder, ties to the earlier part). `total` ≥ `parts` ≥ 1.
    static func split(
        _ total: Int, into parts: Int, jitter: ClosedRange<Double>, using random: inout SampleRandom
    ) -> [Int] {
        let weights = (0..<parts).map { _ in random.double(in: jitter) }
        return apportion(total - parts, weights: weights).map { $0 + 1 }
    }

    /// Hands out `total` units in proportion to `weights` by largest remainder: each part gets the whole
    /// part of its quota, the units left go to the largest fractions (ties to the earlier part).
    static func apportion(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return [Int](repeating: 0, count: weights.count) }
        let quotas = weights.map { Double(total) * $0 / sum }
        var shares = quotas.map { Int($0.rounded(.down)) }
        let left = total - shares.reduce(0, +)
        let order = quotas.indices.sorted { a, b in
            let (fa, fb) = (quotas[a] - Double(shares[a]), quotas[b] - Double(shares[b]))
            return fa != fb ? fa > fb : a < b
        }
        for step in 0..<max(0, left) { shares[order[step % order.count]] += 1 }
        return shares
    }
}
