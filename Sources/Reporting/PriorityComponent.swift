import Analysis
import Ingestion

/// One of the four parts of the priority score (docs/METHOD.md "Priority score"), named by its
/// key in `[priority] weights` and in `summary.json`'s `components`.
package enum PriorityComponent: String, Sendable, CaseIterable, Equatable {
    /// 1 − readiness at Y.
    case readinessGap = "readiness_gap"
    /// Residents per active worker at Y, normalised.
    case pressure
    /// Growth rate over B–H, normalised.
    case growth
    /// Untrained share of module slots at B.
    case untrainedShare = "untrained_share"

    /// The component's value in [0, 1], as the score takes it.
    package func value(_ components: PriorityComponents) -> Double {
        switch self {
        case .readinessGap: components.readinessGap
        case .pressure: components.pressure
        case .growth: components.growth
        case .untrainedShare: components.untrainedShare
        }
    }

    /// The component's value before rescaling.
    package func value(_ raw: RawPriorityComponents) -> Double {
        switch self {
        case .readinessGap: raw.readinessGap
        case .pressure: raw.pressure
        case .growth: raw.growth
        case .untrainedShare: raw.untrainedShare
        }
    }

    /// The component's weight.
    package func weight(_ weights: PriorityWeights) -> Double {
        switch self {
        case .readinessGap: weights.readinessGap
        case .pressure: weights.pressure
        case .growth: weights.growth
        case .untrainedShare: weights.untrainedShare
        }
    }

    /// The run's bounds the component was rescaled with; nil for the two used as they are.
    package func bounds(_ normalisation: PriorityNormalisation) -> PriorityNormalisation.Bounds? {
        switch self {
        case .pressure: normalisation.pressure
        case .growth: normalisation.growth
        case .readinessGap, .untrainedShare: nil
        }
    }

    /// The component's name in the brief's words.
    package func label(_ language: ReportLanguage) -> String {
        switch self {
        case .readinessGap: language.pick("kesenjangan kesiapan", "readiness gap")
        case .pressure: language.pick("tekanan", "pressure")
        case .growth: language.pick("pertumbuhan", "growth")
        case .untrainedShare: language.pick("porsi belum terlatih", "untrained share")
        }
    }

    /// What the component is, in words for the data dictionary.
    package var definition: String {
        switch self {
        case .readinessGap: "1 − readiness at Y"
        case .pressure: "residents per active worker at Y, rescaled to 0–1 over the run"
        case .growth: "growth rate B–H, rescaled to 0–1 over the run"
        case .untrainedShare: "untrained share at B"
        }
    }

    /// How the component's raw value is written and what it counts: pressure in residents per worker,
    /// growth as a rate a year, the other two as shares.
    package var raw: (kind: FigureKind, unit: FigureUnit) {
        switch self {
        case .pressure: (.whole, .residentsPerWorker)
        case .growth: (.share, .ratePerYear)
        case .readinessGap, .untrainedShare: (.share, .share)
        }
    }
}
