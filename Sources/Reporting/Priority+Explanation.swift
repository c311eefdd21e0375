import Analysis
import Ingestion

extension RankedKecamatan {
    /// The one or two components that explain the score: the one with the largest weighted
    /// contribution, and the runner-up when it contributes at least half as much. Ties keep the
    /// order readiness gap, pressure, growth, untrained share. Empty when the score is 0.
    func leadingComponents(_ weights: PriorityWeights) -> [PriorityComponent] {
        let parts = zip(PriorityComponent.allCases, components.contributions(weights))
            .enumerated()
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
        guard let first = parts.first, first.1 > 0 else { return [] }
        let second = parts[1]
        return second.1 > 0 && second.1 >= first.1 / 2 ? [first.0, second.0] : [first.0]
    }
}
