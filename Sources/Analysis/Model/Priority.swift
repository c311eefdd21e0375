import CapplanDomain

/// The four components of a kecamatan's priority score (docs/METHOD.md "Priority score"), each in [0, 1], and
/// the weighted share each contributes to the score.
public struct PriorityComponents: Sendable, Equatable {
    /// 1 − min(1, readiness) at Y.
    public var readinessGap: Double
    /// norm(pressure at Y) over the run's kecamatan.
    public var pressure: Double
    /// norm(g_k) over the run's kecamatan.
    public var growth: Double
    /// untrained_share at B.
    public var untrainedShare: Double

    /// Creates components.
    public init(readinessGap: Double, pressure: Double, growth: Double, untrainedShare: Double) {
        self.readinessGap = readinessGap
        self.pressure = pressure
        self.growth = growth
        self.untrainedShare = untrainedShare
    }

    /// w_i · component_i / Σw, in the order readiness gap, pressure, growth, untrained share: the
    /// four parts that add up to the score.
    public func contributions(_ weights: PriorityWeights) -> [Double] {
        let sum = weights.sum
        return [
            weights.readinessGap * readinessGap / sum, weights.pressure * pressure / sum,
            weights.growth * growth / sum, weights.untrainedShare * untrainedShare / sum,
        ]
    }
}

/// A ranked kecamatan.
public struct RankedKecamatan: Sendable, Equatable {
    /// 1 = train here first.
    public var rank: Int
    /// Kemendagri code.
    public var code: KecamatanCode
    /// The score in [0, 1].
    public var score: Double
    /// The components behind it.
    public var components: PriorityComponents

    /// Creates a ranked entry.
    public init(rank: Int, code: KecamatanCode, score: Double, components: PriorityComponents) {
        self.rank = rank
        self.code = code
        self.score = score
        self.components = components
    }
}

/// A kecamatan of the master list without any population figure: not ranked (an unknown is never a zero).
public struct UnrankedKecamatan: Sendable, Equatable {
    /// Kemendagri code.
    public var code: KecamatanCode
    /// Name from the regions file.
    public var name: String
    /// Kabupaten name from the regions file, or "".
    public var kabupaten: String

    /// Creates an entry.
    public init(code: KecamatanCode, name: String, kabupaten: String) {
        self.code = code
        self.name = name
        self.kabupaten = kabupaten
    }
}
