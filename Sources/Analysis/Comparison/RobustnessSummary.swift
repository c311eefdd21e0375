import CapplanDomain

/// Robust priorities: each kecamatan's rank under several variants of the assumptions, its best,
/// median and worst rank, and whether it stays in the top N under every variant ("priority
/// whatever the assumptions"). Pure.
///
/// The median of an even number of ranks is the lower middle one (the better rank of the two),
/// so it is always a rank some variant actually gave. A kecamatan a variant does not rank counts
/// as unranked there: it has no rank in that column, it is not in that variant's top, and its
/// best, median and worst are over the variants that rank it.
package struct RobustnessSummary: Sendable, Equatable {
    /// One variant's ranking.
    package struct Variant: Sendable, Equatable {
        /// The variant's name (a scenario file's base name, or `baseline`).
        package var name: String
        /// Its ranking.
        package var ranking: [RankedFigures]

        /// Creates a variant.
        package init(name: String, ranking: [RankedFigures]) {
            self.name = name
            self.ranking = ranking
        }
    }

    /// One kecamatan across the variants.
    package struct Row: Sendable, Equatable {
        /// The kecamatan.
        package var code: KecamatanCode
        /// Its name.
        package var name: String
        /// Its rank under each variant, in variant order; nil where a variant does not rank it.
        package var ranks: [Int?]
        /// The best (smallest) rank.
        package var best: Int
        /// The median rank; the lower middle (better) one of an even count.
        package var median: Int
        /// The worst (largest) rank.
        package var worst: Int
        /// In the top N under every variant.
        package var topAll: Bool
    }

    /// The variant names, in the order given.
    package var variants: [String]
    /// N.
    package var top: Int
    /// Kecamatan by median rank, then best, worst and code.
    package var rows: [Row]

    /// The kecamatan in the top N under every variant, in row order.
    package var robust: [Row] { rows.filter(\.topAll) }

    /// Summarises the variants.
    package init(_ variants: [Variant], top: Int = 10) {
        self.variants = variants.map(\.name)
        self.top = top
        let byVariant = variants.map { variant in
            Dictionary(variant.ranking.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var names: [KecamatanCode: String] = [:]
        for variant in variants {
            for figures in variant.ranking where names[figures.code] == nil { names[figures.code] = figures.name }
        }
        rows = names.keys.sorted().map { code in
            let ranks = byVariant.map { $0[code]?.rank }
            let present = ranks.compactMap { $0 }.sorted()
            return Row(
                code: code, name: names[code]!, ranks: ranks, best: present.first!,
                median: present[(present.count - 1) / 2], worst: present.last!,
                topAll: !variants.isEmpty && ranks.allSatisfy { ($0 ?? Int.max) <= top })
        }
        .sorted { ($0.median, $0.best, $0.worst, $0.code) < ($1.median, $1.best, $1.worst, $1.code) }
    }
}
