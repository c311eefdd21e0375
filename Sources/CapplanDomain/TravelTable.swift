/// The travel table (docs/INPUTS.md "Travel"): hours and/or cost per trainee between two kecamatan, one
/// way, either direction; a pair it does not give is left to the straight-line distance.
package struct TravelTable: Sendable, Equatable {
    /// One row's figures.
    package struct Figures: Sendable, Equatable {
        /// Hours per trainee, one way, when the row gives them.
        package var hours: Double?
        /// Cost per trainee in rupiah, one way, when the row gives it.
        package var cost: Double?
        /// The row's line in the file, for messages.
        package var line: Int

        /// Creates the figures of one row.
        package init(hours: Double?, cost: Double?, line: Int) {
            self.hours = hours
            self.cost = cost
            self.line = line
        }

        /// The figure of `measure`, when the row gives it.
        package func value(_ measure: TravelMeasure) -> Double? {
            switch measure {
            case .hours: hours
            case .cost: cost
            }
        }
    }

    /// The figures by pair, the smaller code first.
    private var figures: [Pair: Figures] = [:]

    /// An unordered pair of kecamatan.
    private struct Pair: Hashable, Sendable {
        let first: KecamatanCode
        let second: KecamatanCode

        init(_ a: KecamatanCode, _ b: KecamatanCode) {
            (first, second) = a <= b ? (a, b) : (b, a)
        }
    }

    /// An empty table.
    package init() {}

    /// The number of pairs.
    package var count: Int { figures.count }

    /// True when at least one row gives hours.
    package var hasHours: Bool { figures.values.contains { $0.hours != nil } }

    /// The figures between `a` and `b` in either direction.
    package func figures(_ a: KecamatanCode, _ b: KecamatanCode) -> Figures? { figures[Pair(a, b)] }

    /// Adds a row; returns the line of an earlier row for the same pair (in either direction) instead.
    package mutating func add(_ a: KecamatanCode, _ b: KecamatanCode, _ row: Figures) -> Int? {
        let pair = Pair(a, b)
        if let earlier = figures[pair] { return earlier.line }
        figures[pair] = row
        return nil
    }

    /// Every pair with its figures, in code order.
    package var pairs: [(from: KecamatanCode, to: KecamatanCode, figures: Figures)] {
        figures.map { (from: $0.key.first, to: $0.key.second, figures: $0.value) }.sorted {
            ($0.from, $0.to) < ($1.from, $1.to)
        }
    }
}
