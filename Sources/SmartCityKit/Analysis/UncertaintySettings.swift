/// What `smartcity uncertainty` varies and how often.
package struct UncertaintySettings: Sendable {
    /// Monte Carlo draws.
    package var draws = 1000
    package var seed: UInt64 = 1
    /// P: each weight is multiplied by U(1-P, 1+P).
    package var weightNoise = 0.25
    /// Whether question weights are varied too (each by its own draw), not only dimension weights.
    package var itemWeights = false
    /// POINTS: the band boundaries move together by U(-POINTS, +POINTS); 0 keeps them.
    package var thresholdNoise = 0.0
    /// The choices varied; the others stay as the questionnaire says.
    package var methods = Set(UncertaintyMethod.allCases)
    /// N of the Saltelli design for the sensitivity indices (N × (k + 2) evaluations); 0 computes none.
    package var sensitivitySamples = 1024
    /// Bootstrap resamples for the indices' confidence intervals.
    package var bootstrapResamples = 500

    package init() {}

    /// The methods that change anything: chosen, and with a noise above 0 where they have one.
    var activeMethods: [UncertaintyMethod] {
        UncertaintyMethod.allCases.filter { method in
            guard methods.contains(method) else { return false }
            switch method {
            case .weights: return weightNoise > 0
            case .boundaries: return thresholdNoise > 0
            case .aggregation, .coverage, .dontKnow: return true
            }
        }
    }
}
