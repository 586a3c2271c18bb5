/// The choices `smartcity uncertainty` varies, each switchable with `--methods`.
package enum UncertaintyMethod: String, Sendable, CaseIterable {
    /// Each dimension weight (with item weights, each question weight too) times U(1-P, 1+P), renormalised.
    case weights
    /// The inner band boundaries shifted together by U(-POINTS, +POINTS).
    case boundaries
    /// Arithmetic or geometric mean of the dimension scores, each in half of the draws.
    case aggregation
    /// The dimension coverage minimum at 40, 50 or 60 %, each in a third of the draws.
    case coverage
    /// "Don't know" as missing or as the lowest answer, each in half of the draws.
    case dontKnow = "dont-know"

    /// The coverage minimums the `coverage` method draws from.
    static let coverageMinimums = [0.4, 0.5, 0.6]
}
