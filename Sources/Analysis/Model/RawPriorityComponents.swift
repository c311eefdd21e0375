import CapplanDomain

/// The four measures behind a kecamatan's priority score before pressure and growth are rescaled
/// (docs/METHOD.md "Priority score"): what ``PriorityNormalisation`` turns into ``PriorityComponents``.
public struct RawPriorityComponents: Sendable, Equatable {
    /// 1 − min(1, readiness) at Y.
    public var readinessGap: Double
    /// Residents per active worker at Y: P / max(active, 1).
    public var pressure: Double
    /// g_k, the growth rate between B and H.
    public var growth: Double
    /// untrained_share at B.
    public var untrainedShare: Double

    /// Creates raw components from their values.
    public init(readinessGap: Double, pressure: Double, growth: Double, untrainedShare: Double) {
        self.readinessGap = readinessGap
        self.pressure = pressure
        self.growth = growth
        self.untrainedShare = untrainedShare
    }

    /// A kecamatan's measures: readiness and pressure at the priority year Y, g_k, the untrained
    /// share at the base year B.
    public init(_ kecamatan: KecamatanAnalysis, years: PlanYears) {
        let atY = kecamatan.figures(years.priority)
        self.init(
            readinessGap: 1 - min(1, atY.readiness), pressure: atY.pressure, growth: kecamatan.growth,
            untrainedShare: kecamatan.figures(years.base).untrainedShare)
    }
}
