/// The rescaling of pressure and growth over the ranked kecamatan of a run (docs/METHOD.md
/// "Normalisation"): the lowest becomes 0 and the highest 1. Readiness gap and untrained share are
/// used as they are.
package struct PriorityNormalisation: Sendable, Equatable {
    /// The lowest and highest value of one measure over the run.
    package struct Bounds: Sendable, Equatable {
        /// The lowest value over the ranked kecamatan.
        package var min: Double
        /// The highest value over the ranked kecamatan.
        package var max: Double

        /// Creates bounds.
        package init(min: Double, max: Double) {
            self.min = min
            self.max = max
        }

        /// The bounds of `values`, or nil when there are none.
        package init?(over values: [Double]) {
            guard let low = values.min(), let high = values.max() else { return nil }
            self.init(min: low, max: high)
        }

        /// norm(x) = (x − min) / (max − min); 0 when max = min.
        package func rescaled(_ value: Double) -> Double {
            max > min ? (value - min) / (max - min) : 0
        }
    }

    /// Bounds of residents per active worker at Y.
    package var pressure: Bounds
    /// Bounds of g_k.
    package var growth: Bounds

    /// Creates a normalisation from its bounds.
    package init(pressure: Bounds, growth: Bounds) {
        self.pressure = pressure
        self.growth = growth
    }

    /// The normalisation over the raw components of every ranked kecamatan; nil when there are none.
    package init?(over raw: [RawPriorityComponents]) {
        guard let pressure = Bounds(over: raw.map(\.pressure)), let growth = Bounds(over: raw.map(\.growth)) else {
            return nil
        }
        self.init(pressure: pressure, growth: growth)
    }

    /// The score's components: pressure and growth rescaled, the other two as they are.
    package func components(_ raw: RawPriorityComponents) -> PriorityComponents {
        PriorityComponents(
            readinessGap: raw.readinessGap, pressure: pressure.rescaled(raw.pressure),
            growth: growth.rescaled(raw.growth), untrainedShare: raw.untrainedShare)
    }
}
