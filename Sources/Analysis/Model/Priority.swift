import CapplanDomain

/// The four components of a kecamatan's priority score (docs/METHOD.md "Priority score"), each in [0, 1], and
/// the weighted share each contributes to the score.
package struct PriorityComponents: Sendable, Equatable {
    /// 1 − min(1, readiness) at Y.
    package var readinessGap: Double
    /// norm(pressure at Y) over the run's kecamatan.
    package var pressure: Double
    /// norm(g_k) over the run's kecamatan.
    package var growth: Double
    /// untrained_share at B.
    package var untrainedShare: Double

    /// Creates components.
    package init(readinessGap: Double, pressure: Double, growth: Double, untrainedShare: Double) {
        self.readinessGap = readinessGap
        self.pressure = pressure
        self.growth = growth
        self.untrainedShare = untrainedShare
    }

    /// w_i · component_i / Σw, in the order readiness gap, pressure, growth, untrained share: the
    /// four parts that add up to the score.
    package func contributions(_ weights: PriorityWeights) -> [Double] {
        let sum = weights.sum
        return [
            weights.readinessGap * readinessGap / sum, weights.pressure * pressure / sum,
            weights.growth * growth / sum, weights.untrainedShare * untrainedShare / sum,
        ]
    }
}

/// A ranked kecamatan.
package struct RankedKecamatan: Sendable, Equatable {
    /// 1 = train here first.
    package var rank: Int
    /// Kemendagri code.
    package var code: KecamatanCode
    /// The score in [0, 1].
    package var score: Double
    /// The components behind it.
    package var components: PriorityComponents

    /// Creates a ranked entry.
    package init(rank: Int, code: KecamatanCode, score: Double, components: PriorityComponents) {
        self.rank = rank
        self.code = code
        self.score = score
        self.components = components
    }
}

/// A kecamatan of the master list without any population figure: not ranked (an unknown is never a zero).
package struct UnrankedKecamatan: Sendable, Equatable {
    /// Kemendagri code.
    package var code: KecamatanCode
    /// Name from the regions file.
    package var name: String
    /// Kabupaten name from the regions file, or "".
    package var kabupaten: String

    /// Creates an entry.
    package init(code: KecamatanCode, name: String, kabupaten: String) {
        self.code = code
        self.name = name
        self.kabupaten = kabupaten
    }
}
