import CapplanDomain

/// The four measures behind a kecamatan's priority score before pressure and growth are rescaled
/// (docs/METHOD.md "Priority score"): what ``PriorityNormalisation`` turns into ``PriorityComponents``.
package struct RawPriorityComponents: Sendable, Equatable {
    /// 1 − min(1, readiness) at Y.
    package var readinessGap: Double
    /// Residents per active worker at Y: P / max(active, 1).
    package var pressure: Double
    /// g_k, the growth rate between B and H.
    package var growth: Double
    /// untrained_share at B.
    package var untrainedShare: Double

    /// Creates raw components from their values.
    package init(readinessGap: Double, pressure: Double, growth: Double, untrainedShare: Double) {
        self.readinessGap = readinessGap
        self.pressure = pressure
        self.growth = growth
        self.untrainedShare = untrainedShare
    }

    /// A kecamatan's measures: readiness and pressure at the priority year Y, g_k, the untrained
    /// share at the base year B.
    package init(_ kecamatan: KecamatanAnalysis, years: PlanYears) {
        let atY = kecamatan.figures(years.priority)
        self.init(
            readinessGap: 1 - min(1, atY.readiness), pressure: atY.pressure, growth: kecamatan.growth,
            untrainedShare: kecamatan.figures(years.base).untrainedShare)
    }
}
